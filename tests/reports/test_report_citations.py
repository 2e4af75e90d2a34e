"""A report read in the shape the report screen asks for: each statement with the entries and the evidence
files it came from, its check, the renditions and the versions — the owner's alone."""

from __future__ import annotations

from server.evidence.models import Evidence
from server.jobs.engine import run_job
from tests.factories import token_for
from tests.reports.queries import GENERATE, generate
from tests.reports.test_report_jobs import writer_with_log

FULL = """query($id: ID!) { report(id: $id) {
  kind title period { startDate endDate } status
  sections { heading statements { id text
    citations { worklog { id date content metadata { employer project } } evidence { id originalName } }
    check { status unsupported } } }
  formats(includeCitations: false) { format url bytes }
  versions { id version }
  verification { statements flagged } } }"""


async def attach(entry, name: str) -> Evidence:
    return await Evidence.create(
        tenant_id=entry.tenant_id,
        worklog=entry,
        object_key=f"evidence/{entry.tenant_id}/{entry.id}/{name}",
        original_name=name,
        size=10,
        content_type="application/pdf",
        sha256="0" * 64,
    )


async def test_statements_cite_their_entries_and_evidence_files_and_only_the_owner_reads_them(gql, runtime):
    user, _tenant, entries = await writer_with_log()
    other, _, _ = await writer_with_log()
    token, other_token = await token_for(user), await token_for(other)
    files = {entry.id: await attach(entry, f"proof-{n}.pdf") for n, entry in enumerate(entries[:6])}
    made = (await gql.ok(GENERATE, generate("QUARTERLY"), token=token))["generateReport"]
    assert await run_job(made["job"]["id"], runtime) == "success"

    report = (await gql.ok(FULL, {"id": made["report"]["id"]}, token=token))["report"]
    assert report["kind"] == "QUARTERLY" and report["status"] == "READY"
    assert report["period"] == {"startDate": "2026-09-01", "endDate": "2026-11-30"}
    by_id = {str(e.id): e for e in entries}
    citations = [c for s in report["sections"] for st in s["statements"] for c in st["citations"]]
    assert citations
    with_files = 0
    for citation in citations:
        entry = by_id[citation["worklog"]["id"]]  # only the owner's own entries
        assert citation["worklog"]["content"] == entry.content
        assert citation["worklog"]["metadata"]["employer"] == entry.employer
        expected = (
            [{"id": str(files[entry.id].id), "originalName": files[entry.id].original_name}]
            if entry.id in files
            else []
        )
        assert citation["evidence"] == expected
        with_files += bool(expected)
    assert with_files, "no statement cites an entry with a file"
    assert report["formats"] and all(f["url"] and f["bytes"] > 0 for f in report["formats"])
    assert [v["version"] for v in report["versions"]] == [1]

    # Another tenant: NOT_FOUND, nothing of the report or its files.
    refused = await gql(FULL, {"id": made["report"]["id"]}, token=other_token)
    assert [e["extensions"].get("reason") for e in refused["errors"]] == ["NOT_FOUND"]
    assert "proof-" not in str(refused)
