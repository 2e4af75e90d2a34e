"""`afterresume run` as a subprocess on embedded engines in a temporary DATA_DIR."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def embedded_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL", "SECRET_KEY")}
    return {**env, "DATA_DIR": str(data_dir), "ENVIRONMENT": "development", "PYTHONPATH": str(ROOT), **extra}


def wait_for(predicate, timeout: float = 60.0, interval: float = 0.2, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what}")


def http_status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - the loopback http URL of the app
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return None


class RunProcess:
    def __init__(self, data_dir: Path, workdir: Path) -> None:
        self.data_dir, self.workdir = data_dir, workdir
        self.port = free_port()
        self.log_path = workdir / f"run-{self.port}.log"
        self.process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> RunProcess:
        # The child holds its own copy of the log's descriptor; ours closes once it has started.
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "server.cli", "run", "--port", str(self.port)],
                cwd=self.workdir,
                env=embedded_env(self.data_dir),
                stdout=log,
                stderr=log,
                stdin=subprocess.DEVNULL,
            )
        wait_for(
            lambda: http_status(self.base_url + "/api/readyz") == 200 or self.process.poll() is not None,
            timeout=120,
            what="run to be ready",
        )
        assert self.process.poll() is None, self.log()
        wait_for(lambda: self.child("worker") and self.child("scheduler"), what="worker and scheduler")
        return self

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def state(self) -> dict:
        return json.loads((self.data_dir / "engines.json").read_text())

    def child(self, role: str) -> psutil.Process | None:
        """The direct child of run playing `role` (api, worker, scheduler)."""
        wanted = {
            "api": ["server.cli", "serve"],
            "worker": ["workers.main", "worker"],
            "scheduler": ["workers.main", "scheduler"],
        }[role]
        for proc in psutil.Process(self.process.pid).children():
            try:
                cmdline = proc.cmdline()
            except psutil.Error:
                continue
            if all(part in cmdline for part in wanted) and proc.status() != psutil.STATUS_ZOMBIE:
                return proc
        return None

    def descendants(self) -> list[psutil.Process]:
        return psutil.Process(self.process.pid).children(recursive=True)

    def cli(self, *args: str, timeout: float = 120, **extra_env: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "server.cli", *args],
            cwd=self.workdir,
            env=embedded_env(self.data_dir, **extra_env),
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )

    def terminate(self, timeout: float = 60) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout)


def alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def gone(pids) -> bool:
    return not any(alive(pid) for pid in pids)
