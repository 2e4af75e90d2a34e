"""`afterresume run` as an operator runs it: embedded engines, supervised children, and every other
command used beside it (DATABASE_URL and REDIS_URL unset, a temporary DATA_DIR)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
from pathlib import Path

import psutil
import pytest

from tests.system.run_process import RunProcess, alive, free_port, gone, http_status, wait_for

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def tmp_path():
    """A directory the embedded PostgreSQL's own system user can reach (pytest's are 0700)."""
    path = Path(tempfile.mkdtemp(prefix="ar-run-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def running():
    workdir = Path(tempfile.mkdtemp(prefix="ar-run-"))
    workdir.chmod(0o755)
    run = RunProcess(workdir / "data", workdir).start()
    yield run
    if run.process.poll() is None:
        run.terminate()
    shutil.rmtree(workdir, ignore_errors=True)


def one_clean_line(result) -> None:
    assert "Traceback" not in result.stderr and "embedded" not in result.stderr, result.stderr


def test_run_records_the_engines_it_owns(running):
    state = running.state()
    assert state["owner_pid"] == running.process.pid and state["started_at"]
    assert state["database_url"].startswith("postgres://") and state["redis_url"].startswith("unix://")
    assert alive(state["pids"]["postgres"]) and alive(state["pids"]["valkey"])
    assert os.stat(running.data_dir / "engines.json").st_mode & 0o777 == 0o600


def test_embedded_valkey_listens_on_its_unix_socket_only(running):
    valkey = psutil.Process(running.state()["pids"]["valkey"])
    assert valkey.net_connections(kind="inet") == []
    socket_path = running.state()["redis_url"].removeprefix("unix://")
    assert os.stat(socket_path).st_mode & 0o077 == 0
    assert os.stat(os.path.dirname(socket_path)).st_mode & 0o777 == 0o700


def test_every_command_runs_beside_run_on_its_engines(running, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("entries")
    passkey = running.cli("create-passkey", "--notes", "beside run")
    assert passkey.returncode == 0 and "passkey: ark_" in passkey.stdout, passkey.stderr
    one_clean_line(passkey)
    entries = tmp_path / "entries.json"
    entries.write_text(json.dumps([{"date": "2026-01-05", "content": "Shipped the importer"}]))
    steps = [
        (["migrate"], "schema is current"),
        (["check-migrations"], "migrations match the models"),
        (["bootstrap"], "admin user 'admin': exists"),
        (["import", "json", str(entries), "--user", "admin"], "1 created"),
        (["export", "json", "--user", "admin"], "Shipped the importer"),
        (["check-integrity"], "all consistent"),
        (["billing-expire-grants"], "expired 0 grant(s)"),
        (["reset-password", "admin", "--password", "a-new-long-password-1"], "all sessions revoked"),
        (["revoke-tokens", "--all"], "token(s)"),
    ]
    for args, expected in steps:
        result = running.cli(*args)
        assert result.returncode == 0 and expected in result.stdout, (args, result.stdout, result.stderr)
        one_clean_line(result)
    refused = running.cli("billing-replay-session", "not-a-session")
    assert refused.returncode == 2 and "INVALID_SESSION_ID" in refused.stderr
    one_clean_line(refused)
    assert http_status(running.base_url + "/api/readyz") == 200


def test_serve_beside_run_uses_its_engines(running):
    port = free_port()
    import subprocess
    import sys

    from tests.system.run_process import embedded_env

    serve = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "serve", "--port", str(port)],
        cwd=running.workdir,
        env=embedded_env(running.data_dir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(
            lambda: http_status(f"http://127.0.0.1:{port}/api/readyz") == 200 or serve.poll() is not None,
            what="a second API",
        )
        assert serve.poll() is None
    finally:
        serve.terminate()
        serve.wait(20)


def test_a_second_run_refuses_in_one_line(running):
    second = running.cli("run", "--port", str(free_port()))
    assert second.returncode == 1
    assert f"already running on {running.data_dir} (pid {running.process.pid}" in second.stderr
    one_clean_line(second)
    assert running.state()["owner_pid"] == running.process.pid


def test_run_restarts_a_killed_worker_and_stops_everything_on_sigterm(tmp_path):
    run = RunProcess(tmp_path / "data", tmp_path).start()
    try:
        api, worker = run.child("api"), run.child("worker")
        engine_pids = list(run.state()["pids"].values())
        worker.send_signal(signal.SIGKILL)
        new_worker = wait_for(lambda: (w := run.child("worker")) and w.pid != worker.pid and w, what="a new worker")
        assert f"worker (pid {worker.pid}) exited with code -9; restarting in 1 s" in run.log()
        # The new process can be seen before the supervisor has written its line about it.
        wait_for(lambda: "worker restarted" in run.log(), timeout=10, what="the restart in the log")
        assert run.child("api").pid == api.pid and http_status(run.base_url + "/api/readyz") == 200
        assert all(alive(pid) for pid in engine_pids)
        everything = [p.pid for p in run.descendants()] + engine_pids
        assert new_worker.pid in everything
    finally:
        code = run.terminate()
    assert code == 0, run.log()
    wait_for(lambda: gone(everything), timeout=20, what="every child and engine to stop")
    assert not (run.data_dir / "engines.json").exists()


def test_after_run_is_killed_the_next_run_starts_and_its_clean_stop_stops_postgres(tmp_path):
    first = RunProcess(tmp_path / "data", tmp_path).start()
    postgres, valkey = first.state()["pids"]["postgres"], first.state()["pids"]["valkey"]
    children = [p.pid for p in first.descendants() if p.pid != valkey]
    first.process.send_signal(signal.SIGKILL)
    first.process.wait(10)
    # The children are told to stop when run dies; the engines are left as a crash leaves them.
    wait_for(lambda: gone(children), timeout=30, what="the dead run's children to stop")
    assert alive(postgres) and alive(valkey)
    handles = json.loads((tmp_path / "data" / "pg" / ".handle_pids.json").read_text())
    assert first.process.pid in handles  # the stale pid that used to keep PostgreSQL running

    second = RunProcess(tmp_path / "data", tmp_path).start()
    state = second.state()
    assert state["owner_pid"] == second.process.pid and state["pids"]["postgres"] == postgres
    assert not alive(valkey)  # the stray one was replaced
    assert second.terminate() == 0, second.log()
    wait_for(lambda: gone([postgres, state["pids"]["valkey"]]), timeout=30, what="PostgreSQL and Valkey to stop")
    assert not (tmp_path / "data" / "engines.json").exists()
