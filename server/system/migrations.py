"""Applying and checking aerich migrations (the CLI and the tests share this)."""

from __future__ import annotations

from pathlib import Path

from aerich import Command

from server.db import tortoise_config
from server.settings import Settings

MIGRATIONS = str(Path(__file__).resolve().parents[2] / "migrations")


async def apply_migrations(settings: Settings) -> list[str]:
    """Apply every migration not yet applied; return their names."""
    async with Command(tortoise_config=tortoise_config(settings), app="models", location=MIGRATIONS) as command:
        await command.init()
        return await command.upgrade(run_in_transaction=True)


async def pending_model_changes(settings: Settings) -> list[str]:
    """SQL that `aerich migrate` would write for the current models; empty when there is no drift.

    Diffs the models against the state stored in the newest migration file, as `aerich migrate`
    does, without writing a file.
    """
    from aerich.migrate import Migrate
    from aerich.utils import get_models_describe

    async with Command(tortoise_config=tortoise_config(settings), app="models", location=MIGRATIONS) as command:
        await command.init()
        for name in (
            "upgrade_operators",
            "downgrade_operators",
            "_upgrade_fk_m2m_index_operators",
            "_downgrade_fk_m2m_index_operators",
            "_upgrade_m2m",
            "_downgrade_m2m",
        ):
            setattr(Migrate, name, [])
        newest = Migrate.get_last_version_module()
        if newest is None:
            raise RuntimeError(f"no migration files under {MIGRATIONS}")
        last = Migrate.get_migration_info_for_file(newest).models_state
        new = get_models_describe("models")
        last, new = Migrate._exclude_model_name_changes(last, new)
        Migrate.diff_models(last, new, no_input=True)
        Migrate.diff_models(new, last, False, no_input=True)
        Migrate._merge_operators()
        return list(Migrate.upgrade_operators)
