"""Running `afterresume admin …` as an operator does: a process with its own environment and config dir —
or, where a process proves nothing more, the same Typer application invoked in this process.

In-process, the command still talks HTTP to the live server (its own process) with the same arguments,
token variable, config dir, stdin (never a terminal) and exit code; only the interpreter start and the
imports (about 1.5 s a command) are saved. Login and the credentials file, the environment's token, the
one-line failures of an unreachable server and the runbook keep running real processes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def admin(
    url: str,
    *args: str,
    token: str | None = None,
    config: Path | None = None,
    stdin: str | None = None,
    process: bool = False,
) -> subprocess.CompletedProcess:
    if not process:
        return _in_process(url, args, token=token, config=config, stdin=stdin)
    env = {k: v for k, v in os.environ.items() if k not in ("AFTERRESUME_TOKEN", "PUBLIC_URL")}
    env.update({"COLUMNS": "200", "NO_COLOR": "1"})
    if token:
        env["AFTERRESUME_TOKEN"] = token
    if config is not None:
        env["XDG_CONFIG_HOME"] = str(config)
    return subprocess.run(
        [sys.executable, "-m", "server.cli", "admin", "--url", url, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


def _in_process(
    url: str, args: tuple[str, ...], *, token: str | None, config: Path | None, stdin: str | None
) -> subprocess.CompletedProcess:
    from typer.testing import CliRunner

    from server.cli.application import app

    env: dict[str, str | None] = {"AFTERRESUME_TOKEN": token, "PUBLIC_URL": None, "COLUMNS": "200", "NO_COLOR": "1"}
    if config is not None:
        env["XDG_CONFIG_HOME"] = str(config)
    argv = ["admin", "--url", url, *args]
    result = CliRunner().invoke(app, argv, env=env, input=stdin or "", catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a crash, which a process would print as a traceback
    return subprocess.CompletedProcess(argv, result.exit_code, result.stdout, result.stderr)


def as_json(result: subprocess.CompletedProcess) -> dict:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def admin_as_process(url: str, *args: str, **options: object) -> subprocess.CompletedProcess:
    """`admin(…)` in a process of its own: for what only a process shows (its environment, files, streams)."""
    return admin(url, *args, process=True, **options)  # type: ignore[arg-type]
