"""The worker stores every kind's renditions in S3 (moto's server) and the API serves them from there."""

from __future__ import annotations

import pytest_asyncio

from server.reports.formats import FORMATS
from server.reports.models import ReportArtifact
from tests.evidence.conftest import moto_endpoint, open_s3_storage
from tests.factories import token_for
from tests.jobs.conftest import wait_for_status
from tests.reports.queries import GENERATE, REPORT, generate, statements_of
from tests.reports.renditions import assert_rendition_holds, content_type
from tests.reports.test_report_jobs import download, writer_with_log

__all__ = ["moto_endpoint"]


@pytest_asyncio.fixture
async def s3(app, moto_endpoint, settings):
    storage = await open_s3_storage(moto_endpoint, settings)
    original = app.state.storage
    app.state.storage = storage
    try:
        yield storage
    finally:
        app.state.storage = original
        await storage.close()


KINDS = ("WEEKLY", "MONTHLY", "QUARTERLY", "RESUME_BULLETS", "REVIEW", "BRAG_DOC", "STAR_STORIES")


async def test_every_kind_renders_every_format_to_s3_and_downloads_from_there(
    gql, client, launch_worker, moto_endpoint, s3
):
    worker = launch_worker(
        STORAGE_BACKEND="s3",
        S3_ENDPOINT_URL=moto_endpoint,
        S3_BUCKET="evidence-test",
        S3_ACCESS_KEY_ID="test",
        S3_SECRET_ACCESS_KEY="test",
    )
    user, _, entries = await writer_with_log()
    token = await token_for(user)
    own = {str(e.id) for e in entries}
    await worker.ready()
    jobs = {}
    for kind in KINDS:  # queued together, run by the one worker
        start = {"WEEKLY": "2026-11-16", "MONTHLY": "2026-11-01"}.get(kind, "2026-09-01")
        made = (await gql.ok(GENERATE, generate(kind, start, "2026-11-30"), token=token))["generateReport"]
        assert made["errors"] == [], made
        jobs[kind] = made
    for kind, made in jobs.items():
        job = await wait_for_status(made["job"]["id"], "success", "failed", worker=worker)
        assert job.status == "success", (kind, job.error_code, worker.log())

        report = (await gql.ok(REPORT, {"id": made["report"]["id"]}, token=token))["report"]
        statements = statements_of(report)
        assert statements and all({c["worklog"]["id"] for c in st["citations"]} <= own for st in statements)
        keys = {key async for key in s3.list_keys(f"reports/{job.tenant_id}/{report['id']}/")}
        artifacts = await ReportArtifact.filter(report_id=report["id"])
        suited = [name for name, f in FORMATS.items() if f.suits(kind)]
        assert {a.object_key for a in artifacts} <= keys and len(artifacts) == 2 * len(suited), kind
        assert sorted({f["format"] for f in report["formats"]}) == sorted(suited)
        texts = [st["text"] for st in statements]
        for rendition in report["formats"]:
            got = await download(client, rendition["url"])
            assert got.status_code == 200, (kind, rendition)
            assert got.headers["content-type"].startswith(content_type(rendition["format"]))
            assert_rendition_holds(rendition["format"], got.content, rendition, texts)
