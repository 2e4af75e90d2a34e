"""Worker and scheduler entry points: `python -m workers.main [worker|scheduler]`."""

from __future__ import annotations

import asyncio
import sys

from taskiq.cli.scheduler.args import SchedulerArgs
from taskiq.cli.scheduler.run import run_scheduler
from taskiq.cli.worker.args import WorkerArgs
from taskiq.cli.worker.run import run_worker

from workers.broker import TASK_MODULES


def worker(processes: int = 1) -> int | None:
    args = WorkerArgs.from_cli(["workers.broker:broker", *TASK_MODULES, "--workers", str(processes), "--ack-type", "when_executed"])
    return run_worker(args)


def scheduler() -> None:
    args = SchedulerArgs.from_cli(["workers.broker:scheduler", *TASK_MODULES, "--skip-first-run"])
    asyncio.run(run_scheduler(args))


def main(argv: list[str]) -> int:
    role = argv[0] if argv else "worker"
    if role == "worker":
        return worker() or 0
    if role == "scheduler":
        scheduler()
        return 0
    print(f"unknown role {role!r}; use worker or scheduler", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
