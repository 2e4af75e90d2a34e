"""A MONTHLY report end to end through a real worker process: queued, run, metered, settled, readable."""

from __future__ import annotations

import asyncio
import json
from datetime import date

from server.billing import ledger
from server.billing.models import JobHold, LedgerEntry, ReserveAccount
from server.jobs.models import JobEvent, UsageEvent
from server.llm.pricing import job_cost_cents
from server.reports.models import Report
from tests.factories import create_reserve, create_user, create_worklog, token_for
from tests.jobs.conftest import wait_for_status
from tests.jobs.documents import GENERATE, JOB, REPORT, monthly

ENTRIES = [
    (
        "2026-11-03",
        "Shipped the billing export to 40 customers. Cut report time from 9 minutes to 2.",
        "Acme",
        "Ledger",
    ),
    ("2026-11-10", "Reviewed 12 pull requests for the payments team.", "Acme", "Payments"),
    ("2026-11-21", "Mentored two new engineers on the on-call rotation.", "Acme", ""),
    ("2026-10-30", "Outside the window: planned the October offsite.", "Acme", "Ledger"),
]


async def test_monthly_report_runs_through_a_worker_and_charges_what_it_used(gql, app, settings, launch_worker):
    worker = launch_worker()  # starts while the test writes its data
    user = await create_user()
    tenant_id = (await ledger_tenant(user)).tenant_id
    await create_reserve(await user_tenant(user), balance_cents=1000)
    made = [
        await create_worklog(user, date=date.fromisoformat(d), content=c, employer=e, project=p)
        for d, c, e, p in ENTRIES
    ]
    token = await token_for(user)
    await worker.ready()

    pubsub = app.state.redis.pubsub()
    await pubsub.psubscribe("job:*:events", f"tenant:{tenant_id}:status")
    body = await gql.ok(GENERATE, monthly(), token=token)
    payload = body["generateReport"]
    assert payload["errors"] == [] and payload["warnings"] == []
    job_id = payload["job"]["id"]
    assert payload["job"]["status"] == "QUEUED"
    assert payload["job"]["heldCents"] == payload["estimateCents"] > 0
    assert payload["report"]["status"] == "PENDING"

    job = await wait_for_status(job_id, "success", "failed", "cancelled", worker=worker)
    assert job.status == "success", (job.error_code, job.error_message, worker.log())
    assert job.attempt == 1

    # The timeline: every step once, seq 1..n without gaps.
    events = await JobEvent.filter(job_id=job_id).order_by("seq")
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert [e.type for e in events] == [
        "QUEUED",
        "HOLD_PLACED",
        "STARTED",
        "ENTRIES_LOADED",
        "PROVIDER_CALL",
        "CHECKED",
        "ARTIFACT_WRITTEN",
        "SETTLED",
        "FINISHED",
    ]
    assert events[3].data == {"count": 3}  # the October entry is outside the window

    # Live: each event published after its commit, in order, from the API and the worker processes;
    # the tenant's status bar hears of the job starting and ending, of tokens and of the balance.
    # Pub/sub channels span Redis's numbered databases: another test run on the same server may publish
    # its own jobs' events, which the pattern also matches.
    channels: dict[str, list[dict]] = {f"job:{job_id}:events": [], f"tenant:{tenant_id}:status": []}
    for message in await drain(pubsub):
        if message["channel"] in channels:
            channels[message["channel"]].append(json.loads(message["data"]))
    live, status = channels.values()
    assert [(p["seq"], p["type"]) for p in live] == [(e.seq, e.type) for e in events]
    assert [p["status"] for p in status if p["type"] == "jobs.changed"] == ["queued", "running", "success"]
    assert [p["type"] for p in status if p["type"] == "usage.tokens"] == ["usage.tokens"]
    assert status[-1]["type"] == "reserve.balance"

    # Metering: the charge is the usage, rounded up once with the fee.
    usage = await UsageEvent.filter(job_id=job_id)
    assert len(usage) == 1 and usage[0].provider == "extractive" and usage[0].attempt == 1
    assert usage[0].tokens_in > 0 and usage[0].cost_microcents > 0
    expected = job_cost_cents(sum(u.cost_microcents for u in usage), settings.job_flat_fee_microcents)
    assert job.cost_cents == expected
    assert job.tokens_in == usage[0].tokens_in and job.cost_microcents == usage[0].cost_microcents
    debits = await LedgerEntry.filter(job_id=job_id, type="debit")
    assert [d.amount_cents for d in debits] == [-expected]
    assert (await JobHold.get(job_id=job_id)).status == "settled"
    account = await ReserveAccount.get(tenant_id=tenant_id)
    assert account.balance_cents == 1000 - expected and account.held_cents == 0
    await ledger.check_invariants(tenant_id)
    entries_sum = sum(e.amount_cents for e in await LedgerEntry.filter(account_id=account.id))
    assert account.balance_cents == entries_sum

    # The report: sections of statements citing the window's entries, and its Markdown rendition stored.
    report = await Report.get(job_id=job_id)
    got = (await gql.ok(REPORT, {"id": str(report.id)}, token=token))["report"]
    assert got["status"] == "READY" and got["job"] == {"id": job_id, "status": "SUCCESS", "costCents": expected}
    cited = {c["worklog"]["id"] for s in got["sections"] for st in s["statements"] for c in st["citations"]}
    assert cited <= {str(w.id) for w in made[:3]} and cited
    statements = [st["text"] for s in got["sections"] for st in s["statements"]]
    assert "Shipped the billing export to 40 customers" in statements
    assert "Shipped the billing export to 40 customers" in got["content"]
    stored = await app.state.storage.get(report.content_key)
    assert stored.decode() == got["content"]

    # Through GraphQL, the job tells the same story.
    seen = (await gql.ok(JOB, {"id": job_id}, token=token))["job"]
    assert seen["status"] == "SUCCESS" and seen["costCents"] == expected and seen["events"]["totalCount"] == 9
    assert [e["node"]["type"] for e in seen["events"]["edges"]][-2:] == ["SETTLED", "FINISHED"]
    settled = seen["events"]["edges"][-2]["node"]["data"]
    assert settled["chargedCents"] == expected and settled["heldCents"] == payload["estimateCents"]


async def drain(pubsub, quiet: float = 0.5) -> list[dict]:
    """Every message received until none came for `quiet` seconds (subscribe confirmations skipped)."""
    got = []
    loop = asyncio.get_running_loop()
    last = loop.time()
    while loop.time() - last < quiet:
        message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.1)
        if message is not None:
            channel = message["channel"]
            got.append({**message, "channel": channel.decode() if isinstance(channel, bytes) else channel})
            last = loop.time()
    await pubsub.aclose()
    return got


async def user_tenant(user):
    from server.tenants.models import Profile, Tenant

    return await Tenant.get(id=(await Profile.get(user_id=user.id)).tenant_id)


async def ledger_tenant(user):
    from server.tenants.models import Profile

    return await Profile.get(user_id=user.id)
