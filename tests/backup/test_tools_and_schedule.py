"""Which pg_dump a backup uses (the wheel's, else PATH's, else a clear refusal), and the scheduled backup's
registration: on at BACKUP_CRON when BACKUP_DIR is set, off without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from taskiq import InMemoryBroker

from server.backup import postgres, tasks
from server.backup.errors import BackupRefused
from server.settings import get_settings


def fake_tool(directory: Path, name: str, version: str) -> Path:
    path = directory / name
    path.write_text(f"#!/bin/sh\necho '{name} (PostgreSQL) {version}'\n")
    path.chmod(0o755)
    return path


@pytest.fixture
def no_wheel(monkeypatch, tmp_path):
    """No embedded wheel and a PATH holding only what the test puts in tmp_path."""
    monkeypatch.setattr(postgres, "embedded_bin_dir", lambda: None)
    monkeypatch.setenv("PATH", str(tmp_path))
    return tmp_path


def test_without_pg_dump_the_backup_says_which_one_it_needs(no_wheel):
    with pytest.raises(BackupRefused) as refused:
        postgres.find_tool("pg_dump", 15)
    assert refused.value.code == "PG_TOOLS_MISSING"
    assert "pg_dump 15 or newer is needed (found: none)" in refused.value.message
    assert "postgresql-client-15" in refused.value.message


def test_an_older_pg_dump_on_path_is_refused_and_named(no_wheel):
    old = fake_tool(no_wheel, "pg_dump", "14.11")
    with pytest.raises(BackupRefused) as refused:
        postgres.find_tool("pg_dump", 15)
    assert f"found: {old} (14.11)" in refused.value.message


def test_the_pg_dump_on_path_serves_an_external_server_of_its_version_or_older(no_wheel):
    newer = fake_tool(no_wheel, "pg_dump", "16.2")
    assert postgres.find_tool("pg_dump", 15) == postgres.Tool(newer, (16, 2))
    assert postgres.find_tool("pg_dump", 16).path == newer


def test_the_wheels_tool_of_the_servers_version_comes_first(monkeypatch, tmp_path):
    wheel, on_path = tmp_path / "wheel", tmp_path / "path"
    wheel.mkdir()
    on_path.mkdir()
    mine = fake_tool(wheel, "pg_restore", "15.4")
    fake_tool(on_path, "pg_restore", "17.0")
    monkeypatch.setattr(postgres, "embedded_bin_dir", lambda: wheel)
    monkeypatch.setenv("PATH", str(on_path))
    assert postgres.find_tool("pg_restore", 15).path == mine
    assert postgres.find_tool("pg_restore", 17).path == on_path / "pg_restore"


@pytest.mark.parametrize("backup_dir", [None, "backups"])
def test_the_scheduled_backup_runs_at_backup_cron_only_with_a_backup_dir(monkeypatch, tmp_path, backup_dir):
    if backup_dir:
        monkeypatch.setenv("BACKUP_DIR", str(tmp_path / backup_dir))
    else:
        monkeypatch.delenv("BACKUP_DIR", raising=False)
    monkeypatch.setenv("BACKUP_CRON", "15 2 * * *")
    get_settings.cache_clear()
    try:
        broker = InMemoryBroker()
        tasks.register(broker)
    finally:
        get_settings.cache_clear()
    task = broker.find_task("backup.scheduled")
    assert task is not None
    assert task.labels.get("schedule") == ([{"cron": "15 2 * * *"}] if backup_dir else [])
