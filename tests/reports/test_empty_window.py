"""A window left empty between queuing and running: the job fails NO_ENTRIES and nothing is charged."""

from __future__ import annotations

from server.billing.models import JobHold, LedgerEntry, ReserveAccount
from server.jobs.engine import run_job
from server.jobs.models import Job, JobEvent, UsageEvent
from server.reports.models import Report, ReportArtifact, ReportStatement
from server.worklogs.models import Worklog
from tests.factories import token_for
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
