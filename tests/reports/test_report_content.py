"""`Report.content`, the Markdown rendition, follows the current revision: an edit's render rewrites it (and
its stored copy), so an edited text shows and a deleted statement with its footnote is gone."""

from __future__ import annotations

from server.reports.artifacts import render_and_store
from server.reports.models import Report, ReportArtifact
from server.reports.rendition import escape
from tests.factories import token_for
from tests.reports.queries import DELETE_STATEMENT, UPDATE_STATEMENT, generated, statements_of
from tests.reports.test_report_jobs import writer_with_log

CONTENT = (
    "query($id: ID!) { report(id: $id) { revision content"
    " sections { statements { id text citations { worklog { content } } } } } }"
)


async def test_content_follows_edits_and_deletes_once_the_revision_is_rendered(gql, runtime):
    user, _, _ = await writer_with_log()
    token = await token_for(user)
    report_id = await generated(gql, runtime, token, "MONTHLY", "2026-09-01", "2026-09-30")
    first = (await gql.ok(CONTENT, {"id": report_id}, token=token))["report"]
    statements = statements_of(first)
    assert len(statements) >= 2 and first["revision"] == 0
    edited, gone = statements[0], statements[-1]
    assert escape(gone["text"]) in first["content"]
    only_gone = {c["worklog"]["content"] for c in gone["citations"]} - {
        c["worklog"]["content"] for s in statements[:-1] for c in s["citations"]
    }

    new_text = edited["text"].rstrip(".") + ", by 85%."
    got = await gql.ok(UPDATE_STATEMENT, {"id": edited["id"], "text": new_text}, token=token)
    assert got["updateReportStatement"]["errors"] == []
    assert (await gql.ok(DELETE_STATEMENT, {"id": gone["id"]}, token=token))["deleteReportStatement"]["errors"] == []
    report = await Report.get(id=report_id)
    rendered = await render_and_store(report, runtime.storage)  # what the reports.render task does
    assert rendered.revision == 2 and rendered.artifacts

    now = (await gql.ok(CONTENT, {"id": report_id}, token=token))["report"]
    assert now["revision"] == 2
    assert escape(new_text) in now["content"] and escape(edited["text"]) + "[" not in now["content"]
    assert escape(gone["text"]) not in now["content"]
    for text in only_gone:  # the deleted statement's own footnotes went with it
        assert escape(text if len(text) <= 200 else text[:199] + "…") not in now["content"]
    report = await Report.get(id=report_id)
    assert (await runtime.storage.get(report.content_key)).decode() == now["content"]
    assert await ReportArtifact.filter(report_id=report_id, revision=2).exists()
