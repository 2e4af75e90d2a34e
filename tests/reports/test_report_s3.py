"""The worker stores a report's renditions in S3 (moto's server) and the API serves them from there."""

from __future__ import annotations

import pytest_asyncio

from server.reports.models import ReportArtifact
from tests.evidence.conftest import moto_endpoint, open_s3_storage
from tests.factories import token_for
from tests.jobs.conftest import wait_for_status
from tests.reports.queries import GENERATE, REPORT, generate, statements_of
from tests.reports.test_report_jobs import download, pdf_text, writer_with_log

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


async def test_renditions_go_to_s3_and_download_from_there(gql, client, launch_worker, moto_endpoint, s3):
    worker = launch_worker(
        STORAGE_BACKEND="s3",
        S3_ENDPOINT_URL=moto_endpoint,
        S3_BUCKET="evidence-test",
        S3_ACCESS_KEY_ID="test",
        S3_SECRET_ACCESS_KEY="test",
    )
    user, _, _ = await writer_with_log()
    token = await token_for(user)
    await worker.ready()
    made = (await gql.ok(GENERATE, generate("RESUME_BULLETS"), token=token))["generateReport"]
    job = await wait_for_status(made["job"]["id"], "success", "failed", worker=worker)
    assert job.status == "success", (job.error_code, worker.log())

    report = (await gql.ok(REPORT, {"id": made["report"]["id"]}, token=token))["report"]
    keys = [key async for key in s3.list_keys("reports/")]
    artifacts = await ReportArtifact.filter(report_id=report["id"])
    assert {a.object_key for a in artifacts} <= set(keys) and len(artifacts) == 12
    pdf = next(f for f in report["formats"] if f["format"] == "PDF" and not f["includeCitations"])
    got = await download(client, pdf["url"])
    assert got.status_code == 200
    text = pdf_text(got.content)
    assert all(" ".join(st["text"].split())[:40] in text for st in statements_of(report))
