"""The job and report lists make a fixed number of SQL statements, however long the list."""

from __future__ import annotations

from server.jobs.engine import run_job
from tests.factories import create_staff, token_for
from tests.jobs.conftest import funded_user
from tests.jobs.documents import GENERATE, REPORTS, monthly

JOBS = "{ jobs(first: 50) { totalCount edges { node { id status username costCents } } } }"
ADMIN_JOBS = "{ admin { jobs(first: 50) { totalCount edges { node { id status username tenantId } } } } }"
LEDGER = "{ reserve { ledger(first: 100) { totalCount edges { node { type job { id status } } } } } }"


async def statements_for(gql, count_queries, query, token) -> int:
    await gql.ok(query, token=token)
    with count_queries() as counted:
        await gql.ok(query, token=token)
    return len(counted)


async def make_reports(gql, runtime, token, n: int) -> None:
    for _ in range(n):
        job_id = (await gql.ok(GENERATE, monthly(), token=token))["generateReport"]["job"]["id"]
        assert await run_job(job_id, runtime) == "success"


async def test_lists_make_the_same_statements_for_2_or_8_jobs(gql, count_queries, runtime):
    user, _ = await funded_user(balance_cents=5000)
    token = await token_for(user)
    staff_token = await token_for(await create_staff())
    await make_reports(gql, runtime, token, 2)
    few = {
        q: await statements_for(gql, count_queries, q, t)
        for q, t in ((JOBS, token), (REPORTS, token), (LEDGER, token), (ADMIN_JOBS, staff_token))
    }
    await make_reports(gql, runtime, token, 6)
    many = {
        q: await statements_for(gql, count_queries, q, t)
        for q, t in ((JOBS, token), (REPORTS, token), (LEDGER, token), (ADMIN_JOBS, staff_token))
    }
    assert few == many
    assert many[JOBS] <= 5 and many[ADMIN_JOBS] <= 6 and many[LEDGER] <= 6
    assert many[REPORTS] <= 9  # reports, sections, statements, citations, entries, jobs, their owners
