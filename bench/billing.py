"""Benchmark the ledger and the `reserve` query on a scratch database.

    .venv/bin/python -m bench.billing [--seconds 10] [--writers 32] [--accounts 1000]

- ledger throughput: `writers` concurrent tasks, each its own PostgreSQL connection, doing
  credit / debit / hold+settle through server.billing.ledger against one hot account, then
  spread over `accounts` accounts; operations/s and latency percentiles per operation;
- `reserve` query p95 through HTTP on a real uvicorn with one client.
Every account's balance is checked against the sum of its entries at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import random
import time
import uuid

from bench.harness import Result, load, scratch_server, summary

RESERVE = {
    "query": "{ reserve { balanceCents currency isLow policy ledger(first: 20) { totalCount "
    "edges { node { id type amountCents balanceAfterCents createdAt } } } } }"
}
_keys = itertools.count()


async def one_operation(tenant_id: uuid.UUID, rng: random.Random) -> int:
    """A realistic mix; returns how many ledger operations it made."""
    from server.billing import ledger

    n = next(_keys)
    roll = rng.random()
    if roll < 0.4:
        await ledger.credit(tenant_id, 100, key=f"bench:c:{n}", reason="bench top-up")
        return 1
    if roll < 0.8:
        await ledger.debit(tenant_id, 90, key=f"bench:d:{n}", reason="bench usage")
        return 1
    job = uuid.uuid4()
    await ledger.hold_for_job(tenant_id, job, 50, kind="bench", limited_max_cents=50)
    await ledger.settle_job(tenant_id, job, 40)
    return 2


async def ledger_load(name: str, tenants: list[uuid.UUID], writers: int, seconds: float) -> Result:
    latencies: list[float] = []
    operations = 0
    deadline = time.perf_counter() + seconds

    async def writer(seed: int) -> None:
        nonlocal operations
        rng = random.Random(seed)
        while time.perf_counter() < deadline:
            tenant_id = tenants[rng.randrange(len(tenants))]
            t0 = time.perf_counter()
            made = await one_operation(tenant_id, rng)
            elapsed = (time.perf_counter() - t0) * 1000
            latencies.extend([elapsed / made] * made)
            operations += made

    start = time.perf_counter()
    await asyncio.gather(*(writer(i) for i in range(writers)))
    return Result(name, writers, operations, time.perf_counter() - start, latencies, 0)


async def make_accounts(count: int, balance: int) -> list[uuid.UUID]:
    from server.billing import ledger
    from server.billing.models import ReserveAccount
    from server.tenants.models import Tenant

    tenants = [Tenant(id=uuid.uuid4(), name=f"bench {i}") for i in range(count)]
    await Tenant.bulk_create(tenants, batch_size=500)
    await ReserveAccount.bulk_create([ReserveAccount(id=uuid.uuid4(), tenant_id=t.id) for t in tenants], batch_size=500)
    for t in tenants:
        await ledger.credit(t.id, balance, key=f"bench:fund:{t.id}", reason="bench funds")
    return [t.id for t in tenants]


async def check_all() -> int:
    from tortoise import connections

    rows = await connections.get("default").execute_query_dict("""
        SELECT a.id FROM reserve_account a LEFT JOIN ledger_entry e ON e.account_id = a.id
        GROUP BY a.id, a.balance_cents HAVING a.balance_cents <> coalesce(sum(e.amount_cents), 0)""")
    return len(rows)


async def main(seconds: float, writers: int, accounts: int) -> None:
    from server.db import close_db, init_db
    from server.settings import Settings

    async with scratch_server() as (base_url, env):
        settings = Settings(
            _env_file=None,
            database_url=env["DATABASE_URL"],
            redis_url=env["REDIS_URL"],
            db_pool_min=writers,
            db_pool_max=writers + 4,
        )
        await init_db(settings)
        try:
            from tests.factories import create_user, token_for

            user = await create_user(username="bench", email="bench@example.com")
            token = await token_for(user)
            own_tenant = (await user.profile).tenant_id
            hot = await make_accounts(1, 10_000_000)
            spread = await make_accounts(accounts, 1_000_000)
            await ledger_load("warm-up", hot, 4, 1)
            results = [
                await ledger_load("ledger, 1 hot account", hot, writers, seconds),
                await ledger_load(f"ledger, {accounts} accounts", spread, writers, seconds),
            ]
            # The viewer's own reserve with a realistic history behind it.
            for n in range(200):
                from server.billing import ledger

                await ledger.credit(own_tenant, 100, key=f"bench:own:{n}", reason="bench")
            headers = {"authorization": f"Bearer {token}"}

            def reserve_ok(r):
                return r.status_code == 200 and r.json()["data"]["reserve"]["balanceCents"] == 20_000

            reserve = lambda c: c.post("/graphql", json=RESERVE, headers=headers)  # noqa: E731
            await load("warm-up", 1, 1, reserve, base_url, reserve_ok)
            results.append(await load("reserve query (HTTP)", 1, seconds, reserve, base_url, reserve_ok))
            broken = await check_all()
        finally:
            await close_db()
    print(
        f"writers={writers} (one PostgreSQL connection each); API: 1 uvicorn worker; the machine's 2 cores are shared"
    )
    print(summary(results))
    print(f"accounts whose balance != sum of entries: {broken}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--writers", type=int, default=32)
    parser.add_argument("--accounts", type=int, default=1000)
    args = parser.parse_args()
    asyncio.run(main(args.seconds, args.writers, args.accounts))
