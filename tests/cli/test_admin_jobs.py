"""`afterresume admin jobs list|show|cancel` as processes against a live server, on a queued job."""

import json

from server.audit.models import AuditEvent
from server.billing.models import JobHold, ReserveAccount
from server.jobs.models import Job, JobEvent
from tests.cli.admin_process import admin, as_json
from tests.factories import create_staff, token_for
from tests.jobs.conftest import funded_user
from tests.jobs.documents import GENERATE, monthly


async def test_jobs_list_show_and_cancel_a_queued_job(app, live_server, gql):
    staff = await create_staff(username="boss", is_superuser=True)
    token = await token_for(staff)
    user, tenant = await funded_user(balance_cents=500)
    generated = (await gql.ok(GENERATE, monthly(), token=await token_for(user)))["generateReport"]
    assert generated["errors"] == []
    job_id = generated["job"]["id"]
    held = (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents
    assert held < 500

    listed = as_json(admin(live_server, "jobs", "list", "--user", user.username, "--json", token=token))
    assert listed["totalCount"] == 1 and [j["id"] for j in listed["jobs"]] == [job_id]
    assert listed["jobs"][0]["status"] == "QUEUED" and listed["jobs"][0]["username"] == user.username
    other = as_json(
        admin(live_server, "jobs", "list", "--status", "success", "--tenant", str(tenant.id), "--json", token=token)
    )
    assert other == {"totalCount": 0, "jobs": []}
    bad = admin(live_server, "jobs", "list", "--status", "stuck", token=token)
    assert bad.returncode == 2 and "--status must be one of" in bad.stderr

    shown = as_json(admin(live_server, "jobs", "show", job_id, "--json", token=token))
    recorded = [e.type for e in await JobEvent.filter(job_id=job_id).order_by("seq")]
    assert [e["type"] for e in shown["events"]] == recorded and "HOLD_PLACED" in recorded
    assert shown["heldCents"] == 500 - held
    timeline = admin(live_server, "jobs", "show", job_id, token=token)
    assert timeline.returncode == 0, timeline.stderr
    assert f"job {job_id}" in timeline.stdout and f"timeline: {len(recorded)} event(s)" in timeline.stdout
    assert "hold_placed" in timeline.stdout and user.username in timeline.stdout
    missing = admin(live_server, "jobs", "show", "00000000-0000-0000-0000-000000000000", "--json", token=token)
    assert missing.returncode == 2 and json.loads(missing.stdout)["errors"][0]["code"] == "NOT_FOUND"

    # Destructive: refused without a terminal unless --yes, and nothing changes.
    unconfirmed = admin(live_server, "jobs", "cancel", job_id, token=token)
    assert unconfirmed.returncode == 3 and "--yes" in unconfirmed.stderr
    assert (await Job.get(id=job_id)).status == "queued"
    cancelled = as_json(admin(live_server, "jobs", "cancel", job_id, "--yes", "--json", token=token))
    assert cancelled["status"] == "CANCELLED" and (await Job.get(id=job_id)).status == "cancelled"
    assert (await JobHold.get(job_id=job_id)).status == "released"
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 500
    assert await AuditEvent.filter(event_type="job.cancel", target_id=job_id).exists()
    again = admin(live_server, "jobs", "cancel", job_id, "--yes", token=token)
    assert again.returncode == 2 and "JOB_ALREADY_FINISHED" in again.stderr
