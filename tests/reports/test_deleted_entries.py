"""Deleting a cited entry: the statements that cited it are checked again without it (one citing nothing is
flagged), the report's counts follow, and a new revision is rendered without the deleted text."""

from __future__ import annotations

from server.reports.artifacts import render_and_store
from server.reports.models import Report, ReportArtifact
from server.worklogs.models import Worklog
from tests.factories import token_for
from tests.reports.queries import REPORT, generated, statements_of
from tests.reports.test_report_jobs import writer_with_log
from tests.worklogs.queries import DELETE


async def ready_monthly(gql, runtime, user) -> tuple[str, str]:
    token = await token_for(user)
    return token, await generated(gql, runtime, token, "MONTHLY", "2026-09-01", "2026-09-30")


async def stored_texts(storage, report_id: str, revision: int) -> str:
    rows = await ReportArtifact.filter(report_id=report_id, revision=revision, include_citations=True)
    assert {r.format for r in rows} >= {"MARKDOWN", "TEXT", "HTML"}
    return "\n".join([(await storage.get(r.object_key)).decode() for r in rows if r.format in ("MARKDOWN", "TEXT")])


async def test_deleting_a_cited_entry_flags_what_it_alone_supported_and_renders_without_it(gql, runtime):
    user, _, entries = await writer_with_log()
    other, _, _ = await writer_with_log()
    token, report_id = await ready_monthly(gql, runtime, user)
    other_token, other_report = await ready_monthly(gql, runtime, other)
    before = (await gql.ok(REPORT, {"id": report_id}, token=token))["report"]
    assert before["revision"] == 0 and before["verification"]["flagged"] == 0
    alone = next(s for s in statements_of(before) if len(s["citations"]) == 1)
    entry_id = alone["citations"][0]["worklog"]["id"]
    entry_text = alone["citations"][0]["worklog"]["content"]
    # Where the stored downloads print the entry as a source: "[^1]: <date>: <text>", "[1] <date>, <where>: <text>".
    source = (alone["citations"][0]["worklog"]["date"], ": " + entry_text)
    also_citing = [s["id"] for s in statements_of(before) if entry_id in {c["worklog"]["id"] for c in s["citations"]}]
    stored = await stored_texts(runtime.storage, report_id, 0)
    assert all(part in stored for part in source)

    # Another user cannot delete it: NOT_FOUND, and neither report changes.
    refused = (await gql.ok(DELETE, {"id": entry_id}, token=other_token))["deleteWorklog"]
    assert [e["code"] for e in refused["errors"]] == ["NOT_FOUND"]
    assert (await Report.get(id=report_id)).revision == 0

    # An entry no statement cites: deleted without touching the report.
    cited_ids = {c["worklog"]["id"] for s in statements_of(before) for c in s["citations"]}
    uncited = next(e for e in entries if str(e.id) not in cited_ids)
    assert (await gql.ok(DELETE, {"id": str(uncited.id)}, token=token))["deleteWorklog"]["errors"] == []
    assert (await Report.get(id=report_id)).revision == 0

    assert (await gql.ok(DELETE, {"id": entry_id}, token=token))["deleteWorklog"]["errors"] == []
    assert not await Worklog.filter(id=entry_id).exists()
    after = (await gql.ok(REPORT, {"id": report_id}, token=token))["report"]
    assert after["revision"] == 1
    statement = next(s for s in statements_of(after) if s["id"] == alone["id"])
    assert statement["citations"] == [] and statement["check"]["status"] == "FLAGGED"
    flagged = [s["id"] for s in statements_of(after) if s["check"]["status"] == "FLAGGED"]
    assert alone["id"] in flagged and set(flagged) <= set(also_citing)
    assert after["verification"] == {"statements": before["verification"]["statements"], "flagged": len(flagged)}

    # The new revision's renditions (what the reports.render task makes) no longer hold the deleted text.
    rendered = await render_and_store(await Report.get(id=report_id), runtime.storage)
    assert rendered.revision == 1
    stored = await stored_texts(runtime.storage, report_id, 1)
    assert not any(part in stored for part in source)  # the statement stays, flagged; its deleted source is gone
    assert "not found in the cited entries" in stored or not statement["check"]["unsupported"]
    assert not await ReportArtifact.filter(report_id=report_id, revision=0).exists()
    content = (await Report.get(id=report_id)).content
    assert not any(part in content for part in source)

    # The other user's report is untouched.
    theirs = (await gql.ok(REPORT, {"id": other_report}, token=other_token))["report"]
    assert theirs["revision"] == 0 and theirs["verification"]["flagged"] == 0
