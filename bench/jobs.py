"""Benchmark the job engine with real `afterresume worker` processes over a scratch database.

    .venv/bin/python -m bench.jobs [--latency-jobs 30] [--small-jobs 200]

Prints:
- enqueue → RUNNING (message sent → the worker's STARTED commit), p50/p95: idle (one job at a time, one
  worker) and for a burst of 50 jobs sent at once (two worker processes; includes the wait in the queue);
- a MONTHLY extractive report over 1 000 and 10 000 entries: seconds from RUNNING to SUCCESS and the
  worker process's peak RSS (VmHWM);
- throughput of 200 small jobs with 2 worker processes (jobs/s, first send → last SUCCESS).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import psutil

from tests import engines

START, END = date(2024, 1, 1), date(2026, 11, 30)


def pct(values: list[float], p: float) -> float:
    data = sorted(values)
    return data[min(len(data) - 1, int(len(data) * p))] if data else float("nan")


def peak_rss_mb(worker) -> float:
    """Largest VmHWM among the worker's processes (its taskiq children run the jobs)."""
    root = psutil.Process(worker.process.pid)
    peak = 0
    for proc in [root, *root.children(recursive=True)]:
        try:
            status = Path(f"/proc/{proc.pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                peak = max(peak, int(line.split()[1]))
    return peak / 1024


async def make_user(entries: int, balance_cents: int = 10_000_000):
    from server.billing import ledger
    from server.tenants.models import Tenant
    from server.worklogs.models import Worklog
    from tests.factories import create_user

    tenant = await Tenant.create(name=f"bench {uuid.uuid4().hex[:6]}")
    user = await create_user(tenant=tenant)
    await ledger.ensure_account(tenant.id)
    await ledger.credit(tenant.id, balance_cents, key=f"bench:{tenant.id}", reason="bench funds")
    days = (END - START).days
    rows = [
        Worklog(
            id=uuid.uuid4(),
            tenant_id=tenant.id,
            user_id=user.id,
            date=START + timedelta(days=n * days // max(entries, 1)),
            content=(
                f"Shipped change {n} to the billing pipeline. Cut the nightly export from {n % 50 + 10} "
                f"to {n % 9 + 1} minutes for {n % 40 + 2} customers."
            ),
            employer=f"Employer {n % 3}",
            project=f"Project {n % 7}",
            metadata_text=f"Employer {n % 3} Project {n % 7}",
            fingerprint=f"bench-{n}",
        )
        for n in range(entries)
    ]
    await Worklog.bulk_create(rows, batch_size=2000)
    return user


async def queue_unsent(user, settings):
    from server.auth.scope import RequestMeta, scope_for
    from server.llm.providers import build_generator
    from server.reports import service
    from server.tenants.models import Profile

    profile = await Profile.get(user_id=user.id)
    made = await service.generate_report(
        scope_for(profile.tenant_id, user.id),
        service.ReportRequest(kind="MONTHLY", start=START, end=END),
        settings=settings,
        generator=build_generator(settings),
        meta=RequestMeta(),
        bus=None,
        broker=None,
    )
    return made.job.id


async def wait_all(job_ids, patience: float = 600.0) -> list:
    from server.jobs.models import Job

    deadline = time.monotonic() + patience
    while True:
        jobs = await Job.filter(id__in=job_ids)
        if all(j.status in ("success", "failed", "cancelled") for j in jobs):
            bad = [j for j in jobs if j.status != "success"]
            if bad:
                raise RuntimeError(f"{len(bad)} jobs did not succeed: {bad[0].error_code} {bad[0].error_message}")
            return jobs
        if time.monotonic() > deadline:
            raise RuntimeError("jobs did not finish in time")
        await asyncio.sleep(0.02)


async def send_at(broker, job_id) -> datetime:
    from server.jobs.dispatch import send_job

    sent = datetime.now(UTC)
    await send_job(broker, job_id)
    return sent


async def main(latency_jobs: int, small_jobs: int) -> None:
    from tortoise import Tortoise

    from server.db import close_db, init_db
    from server.jobs.queue import build_broker
    from server.settings import Settings
    from server.system.migrations import apply_migrations
    from tests.jobs.workers import WorkerProcess

    server_url = engines.server_database_url()
    database_url = await engines.create_database(server_url, prefix="ar_bench")
    data_dir = Path(tempfile.mkdtemp(prefix="ar-bench-jobs-"))
    settings = Settings(
        _env_file=None,
        environment="development",
        database_url=database_url,
        redis_url=engines.redis_url(),
        data_dir=data_dir,
        secret_key="bench-secret-key-0123456789abcdef0123456789",  # noqa: S106 - a scratch database's key
    )
    await apply_migrations(settings)
    await Tortoise.close_connections()
    await init_db(settings)
    broker = build_broker(settings)
    await broker.startup()
    workers: list[WorkerProcess] = []
    try:
        small = await make_user(1)
        one = WorkerProcess(settings, data_dir, 1).launch()
        workers.append(one)
        await one.ready()

        # Idle: one job at a time.
        latencies = []
        for _ in range(latency_jobs):
            job_id = await queue_unsent(small, settings)
            sent = await send_at(broker, job_id)
            (job,) = await wait_all([job_id])
            latencies.append((job.started_at - sent).total_seconds() * 1000)
        print(
            f"enqueue → RUNNING, idle (1 worker, {latency_jobs} jobs one by one): "
            f"p50={pct(latencies, 0.5):.1f} ms  p95={pct(latencies, 0.95):.1f} ms"
        )

        # Big reports, on the one worker.
        for entries in (1_000, 10_000):
            user = await make_user(entries)
            job_id = await queue_unsent(user, settings)
            await send_at(broker, job_id)
            (job,) = await wait_all([job_id])
            seconds = (job.finished_at - job.started_at).total_seconds()
            print(
                f"MONTHLY over {entries:>6} entries: {seconds:.2f} s RUNNING → SUCCESS, "
                f"worker peak RSS {peak_rss_mb(one):.0f} MB (tokens in {job.tokens_in}, cost {job.cost_cents} ¢)"
            )
        one.stop()

        two = WorkerProcess(settings, data_dir, 2).launch()
        workers.append(two)
        await two.ready()

        # A burst of 50 queued at once.
        ids = [await queue_unsent(small, settings) for _ in range(50)]
        sent = {job_id: await send_at(broker, job_id) for job_id in ids}
        jobs = await wait_all(ids)
        burst = [(j.started_at - sent[j.id]).total_seconds() * 1000 for j in jobs]
        print(
            f"enqueue → RUNNING, 50 sent at once (2 workers, includes queue wait): "
            f"p50={pct(burst, 0.5):.1f} ms  p95={pct(burst, 0.95):.1f} ms"
        )

        # Throughput of small jobs.
        ids = [await queue_unsent(small, settings) for _ in range(small_jobs)]
        first = time.perf_counter()
        for job_id in ids:
            await send_at(broker, job_id)
        await wait_all(ids)
        elapsed = time.perf_counter() - first
        print(f"throughput, {small_jobs} small jobs, 2 workers: {small_jobs / elapsed:.1f} jobs/s ({elapsed:.1f} s)")
        print(
            f"(load average while measuring: {', '.join(f'{x:.1f}' for x in psutil.getloadavg())}; "
            f"median idle latency {statistics.median(latencies):.1f} ms)"
        )
    finally:
        for worker in workers:
            worker.kill()
        await broker.shutdown()
        await close_db()
        await engines.drop_database(server_url, database_url)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--latency-jobs", type=int, default=30)
    parser.add_argument("--small-jobs", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(main(args.latency_jobs, args.small_jobs))
