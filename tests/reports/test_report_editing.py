"""Editing, sharing and regenerating a finished report, through real worker processes: every edit checked
at once and rendered again; share links public until they expire or are revoked; versions kept."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

from server.audit.models import AuditEvent
from server.reports.formats import html
from server.reports.models import Report, ReportArtifact, ReportShare, ReportStatement
from server.reports.sharing import MAX_LIVE_SHARES
from tests.factories import token_for
from tests.jobs.conftest import wait_for_status
from tests.reports.queries import (
    DELETE_STATEMENT,
    GENERATE,
    MOVE_STATEMENT,
    REGENERATE,
    REPORT,
    REVOKE,
    SHARE,
    SHARES,
    UPDATE_STATEMENT,
    VERSIONS,
    generate,
    generated,
    statements_of,
)
from tests.reports.renditions import docx_text
from tests.reports.test_report_jobs import download, local_path, writer_with_log


async def ready_report(gql, worker, token, kind: str = "QUARTERLY") -> dict:
    made = (await gql.ok(GENERATE, generate(kind), token=token))["generateReport"]
    job = await wait_for_status(made["job"]["id"], "success", "failed", "cancelled", worker=worker)
    assert job.status == "success", (job.error_code, worker.log())
    return (await gql.ok(REPORT, {"id": made["report"]["id"]}, token=token))["report"]


async def rendered_revision(report_id: str, revision: int, patience: float = 60.0) -> None:
    deadline = time.monotonic() + patience
    while not await ReportArtifact.filter(report_id=report_id, revision=revision).exists():
        assert time.monotonic() < deadline, f"revision {revision} was never rendered"
        await asyncio.sleep(0.1)


def codes(payload: dict) -> list[str]:
    return [e["code"] for e in payload["errors"]]


async def snapshot(report_id: str) -> list[tuple]:
    rows = await ReportStatement.filter(report_id=report_id).order_by("section_id", "position")
    return [(str(r.id), r.text, r.position, r.check_status) for r in rows]


async def test_edits_are_checked_at_once_rendered_again_and_refused_for_anyone_else(gql, client, launch_worker):
    worker = launch_worker()
    user, _, _ = await writer_with_log()
    other, _, _ = await writer_with_log()
    token, other_token = await token_for(user), await token_for(other)
    await worker.ready()
    report = await ready_report(gql, worker, token)
    theirs = await ready_report(gql, worker, other_token)
    first = statements_of(report)[0]

    # An edit that adds a figure the entries do not have is flagged at once, and rendered as such.
    edited = first["text"] + " and saved 97% of the cost"
    got = (await gql.ok(UPDATE_STATEMENT, {"id": first["id"], "text": edited}, token=token))["updateReportStatement"]
    assert got["errors"] == []
    assert got["statement"]["check"]["status"] == "FLAGGED" and "97%" in got["statement"]["check"]["unsupported"]
    await rendered_revision(report["id"], 1)
    now = (await gql.ok(REPORT, {"id": report["id"]}, token=token))["report"]
    assert now["revision"] == 1 and now["verification"]["flagged"] == 1
    word = next(f for f in now["formats"] if f["format"] == "DOCX" and not f["includeCitations"])
    assert "saved 97% of the cost" in docx_text((await download(client, word["url"])).content)
    assert not await ReportArtifact.filter(report_id=report["id"], revision=0).exists()

    # Back to words the entries support: passed again.
    got = (await gql.ok(UPDATE_STATEMENT, {"id": first["id"], "text": first["text"]}, token=token))[
        "updateReportStatement"
    ]
    assert got["statement"]["check"] == {"status": "PASSED", "unsupported": []}

    # Bad input and other people's statements: a code, and nothing changed.
    before, theirs_before = await snapshot(report["id"]), await snapshot(theirs["id"])
    revision = (await Report.get(id=report["id"])).revision
    for text, code in (("   ", "STATEMENT_REQUIRED"), ("x" * 1001, "STATEMENT_TOO_LONG")):
        bad = (await gql.ok(UPDATE_STATEMENT, {"id": first["id"], "text": text}, token=token))["updateReportStatement"]
        assert codes(bad) == [code]
    their_first = statements_of(theirs)[0]["id"]
    for document, variables, name in (
        (UPDATE_STATEMENT, {"id": their_first, "text": "Mine now"}, "updateReportStatement"),
        (DELETE_STATEMENT, {"id": their_first}, "deleteReportStatement"),
        (MOVE_STATEMENT, {"id": their_first, "position": 0}, "moveReportStatement"),
    ):
        assert codes((await gql.ok(document, variables, token=token))[name]) == ["NOT_FOUND"]
    section = report["sections"][0]["statements"]
    for position in (len(section), -1):
        bad_move = await gql.ok(MOVE_STATEMENT, {"id": first["id"], "position": position}, token=token)
        assert codes(bad_move["moveReportStatement"]) == ["INVALID_POSITION"]
    assert await snapshot(report["id"]) == before and await snapshot(theirs["id"]) == theirs_before
    assert (await Report.get(id=report["id"])).revision == revision

    # Move the first statement last, then delete it; positions close up.
    if len(section) > 1:
        moved = await gql.ok(MOVE_STATEMENT, {"id": first["id"], "position": len(section) - 1}, token=token)
        assert moved["moveReportStatement"]["statement"]["position"] == len(section) - 1
        after = (await gql.ok(REPORT, {"id": report["id"]}, token=token))["report"]["sections"][0]["statements"]
        assert [s["id"] for s in after] == [s["id"] for s in section[1:]] + [first["id"]]
        assert [s["position"] for s in after] == list(range(len(section)))
    deleted = await gql.ok(DELETE_STATEMENT, {"id": first["id"]}, token=token)
    assert deleted["deleteReportStatement"]["deletedId"] == first["id"]
    final = (await gql.ok(REPORT, {"id": report["id"]}, token=token))["report"]
    assert first["id"] not in {s["id"] for s in statements_of(final)}
    assert [s["position"] for s in final["sections"][0]["statements"]] == list(range(len(section) - 1))
    await rendered_revision(report["id"], final["revision"])


async def test_a_share_link_is_public_until_it_expires_or_is_revoked(gql, client, launch_worker):
    worker = launch_worker()
    user, _, _ = await writer_with_log()
    other, _, _ = await writer_with_log()
    token, other_token = await token_for(user), await token_for(other)
    await worker.ready()
    report = await ready_report(gql, worker, token, "MONTHLY")

    made = (await gql.ok(SHARE, {"id": report["id"], "days": 7, "cited": True}, token=token))["shareReport"]
    assert made["errors"] == []
    share = made["share"]
    token_part = share["url"].rsplit("/", 1)[1]
    assert share["url"].endswith(f"/api/share/{token_part}") and len(token_part) >= 40
    stored = await ReportShare.get(id=share["id"])
    assert token_part not in stored.token_hash and len(stored.token_hash) == 64

    page = await client.get(local_path(share["url"]))  # no login
    assert page.status_code == 200 and page.headers["content-security-policy"] == html.PAGE_CSP
    body = page.text
    assert statements_of(report)[0]["text"].split()[0] in body and "checked" in body and "Generated" in body
    listed = (await gql.ok(SHARES, {"id": report["id"]}, token=token))["report"]["shares"]
    assert [s["id"] for s in listed] == [share["id"]] and listed[0]["revokedAt"] is None

    # Bad input and another user's report: a code, no share made.
    for days in (0, 91):
        bad = await gql.ok(SHARE, {"id": report["id"], "days": days, "cited": False}, token=token)
        assert codes(bad["shareReport"]) == ["INVALID_SHARE_EXPIRY"]
    foreign = await gql.ok(SHARE, {"id": report["id"], "days": 7, "cited": False}, token=other_token)
    assert codes(foreign["shareReport"]) == ["NOT_FOUND"]
    assert codes((await gql.ok(REVOKE, {"id": share["id"]}, token=other_token))["revokeReportShare"]) == ["NOT_FOUND"]
    assert await ReportShare.filter(report_id=report["id"]).count() == 1
    assert (await ReportShare.get(id=share["id"])).revoked_at is None

    # Expired: the not-found page, with the same CSP.
    second = (await gql.ok(SHARE, {"id": report["id"], "days": 1, "cited": False}, token=token))["shareReport"]
    await ReportShare.filter(id=second["share"]["id"]).update(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    gone = await client.get(local_path(second["share"]["url"]))
    assert gone.status_code == 404 and gone.headers["content-security-policy"] == html.PAGE_CSP
    assert "Acme" not in gone.text

    # Revoked: 404 at once; revoking twice is refused. Both are audited, without the token.
    revoked = (await gql.ok(REVOKE, {"id": share["id"]}, token=token))["revokeReportShare"]
    assert revoked["errors"] == [] and revoked["share"]["revokedAt"]
    assert (await client.get(local_path(share["url"]))).status_code == 404
    again = (await gql.ok(REVOKE, {"id": share["id"]}, token=token))["revokeReportShare"]
    assert codes(again) == ["SHARE_ALREADY_REVOKED"]
    audit = await AuditEvent.filter(target_id=report["id"]).order_by("created_at")
    assert [a.event_type for a in audit] == ["report.shared", "report.shared", "report.share_revoked"]
    assert all(token_part not in str(a.after) + str(a.before) for a in audit)
    assert (await client.get("/api/share/not-a-token")).status_code == 404


async def test_a_report_has_at_most_twenty_live_share_links(gql, runtime):
    user, _, _ = await writer_with_log()
    token = await token_for(user)
    report_id = await generated(gql, runtime, token)
    links = []
    for _ in range(MAX_LIVE_SHARES):
        links.append((await gql.ok(SHARE, {"id": report_id, "days": 7, "cited": False}, token=token))["shareReport"])
    assert all(link["errors"] == [] for link in links) and MAX_LIVE_SHARES == 20
    refused = (await gql.ok(SHARE, {"id": report_id, "days": 7, "cited": False}, token=token))["shareReport"]
    assert codes(refused) == ["TOO_MANY_SHARES"] and refused["share"] is None
    assert await ReportShare.filter(report_id=report_id).count() == MAX_LIVE_SHARES

    # An expired or a revoked link frees its place.
    await ReportShare.filter(id=links[0]["share"]["id"]).update(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    assert (await gql.ok(SHARE, {"id": report_id, "days": 7, "cited": False}, token=token))["shareReport"][
        "errors"
    ] == []
    assert codes((await gql.ok(SHARE, {"id": report_id, "days": 7, "cited": False}, token=token))["shareReport"]) == [
        "TOO_MANY_SHARES"
    ]
    assert (await gql.ok(REVOKE, {"id": links[1]["share"]["id"]}, token=token))["revokeReportShare"]["errors"] == []
    assert (await gql.ok(SHARE, {"id": report_id, "days": 7, "cited": False}, token=token))["shareReport"][
        "errors"
    ] == []


async def test_regenerating_makes_a_new_metered_version_and_every_version_stays_downloadable(
    gql, client, launch_worker
):
    worker = launch_worker()
    user, _, _ = await writer_with_log()
    other, _, _ = await writer_with_log()
    token, other_token = await token_for(user), await token_for(other)
    await worker.ready()
    first = await ready_report(gql, worker, token, "RESUME_BULLETS")

    foreign = (await gql.ok(REGENERATE, {"id": first["id"]}, token=other_token))["regenerateReport"]
    assert codes(foreign) == ["NOT_FOUND"] and await Report.filter(user_id=other.id, kind="RESUME_BULLETS").count() == 0

    made = (await gql.ok(REGENERATE, {"id": first["id"]}, token=token))["regenerateReport"]
    assert made["errors"] == [] and made["report"]["version"] == 2 and made["job"]["status"] == "QUEUED"
    job = await wait_for_status(made["job"]["id"], "success", "failed", worker=worker)
    assert job.status == "success" and job.cost_cents > 0
    newer = (await gql.ok(REGENERATE, {"id": first["id"]}, token=token))["regenerateReport"]
    assert newer["report"]["version"] == 3
    await wait_for_status(newer["job"]["id"], "success", "failed", worker=worker)

    versions = (await gql.ok(VERSIONS, {"id": made["report"]["id"]}, token=token))["report"]["versions"]
    assert [v["version"] for v in versions] == [1, 2, 3] and versions[0]["id"] == first["id"]
    for version in versions:
        pdf = next(f for f in version["formats"] if f["format"] == "PDF")
        got = await download(client, pdf["url"])
        assert got.status_code == 200 and got.content.startswith(b"%PDF")


async def test_a_report_still_being_written_cannot_be_shared_or_regenerated(gql):
    user, _, _ = await writer_with_log()
    token = await token_for(user)
    made = (await gql.ok(GENERATE, generate("MONTHLY", "2026-11-01", "2026-11-30"), token=token))["generateReport"]
    report_id = made["report"]["id"]
    assert (await Report.get(id=report_id)).status == "pending"  # no worker runs in this test
    shared = (await gql.ok(SHARE, {"id": report_id, "days": 7, "cited": False}, token=token))["shareReport"]
    assert codes(shared) == ["REPORT_NOT_READY"]
    again = (await gql.ok(REGENERATE, {"id": report_id}, token=token))["regenerateReport"]
    assert codes(again) == ["REPORT_NOT_READY"]
    assert await ReportShare.filter(report_id=report_id).count() == 0
    assert await Report.filter(user_id=user.id).count() == 1
