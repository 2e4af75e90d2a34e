"""Worker and scheduler entry points: `python -m workers.main worker [--workers N]` and `… scheduler`.

taskiq's runner imports the broker by path ("workers.main:broker"); the attribute is built on
first access (PEP 562), so importing this module builds nothing.
"""

from __future__ import annotations

import asyncio
import sys

WORKER_ARGS = ["workers.main:broker", "--workers", "1", "--ack-type", "when_executed"]
WORKERS_FLAG = "--workers"
SCHEDULER_ARGS = ["workers.main:scheduler", "--skip-first-run"]


def __getattr__(name: str) -> object:
    if name == "broker":
        from server.jobs.queue import get_broker

        return get_broker()
    if name == "scheduler":
        from server.jobs.queue import get_scheduler

        return get_scheduler()
    raise AttributeError(name)


def worker_args(processes: int = 1) -> list[str]:
    args = list(WORKER_ARGS)
    args[args.index(WORKERS_FLAG) + 1] = str(processes)
    return args


def start_worker(processes: int = 1) -> int | None:
    from taskiq.cli.worker.args import WorkerArgs
    from taskiq.cli.worker.run import run_worker

    from server.metrics.prometheus import reset_directory
    from server.settings import get_settings

    reset_directory(get_settings(), "worker")  # this group's samples start empty, before its processes fork
    return run_worker(WorkerArgs.from_cli(worker_args(processes)))


def start_scheduler() -> None:
    from taskiq.cli.scheduler.args import SchedulerArgs
    from taskiq.cli.scheduler.run import run_scheduler

    from server.jobs.queue import run_scheduler_heartbeat
    from server.settings import get_settings

    async def scheduler_with_heartbeat() -> None:
        heartbeat = asyncio.create_task(run_scheduler_heartbeat(get_settings()))
        try:
            await run_scheduler(SchedulerArgs.from_cli(SCHEDULER_ARGS))
        finally:
            heartbeat.cancel()

    asyncio.run(scheduler_with_heartbeat())


def main(argv: list[str]) -> int:
    role = argv[0] if argv else "worker"
    if role == "worker":
        processes = 1
        if WORKERS_FLAG in argv:
            try:
                processes = int(argv[argv.index(WORKERS_FLAG) + 1])
            except (IndexError, ValueError):
                processes = 0
        if processes < 1:
            print(f"{WORKERS_FLAG} takes a whole number of processes, 1 or more", file=sys.stderr)
            return 2
        return start_worker(processes) or 0
    if role == "scheduler":
        start_scheduler()
        return 0
    print(f"unknown role {role!r}; use worker or scheduler", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
