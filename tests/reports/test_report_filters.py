"""A report's options narrow what it reads: employer, project and tags pick the entries it may cite, and the
report keeps the filters it was asked for."""

from __future__ import annotations

from datetime import date

import pytest

from server.jobs.engine import run_job
from tests.factories import create_worklog, token_for
from tests.reports.queries import GENERATE, generate
from tests.reports.test_report_jobs import LOG, writer_with_log

READ = (
    "query($id: ID!) { report(id: $id) { filters { employer project tags }"
    " sections { statements { citations { worklog { id } } } } } }"
)


@pytest.mark.parametrize(
    ("filters", "allowed"),
    [
        ({"employer": "Globex"}, lambda row: row[2] == "Globex"),
        ({"employer": "Acme", "project": "Ledger"}, lambda row: row[2] == "Acme" and row[3] == "Ledger"),
        ({"tags": ["infra"]}, lambda row: row[2] == "Globex" and row[3] in ("Ops", "CI")),
    ],
    ids=["employer", "employer-and-project", "tags"],
)
async def test_employer_project_and_tags_pick_the_entries_a_report_cites(gql, runtime, filters, allowed):
    user, _tenant, entries = await writer_with_log()
    for entry, row in zip(entries, LOG, strict=True):  # Globex's Ops and CI work is tagged "infra"
        if row[2] == "Globex" and row[3] in ("Ops", "CI"):
            entry.tags = ["infra"]
            await entry.save(update_fields=["tags"])
    await create_worklog(user, date=date(2026, 10, 5), content="Tagged infra work at another place", tags=["other"])
    token = await token_for(user)
    wanted = {str(e.id) for e, row in zip(entries, LOG, strict=True) if allowed(row)}
    assert wanted

    made = (await gql.ok(GENERATE, generate("QUARTERLY", length="LONG", **filters), token=token))["generateReport"]
    assert made["errors"] == []
    assert await run_job(made["job"]["id"], runtime) == "success"
    report = (await gql.ok(READ, {"id": made["report"]["id"]}, token=token))["report"]
    assert report["filters"] == {"employer": None, "project": None, "tags": [], **filters}
    cited = {c["worklog"]["id"] for s in report["sections"] for st in s["statements"] for c in st["citations"]}
    assert cited and cited <= wanted, (filters, cited - wanted)
