"""Running `afterresume admin …` as an operator does: a process with its own environment and config dir."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def admin(
    url: str, *args: str, token: str | None = None, config: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess:
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


def as_json(result: subprocess.CompletedProcess) -> dict:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
