"""The reserve's policy decides before anything is queued; estimateReport gives the same verdict and changes nothing."""

from __future__ import annotations

from datetime import date

from server.billing.models import LedgerEntry, ReserveAccount
from server.jobs.engine import run_job
from server.jobs.models import Job, JobEvent
from server.reports.models import Report
from tests.factories import create_worklog, token_for
from tests.jobs.conftest import funded_user
from tests.jobs.documents import ESTIMATE, GENERATE, monthly

# A local price high enough that a long window costs more than LIMITED's ceiling, a short one less.
PRICEY = {"llm_prices": {"extractive-1": (2_000_000, 2_000_000)}, "billing_limited_max_estimate_cents": 1}


async def snapshot(tenant_id) -> tuple:
    account = await ReserveAccount.get(tenant_id=tenant_id)
    return (
        account.balance_cents,
        account.held_cents,
        await LedgerEntry.filter(tenant_id=tenant_id).count(),
        await Job.all().count(),
        await Report.all().count(),
    )


async def test_block_with_too_little_credit_refuses_before_anything_is_queued(gql):
    user, tenant = await funded_user(balance_cents=0, policy="BLOCK")
    token = await token_for(user)
    before = await snapshot(tenant.id)
    estimate = (await gql.ok(ESTIMATE, monthly(), token=token))["estimateReport"]
    assert estimate["verdict"] == "REFUSED" and estimate["refusalCode"] == "INSUFFICIENT_BALANCE"
    assert estimate["estimateCents"] > 0 and estimate["entries"] == 3
    payload = (await gql.ok(GENERATE, monthly(), token=token))["generateReport"]
    assert [e["code"] for e in payload["errors"]] == ["INSUFFICIENT_BALANCE"]
    assert payload["job"] is None and payload["report"] is None
    assert await snapshot(tenant.id) == before


async def test_warn_queues_the_job_says_so_and_it_runs(gql, runtime):
    user, tenant = await funded_user(balance_cents=0, policy="WARN")
    token = await token_for(user)
    estimate = (await gql.ok(ESTIMATE, monthly(), token=token))["estimateReport"]
    assert estimate["verdict"] == "RUNS_WITH_WARNING" and len(estimate["warnings"]) == 1
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 0  # the estimate held nothing

    payload = (await gql.ok(GENERATE, monthly(), token=token))["generateReport"]
    assert payload["errors"] == [] and payload["warnings"] == estimate["warnings"]
    assert payload["job"]["warnings"] == estimate["warnings"]
    job_id = payload["job"]["id"]
    assert await JobEvent.filter(job_id=job_id, type="WARNING").count() == 1
    assert await run_job(job_id, runtime) == "success"
    job = await Job.get(id=job_id)
    account = await ReserveAccount.get(tenant_id=tenant.id)
    assert account.balance_cents == -job.cost_cents and account.held_cents == 0


async def test_limited_refuses_only_the_expensive_report(gql, app, settings):
    app.state.settings = settings.model_copy(update=PRICEY)
    user, tenant = await funded_user(balance_cents=0, policy="LIMITED", entries=1)
    for n in range(30):
        await create_worklog(user, date=date(2026, 10, 1 + n % 28), content="Long notes about the migration. " * 12)
    token = await token_for(user)
    before = await snapshot(tenant.id)

    october = monthly("2026-10-01", "2026-10-31")
    expensive = (await gql.ok(ESTIMATE, october, token=token))["estimateReport"]
    assert expensive["verdict"] == "REFUSED" and expensive["refusalCode"] == "JOB_TOO_EXPENSIVE_FOR_POLICY"
    refused = (await gql.ok(GENERATE, october, token=token))["generateReport"]
    assert [e["code"] for e in refused["errors"]] == ["JOB_TOO_EXPENSIVE_FOR_POLICY"]
    assert await snapshot(tenant.id) == before

    cheap = (await gql.ok(ESTIMATE, monthly(), token=token))["estimateReport"]
    assert cheap["verdict"] == "RUNS" and cheap["estimateCents"] == 1
    queued = (await gql.ok(GENERATE, monthly(), token=token))["generateReport"]
    assert queued["errors"] == [] and queued["job"]["status"] == "QUEUED"
