"""Real `afterresume worker` subprocesses on the test database and Redis database."""

from __future__ import annotations

import asyncio
import atexit
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Fast beats so that a killed worker's job goes stale within a test's patience.
FAST_JOBS = {"JOB_HEARTBEAT_SECONDS": "0.5", "JOB_STALE_SECONDS": "2", "JOB_RETRY_BACKOFF_SECONDS": "0.1"}


def process_env(settings, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "DATA_DIR": str(settings.data_dir),
        "SECRET_KEY": settings.secret_key.get_secret_value(),
        "ENVIRONMENT": "test",
        "STORAGE_BACKEND": "local",
        "PYTHONPATH": str(ROOT),
        **FAST_JOBS,
        **extra,
    }


class WorkerProcess:
    """`afterresume worker --workers N` in its own process group, so a SIGKILL takes all its processes."""

    def __init__(self, settings, log_dir: Path, processes: int = 1, **env: str) -> None:
        self.settings = settings
        self.log_path = log_dir / f"worker-{time.monotonic_ns()}.log"
        self.processes = processes
        self.env = process_env(settings, **env)
        self.process: subprocess.Popen | None = None

    def launch(self) -> WorkerProcess:
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [str(ROOT / ".venv" / "bin" / "afterresume"), "worker", "--workers", str(self.processes)],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return self

    async def ready(self, patience: float = 90.0) -> WorkerProcess:
        """Wait until every worker process listens; messages sent before that wait in the stream anyway."""
        assert self.process is not None
        deadline = time.monotonic() + patience
        while self.log().count("Listening started") < self.processes:
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"worker did not start listening:\n{self.log()}")
            await asyncio.sleep(0.1)
        return self

    def kill(self) -> None:
        """SIGKILL, no goodbye: the worker's transactions roll back with its connections."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def pause(self) -> None:
        """SIGSTOP the group: it takes no message and sends no heartbeat until `resume()`."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGCONT)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


class WorkerPool:
    """One plain worker (one process, no extra environment) for the whole session, lent to a test at a time
    and paused in between: a test that only needs a worker to run its jobs skips the seconds a new one takes
    to start. It is given back only idle (every message of the stream delivered and acknowledged, so no job
    and no transaction is half done); a worker that was killed, or did not get idle, is not used again."""

    def __init__(self) -> None:
        self.worker: WorkerProcess | None = None

    def lend(self, settings, log_dir: Path) -> WorkerProcess:
        worker = self.worker
        if worker is not None and worker.alive() and worker.settings.database_url == settings.database_url:
            worker.resume()
            return worker
        self.close()
        self.worker = WorkerProcess(settings, log_dir).launch()
        return self.worker

    async def give_back(self, worker: WorkerProcess, redis, patience: float = 30.0) -> None:
        deadline = time.monotonic() + patience
        idle_since: float | None = None
        while worker.alive() and "Listening started" in worker.log():
            now = time.monotonic()
            if not await stream_idle(redis):
                idle_since = None
            elif idle_since is None:
                idle_since = now
            elif now - idle_since > 0.25:  # the result a task stores after its acknowledgement is written too
                worker.pause()
                return
            if now > deadline:
                break
            await asyncio.sleep(0.05)
        worker.kill()
        if self.worker is worker:
            self.worker = None

    def close(self) -> None:
        if self.worker is not None:
            self.worker.kill()
            self.worker = None


async def stream_idle(redis) -> bool:
    """Every task message sent is delivered and acknowledged (or none was sent)."""
    from redis.exceptions import ResponseError

    from server.metrics.health import QUEUE_NAME

    if not await redis.exists(QUEUE_NAME):
        return True
    try:
        groups = await redis.xinfo_groups(QUEUE_NAME)
    except ResponseError:
        return False
    return bool(groups) and all(g["pending"] == 0 and g["lag"] == 0 for g in groups)


POOL = WorkerPool()
atexit.register(POOL.close)


def python_script(settings, code: str, timeout: float = 60.0) -> subprocess.CompletedProcess:
    """Run `code` in a fresh interpreter against the test engines (a stand-in API process)."""
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=process_env(settings),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
