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

    filters_kept, cited = await generate_and_read(gql, runtime, token, generate("QUARTERLY", length="LONG", **filters))
    assert filters_kept == {"employer": None, "project": None, "tags": [], **filters}
    assert cited and cited <= wanted, (filters, cited - wanted)


async def generate_and_read(gql, runtime, token: str, variables: dict) -> tuple[dict, set[str]]:
    """The filters the finished report kept and the ids of the entries it cites."""
    made = (await gql.ok(GENERATE, variables, token=token))["generateReport"]
    assert made["errors"] == []
    assert await run_job(made["job"]["id"], runtime) == "success"
    report = (await gql.ok(READ, {"id": made["report"]["id"]}, token=token))["report"]
    cited = {c["worklog"]["id"] for s in report["sections"] for st in s["statements"] for c in st["citations"]}
    return report["filters"], cited


ESTIMATE = "query($input: GenerateReportInput!) { estimateReport(input: $input) { entries } }"


def infra(row: tuple) -> bool:
    return row[2] == "Globex" and row[3] in ("Ops", "CI")  # the entries tagged "infra" below


@pytest.mark.parametrize(
    ("filters", "stored", "allowed", "extra_too"),
    [
        ({"employer": "  globex "}, {"employer": "globex"}, lambda row: row[2] == "Globex", False),
        (
            {"employer": "ACME", "project": " ledger"},
            {"employer": "ACME", "project": "ledger"},
            lambda row: row[2] == "Acme" and row[3] == "Ledger",
            False,
        ),
        ({"employer": "acme\u00a0  corp"}, {"employer": "acme corp"}, lambda row: False, True),
        ({"tags": ["Infra"]}, {"tags": ["infra"]}, infra, False),
        ({"tags": ["", " infra  ", "infra"]}, {"tags": ["infra"]}, infra, False),
        ({"tags": ["", " "]}, {"tags": []}, lambda row: True, True),  # blank tags are no filter, as [""] always was
    ],
    ids=[
        "employer-case-and-spaces",
        "employer-and-project-case",
        "inner-spaces",
        "tag-case",
        "tags-mixed",
        "tags-blank",
    ],
)
async def test_filters_match_entries_whatever_their_case_and_spacing(gql, runtime, filters, stored, allowed, extra_too):
    """estimateReport counts, and the job reads, the entries the filters name however they are typed."""
    user, _tenant, entries = await writer_with_log()
    for entry, row in zip(entries, LOG, strict=True):
        if infra(row):
            entry.tags = ["infra"]
            await entry.save(update_fields=["tags"])
    extra = await create_worklog(
        user, date=date(2026, 10, 6), content="Ran the Acme Corp offsite", employer="Acme Corp"
    )
    token = await token_for(user)
    wanted = {str(e.id) for e, row in zip(entries, LOG, strict=True) if allowed(row)} | (
        {str(extra.id)} if extra_too else set()
    )
    variables = generate("QUARTERLY", length="LONG", **filters)

    estimate = (await gql.ok(ESTIMATE, variables, token=token))["estimateReport"]
    assert estimate["entries"] == len(wanted)
    filters_kept, cited = await generate_and_read(gql, runtime, token, variables)
    assert filters_kept == {"employer": None, "project": None, "tags": [], **stored}
    assert cited and cited <= wanted, (filters, cited - wanted)
