"""Reading jobs: the owner's list by status, a timeline a page at a time, staff's list by status, tenant and
user, and the request id every event carries."""

from __future__ import annotations

from server.jobs.engine import run_job
from server.jobs.models import JobEvent
from tests.factories import create_staff, token_for
from tests.jobs.conftest import funded_user
from tests.jobs.conftest import generate_monthly as generate
from tests.jobs.documents import CANCEL, GENERATE, JOBS, monthly

EVENTS_PAGE = """
query($id: ID!, $first: Int, $after: String) {
  job(id: $id) { events(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { seq type } }
  } }
}
"""

ADMIN_JOBS = """
query($status: JobStatus, $tenantId: ID, $userId: ID, $first: Int, $after: String) {
  admin { jobs(status: $status, tenantId: $tenantId, userId: $userId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status tenantId username } }
  } }
}
"""


async def test_the_owner_lists_jobs_by_status_and_reads_a_timeline_page_by_page(gql, runtime):
    user, _ = await funded_user(balance_cents=2000)
    token = await token_for(user)
    done, waiting = await generate(gql, token), await generate(gql, token)
    assert await run_job(done, runtime) == "success"

    by_status = {
        status: [e["node"]["id"] for e in (await gql.ok(JOBS, {"status": status}, token=token))["jobs"]["edges"]]
        for status in ("QUEUED", "SUCCESS", "FAILED")
    }
    assert by_status == {"QUEUED": [waiting], "SUCCESS": [done], "FAILED": []}

    seqs, after, pages = [], None, 0
    while True:
        page = (await gql.ok(EVENTS_PAGE, {"id": done, "first": 4, "after": after}, token=token))["job"]["events"]
        assert page["totalCount"] == 9
        seqs += [e["node"]["seq"] for e in page["edges"]]
        pages += 1
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seqs == list(range(1, 10)) and pages == 3
    # A cursor of another job's timeline is no cursor of this one.
    foreign = await gql(EVENTS_PAGE, {"id": waiting, "first": 4, "after": after}, token=token)
    assert foreign["errors"][0]["extensions"]["reason"] == "INVALID_CURSOR"


async def test_staff_list_every_tenants_jobs_by_status_tenant_and_user(gql, runtime):
    first_user, first_tenant = await funded_user(balance_cents=2000)
    second_user, second_tenant = await funded_user(balance_cents=2000)
    first_token, second_token = await token_for(first_user), await token_for(second_user)
    finished = await generate(gql, first_token)
    assert await run_job(finished, runtime) == "success"
    first_waiting = await generate(gql, first_token)
    second_waiting = await generate(gql, second_token)
    staff = await token_for(await create_staff())

    async def ids(**variables) -> list[str]:
        body = await gql.ok(ADMIN_JOBS, variables, token=staff)
        return [e["node"]["id"] for e in body["admin"]["jobs"]["edges"]]

    assert await ids() == [second_waiting, first_waiting, finished]  # newest first
    assert await ids(tenantId=str(first_tenant.id)) == [first_waiting, finished]
    assert await ids(userId=str(second_user.id)) == [second_waiting]
    assert await ids(status="QUEUED") == [second_waiting, first_waiting]
    assert await ids(status="SUCCESS", tenantId=str(second_tenant.id)) == []
    assert await ids(status="QUEUED", tenantId=str(first_tenant.id), userId=str(first_user.id)) == [first_waiting]

    page = (await gql.ok(ADMIN_JOBS, {"first": 2}, token=staff))["admin"]["jobs"]
    assert page["totalCount"] == 3 and page["pageInfo"]["hasNextPage"]
    rest = await ids(first=2, after=page["pageInfo"]["endCursor"])
    assert [e["node"]["id"] for e in page["edges"]] + rest == [second_waiting, first_waiting, finished]

    bad = await gql(ADMIN_JOBS, {"tenantId": "not-an-id"}, token=staff)
    assert bad["errors"][0]["extensions"]["reason"] == "INVALID_ID"
    refused = await gql(ADMIN_JOBS, {}, token=first_token)
    assert [e["extensions"]["code"] for e in refused["errors"]] == ["FORBIDDEN"]


async def test_every_event_carries_the_request_id_of_the_request_that_made_the_job(gql, runtime):
    user, _ = await funded_user()
    token = await token_for(user)
    response = await gql.client.post(
        "/graphql", json={"query": GENERATE, "variables": monthly()}, headers={"authorization": f"Bearer {token}"}
    )
    made = response.headers["x-request-id"]
    job_id = response.json()["data"]["generateReport"]["job"]["id"]
    assert await run_job(job_id, runtime) == "success"  # the worker's events: the job's request
    events = await JobEvent.filter(job_id=job_id).order_by("seq")
    assert made and {e.request_id for e in events} == {made}

    other = await generate(gql, token)
    cancelled = await gql.client.post(
        "/graphql", json={"query": CANCEL, "variables": {"id": other}}, headers={"authorization": f"Bearer {token}"}
    )
    by_type = {e.type: e.request_id for e in await JobEvent.filter(job_id=other)}
    assert by_type["CANCEL_REQUESTED"] == cancelled.headers["x-request-id"] != by_type["QUEUED"]
