"""The reports list with its verification, formats, shares and versions makes a fixed number of SQL
statements, however many reports it holds."""

from __future__ import annotations

from server.jobs.engine import run_job
from tests.factories import token_for
from tests.reports.queries import GENERATE, SHARE, generate
from tests.reports.test_report_jobs import writer_with_log

REPORTS = """
{ reports(first: 50) { totalCount edges { node {
  id verification { statements flagged } formats { format bytes url } shares { id expiresAt }
  versions { id version } sections { statements { check { status } } }
} } } }
"""


async def statements_for(gql, count_queries, token) -> int:
    await gql.ok(REPORTS, token=token)
    with count_queries() as counted:
        await gql.ok(REPORTS, token=token)
    return len(counted)


async def make_reports(gql, runtime, token, n: int) -> None:
    for _ in range(n):
        made = (await gql.ok(GENERATE, generate("MONTHLY", "2026-11-01", "2026-11-30"), token=token))["generateReport"]
        assert await run_job(made["job"]["id"], runtime) == "success"
        shared = await gql.ok(SHARE, {"id": made["report"]["id"], "days": 3, "cited": False}, token=token)
        assert shared["shareReport"]["errors"] == []


async def test_the_reports_list_makes_the_same_statements_for_2_or_6_reports(gql, count_queries, runtime):
    user, _, _ = await writer_with_log()
    token = await token_for(user)
    await make_reports(gql, runtime, token, 2)
    few = await statements_for(gql, count_queries, token)
    await make_reports(gql, runtime, token, 4)
    assert await statements_for(gql, count_queries, token) == few
    assert few <= 10  # auth, reports, count, verification, artifacts, shares, versions, sections, statements
