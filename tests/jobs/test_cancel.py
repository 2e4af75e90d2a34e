"""Cancelling: a queued job ends at once, a running one at its next step; the hold goes back either way."""

from __future__ import annotations

import asyncio
import json

from server.audit.models import AuditEvent
from server.billing.models import JobHold, LedgerEntry, ReserveAccount
from server.jobs.engine import claim, drive, run_job
from server.jobs.models import Job, JobEvent
from server.reports.models import Report
from tests.factories import create_staff, error_codes, token_for
from tests.jobs.conftest import funded_user
from tests.jobs.conftest import generate_monthly as generate
from tests.jobs.documents import CANCEL


async def test_cancelling_a_queued_job_ends_it_at_once_and_releases_its_hold(gql, runtime):
    user, tenant = await funded_user(balance_cents=500)
    token = await token_for(user)
    job_id = await generate(gql, token)
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents < 500

    payload = (await gql.ok(CANCEL, {"id": job_id}, token=token))["cancelJob"]
    assert payload["errors"] == [] and payload["job"]["status"] == "CANCELLED"
    types = [e.type for e in await JobEvent.filter(job_id=job_id).order_by("seq")]
    assert types[-3:] == ["CANCEL_REQUESTED", "RELEASED", "CANCELLED"]
    assert (await JobHold.get(job_id=job_id)).status == "released"
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 500
    assert (await Report.get(job_id=job_id)).status == "cancelled"

    again = (await gql.ok(CANCEL, {"id": job_id}, token=token))["cancelJob"]
    assert [e["code"] for e in again["errors"]] == ["JOB_ALREADY_FINISHED"]
    # Its message, still in the queue, finds nothing to do.
    assert await run_job(job_id, runtime) is None
    assert await LedgerEntry.filter(job_id=job_id, type="debit").count() == 0


async def test_cancelling_a_running_job_stops_it_at_its_next_step(gql, app, runtime):
    user, tenant = await funded_user(balance_cents=500)
    token = await token_for(user)
    job_id = await generate(gql, token)
    job = await claim(job_id, runtime)  # a worker took it
    assert job is not None

    nudges = app.state.redis.pubsub()
    await nudges.subscribe(f"job:{job_id}:control")
    await nudges.get_message(timeout=1)  # the subscribe confirmation
    payload = (await gql.ok(CANCEL, {"id": job_id}, token=token))["cancelJob"]
    assert payload["job"]["status"] == "RUNNING" and payload["job"]["cancelRequestedAt"]
    nudge = await nudges.get_message(ignore_subscribe_messages=True, timeout=2)
    await nudges.aclose()
    assert nudge is not None and json.loads(nudge["data"])["type"] == "cancel"

    second = (await gql.ok(CANCEL, {"id": job_id}, token=token))["cancelJob"]
    assert [e["code"] for e in second["errors"]] == ["JOB_CANCEL_PENDING"]

    assert await drive(job, runtime) == "cancelled"
    ended = await Job.get(id=job_id)
    assert ended.status == "cancelled" and ended.cost_cents == 0
    types = [e.type for e in await JobEvent.filter(job_id=job_id).order_by("seq")]
    assert types == ["QUEUED", "HOLD_PLACED", "STARTED", "CANCEL_REQUESTED", "RELEASED", "CANCELLED"]
    assert (await JobHold.get(job_id=job_id)).status == "released"
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 500
    await asyncio.sleep(0)


async def test_staff_cancel_another_tenants_job_and_it_is_audited(gql):
    user, _tenant = await funded_user()
    job_id = await generate(gql, await token_for(user))
    staff = await create_staff()
    payload = (await gql.ok(CANCEL, {"id": job_id}, token=await token_for(staff)))["cancelJob"]
    assert payload["errors"] == [] and payload["job"]["status"] == "CANCELLED"
    audit = await AuditEvent.get(event_type="job.cancel")
    assert audit.actor_id == staff.id and audit.target_id == job_id
    assert audit.before == {"status": "queued"} and audit.after["status"] == "cancelled"


async def test_another_tenant_cannot_cancel_a_job(gql):
    owner, _ = await funded_user()
    job_id = await generate(gql, await token_for(owner))
    stranger, _ = await funded_user()
    body = (await gql.ok(CANCEL, {"id": job_id}, token=await token_for(stranger)))["cancelJob"]
    assert [e["code"] for e in body["errors"]] == ["NOT_FOUND"]
    assert (await Job.get(id=job_id)).status == "queued" and (await Job.get(id=job_id)).cancel_requested_at is None
    assert error_codes(await gql(CANCEL, {"id": job_id})) == ["UNAUTHENTICATED"]
