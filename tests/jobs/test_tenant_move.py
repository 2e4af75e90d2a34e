"""A user moved to another tenant takes their finished jobs and reports along; an unfinished job, which
holds the old tenant's reserve, stops the move until it ends."""

from __future__ import annotations

from server.jobs.engine import run_job
from server.jobs.models import Job
from server.reports.models import Report
from tests.factories import create_tenant, create_user, token_for
from tests.jobs.conftest import funded_user
from tests.jobs.documents import CANCEL, GENERATE, JOBS, monthly

MOVE = "mutation($u: ID!, $t: ID!) { moveUserToTenant(userId: $u, tenantId: $t) { errors { code } } }"


async def test_moving_a_user_waits_for_their_unfinished_jobs_then_takes_jobs_and_reports_along(gql, runtime):
    user, old_tenant = await funded_user()
    token = await token_for(user)
    staff_token = await token_for(await create_user(is_staff=True, is_superuser=True))
    done = (await gql.ok(GENERATE, monthly(), token=token))["generateReport"]["job"]["id"]
    assert await run_job(done, runtime) == "success"
    waiting = (await gql.ok(GENERATE, monthly(), token=token))["generateReport"]["job"]["id"]
    new_tenant = await create_tenant()

    refused = (await gql.ok(MOVE, {"u": str(user.id), "t": str(new_tenant.id)}, token=staff_token))["moveUserToTenant"]
    assert [e["code"] for e in refused["errors"]] == ["USER_HAS_UNFINISHED_JOBS"]
    assert await Job.filter(tenant_id=old_tenant.id).count() == 2

    assert (await gql.ok(CANCEL, {"id": waiting}, token=token))["cancelJob"]["errors"] == []
    moved = (await gql.ok(MOVE, {"u": str(user.id), "t": str(new_tenant.id)}, token=staff_token))["moveUserToTenant"]
    assert moved["errors"] == []
    assert await Job.filter(tenant_id=new_tenant.id).count() == 2
    assert await Report.filter(tenant_id=new_tenant.id).count() == 2
    # The user signs in again (the move ended their sessions) and finds their jobs.
    listed = (await gql.ok(JOBS, token=await token_for(user)))["jobs"]
    assert listed["totalCount"] == 2
