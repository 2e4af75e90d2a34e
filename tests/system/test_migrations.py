import json
import os
import subprocess
import sys

from tests import engines

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


async def test_migrations_build_exactly_the_schema_the_models_declare(settings, engine_urls):
    server_url, _ = engine_urls
    generated_url = await engines.create_database(server_url, prefix="ar_models")
    try:
        migrated = run("-m", "tests.system.schema_snapshot", settings.database_url)
        generated = run("-m", "tests.system.schema_snapshot", generated_url, "--generate")
        assert migrated.returncode == 0, migrated.stderr
        assert generated.returncode == 0, generated.stderr
        from_migrations, from_models = json.loads(migrated.stdout), json.loads(generated.stdout)
        assert from_migrations["columns"], "the migrated database has no tables"
        for part in ("columns", "indexes", "constraints"):
            assert from_migrations[part] == from_models[part], part
    finally:
        await engines.drop_database(server_url, generated_url)


def test_aerich_finds_no_model_change_without_a_migration(settings):
    result = run(
        "-m",
        "server.cli",
        "check-migrations",
        env={"DATABASE_URL": settings.database_url, "REDIS_URL": settings.redis_url},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "migrations match the models" in result.stdout
