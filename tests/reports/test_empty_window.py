"""A window left empty between queuing and running: the job fails NO_ENTRIES and nothing is charged; entries
that give no statement fail it NOTHING_TO_REPORT, nothing charged, rather than finishing an empty report."""

from __future__ import annotations

from datetime import date

import pytest

from server.billing.models import JobHold, LedgerEntry, ReserveAccount
from server.jobs.engine import run_job
from server.jobs.models import Job, JobEvent, UsageEvent
from server.reports.models import Report, ReportArtifact, ReportStatement
from server.worklogs.models import Worklog
from tests.factories import create_reserve, create_user, create_worklog, token_for
from tests.reports.queries import GENERATE, generate
from tests.reports.test_report_jobs import writer_with_log


async def test_entries_gone_before_the_job_runs_fail_it_no_entries_and_release_the_hold(gql, runtime):
    user, tenant, _entries = await writer_with_log(balance_cents=5000)
    token = await token_for(user)
    made = (await gql.ok(GENERATE, generate("MONTHLY", "2026-11-01", "2026-11-30"), token=token))["generateReport"]
    assert made["errors"] == []
    assert (await JobHold.get(job_id=made["job"]["id"])).status == "open"
    await Worklog.filter(user_id=user.id).delete()  # the window is empty by the time a worker takes the job

    assert await run_job(made["job"]["id"], runtime) == "failed"
    job = await Job.get(id=made["job"]["id"])
    assert job.error_code == "NO_ENTRIES" and job.cost_cents == 0
    assert (await JobHold.get(job_id=job.id)).status == "released"
    assert await LedgerEntry.filter(job_id=job.id, type="debit").count() == 0
    assert await UsageEvent.filter(job_id=job.id).count() == 0
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 5000
    report = await Report.get(id=made["report"]["id"])
    assert report.status == "failed"
    assert not await ReportStatement.filter(report_id=report.id).exists()
    assert not await ReportArtifact.filter(report_id=report.id).exists()
    loaded = await JobEvent.get(job_id=job.id, type="ENTRIES_LOADED")
    assert loaded.data == {"count": 0}


REPORT_JOB = "query($id: ID!) { report(id: $id) { status job { status errorCode } } }"


async def _writer(balance_cents: int, log: list[tuple[str, str, str]]):
    from server.tenants.models import Profile, Tenant

    user = await create_user()
    tenant = await Tenant.get(id=(await Profile.get(user_id=user.id)).tenant_id)
    await create_reserve(tenant, balance_cents=balance_cents)
    for i, (day, content, outcome) in enumerate(log):
        await create_worklog(
            user, date=date.fromisoformat(day), content=content, employer="Acme", outcome=outcome, fingerprint=f"n{i}"
        )
    return user, tenant


@pytest.mark.parametrize(
    ("kind", "start", "end", "log", "hint"),
    [
        # STAR needs an outcome that says what changed: "shipped" is under three words.
        (
            "STAR_STORIES",
            "2026-08-01",
            "2026-08-31",
            [
                ("2026-08-03", "Rebuilt the billing export as a streaming job", "shipped"),
                ("2026-08-10", "Moved the search cluster to new hardware", "shipped"),
            ],
            "outcome",
        ),
        ("WEEKLY", "2026-11-23", "2026-11-29", [("2026-11-24", "Fixed bugs.", "")], '"Fixed bugs."'),
    ],
)
async def test_entries_that_give_no_statement_fail_the_job_nothing_to_report_and_charge_nothing(
    gql, runtime, kind, start, end, log, hint
):
    user, tenant = await _writer(5000, log)
    token = await token_for(user)
    made = (await gql.ok(GENERATE, generate(kind, start, end), token=token))["generateReport"]
    assert made["errors"] == []  # the window has entries: the request is accepted and the estimate held

    assert await run_job(made["job"]["id"], runtime) == "failed"
    job = await Job.get(id=made["job"]["id"])
    assert job.error_code == "NOTHING_TO_REPORT" and job.cost_cents == 0
    assert hint in (job.error_message or "") and "nothing was charged" in (job.error_message or "")
    assert (await JobHold.get(job_id=job.id)).status == "released"
    assert await LedgerEntry.filter(job_id=job.id, type="debit").count() == 0
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 5000
    report = await Report.get(id=made["report"]["id"])
    assert report.status == "failed" and report.content == ""
    assert not await ReportStatement.filter(report_id=report.id).exists()
    assert not await ReportArtifact.filter(report_id=report.id).exists()
    assert await JobEvent.filter(job_id=job.id, type="CHECKED").count() == 0
    shown = await gql.ok(REPORT_JOB, {"id": str(report.id)}, token=token)
    assert shown["report"]["status"] == "FAILED" and shown["report"]["job"]["errorCode"] == "NOTHING_TO_REPORT"
