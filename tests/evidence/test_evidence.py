import hashlib
from urllib.parse import urlsplit

from server.evidence.models import Evidence
from server.evidence.service import MAX_FILE_BYTES
from tests.evidence.conftest import upload
from tests.factories import create_user, create_worklog, scope_of, token_for
from tests.worklogs.queries import DELETE, DELETE_EVIDENCE, GET

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n" + b"x" * 100


def local_path(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


async def test_upload_stores_bytes_and_download_url_returns_them(client, storage):
    user = await create_user()
    worklog = await create_worklog(user)
    token = await token_for(user)
    payload = await upload(client, token, str(worklog.id), "../../etc/screen shot.png", PNG, "image/png")
    assert payload["errors"] == []
    evidence = payload["evidence"]
    assert evidence["originalName"] == "screen shot.png"
    assert evidence["size"] == len(PNG) and evidence["contentType"] == "image/png"
    assert evidence["sha256"] == hashlib.sha256(PNG).hexdigest()
    row = await Evidence.get(id=evidence["id"])
    assert await storage.get(row.object_key) == PNG
    response = await client.get(local_path(evidence["downloadUrl"]))
    assert response.status_code == 200
    assert response.content == PNG
    assert response.headers["content-type"] == "image/png"
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.headers["x-content-type-options"] == "nosniff"


async def test_worklog_lists_its_evidence(client, gql, storage):
    user = await create_user()
    worklog = await create_worklog(user)
    token = await token_for(user)
    await upload(client, token, str(worklog.id), "a.pdf", PDF, "application/pdf")
    await upload(client, token, str(worklog.id), "notes.txt", "héllo".encode(), "text/plain")
    data = await gql.ok(GET, {"id": str(worklog.id)}, token=token)
    assert [e["originalName"] for e in data["worklog"]["evidence"]] == ["a.pdf", "notes.txt"]


async def test_refused_files_get_specific_errors_and_store_nothing(client, storage):
    user = await create_user()
    worklog = await create_worklog(user)
    token = await token_for(user)
    cases = [
        ("big.pdf", b"%PDF-" + b"x" * MAX_FILE_BYTES, "application/pdf", "FILE_TOO_LARGE"),
        ("empty.txt", b"", "text/plain", "FILE_EMPTY"),
        ("run.exe", b"MZ\x90\x00", "application/x-msdownload", "FILE_TYPE_REFUSED"),
        ("page.html", b"<script>alert(1)</script>", "text/html", "FILE_TYPE_REFUSED"),
        ("fake.png", b"GIF89a not a png", "image/png", "FILE_TYPE_MISMATCH"),
        ("bin.txt", b"\xff\xfe\xfa\x00", "text/plain", "FILE_TYPE_MISMATCH"),
    ]
    for name, data, content_type, code in cases:
        payload = await upload(client, token, str(worklog.id), name, data, content_type)
        assert [e["code"] for e in payload["errors"]] == [code], name
        assert payload["evidence"] is None
    assert await Evidence.all().count() == 0
    assert [k async for k in storage.list_keys("evidence/")] == []


async def test_download_url_with_bad_or_expired_signature_is_refused(client, storage):
    from server.evidence.service import download_path

    user = await create_user()
    worklog = await create_worklog(user)
    payload = await upload(client, await token_for(user), str(worklog.id), "a.pdf", PDF, "application/pdf")
    url = local_path(payload["evidence"]["downloadUrl"])
    tampered = url[:-4] + ("0000" if not url.endswith("0000") else "1111")
    assert (await client.get(tampered)).status_code == 404
    assert (await client.get(url.split("?")[0])).status_code == 404
    settings = client._transport.app.state.settings
    expired = download_path(settings, payload["evidence"]["id"], now=0)
    assert (await client.get(expired)).status_code == 404


async def test_deleting_evidence_removes_row_and_object(client, gql, storage):
    user = await create_user()
    worklog = await create_worklog(user)
    token = await token_for(user)
    payload = await upload(client, token, str(worklog.id), "a.pdf", PDF, "application/pdf")
    key = (await Evidence.get(id=payload["evidence"]["id"])).object_key
    data = await gql.ok(DELETE_EVIDENCE, {"id": payload["evidence"]["id"]}, token=token)
    assert data["deleteEvidence"]["errors"] == []
    assert await Evidence.all().count() == 0
    assert not await storage.exists(key)


async def test_deleting_a_worklog_deletes_its_evidence_objects(client, gql, storage):
    user = await create_user()
    worklog = await create_worklog(user)
    token = await token_for(user)
    for i in range(3):
        await upload(client, token, str(worklog.id), f"f{i}.pdf", PDF, "application/pdf")
    assert len([k async for k in storage.list_keys("evidence/")]) == 3
    data = await gql.ok(DELETE, {"id": str(worklog.id)}, token=token)
    assert data["deleteWorklog"]["errors"] == []
    assert await Evidence.all().count() == 0
    assert [k async for k in storage.list_keys("evidence/")] == []


async def test_upload_to_unknown_worklog_is_not_found(client, storage):
    user = await create_user()
    payload = await upload(
        client, await token_for(user), "7b0c1c3e-8a43-4f57-8d1c-8bd0f6a8a111", "a.pdf", PDF, "application/pdf"
    )
    assert [e["code"] for e in payload["errors"]] == ["NOT_FOUND"]
    assert [k async for k in storage.list_keys("evidence/")] == []


async def _keys(storage) -> list[str]:
    return [key async for key in storage.list_keys("evidence/")]


async def test_a_failed_row_write_removes_the_stored_object(storage, monkeypatch):
    import pytest

    from server.evidence import service

    user = await create_user()
    worklog = await create_worklog(user)

    async def broken_create(**kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(service.Evidence, "create", broken_create)
    with pytest.raises(RuntimeError):
        await service.attach_evidence(
            await scope_of(user),
            user,
            worklog.id,
            filename="a.pdf",
            content_type="application/pdf",
            data=PDF,
            storage=storage,
        )
    assert await _keys(storage) == []
    assert await Evidence.filter(worklog_id=worklog.id).count() == 0


async def test_concurrent_uploads_cannot_pass_the_file_limit(storage, settings, monkeypatch):
    import asyncio
    from collections import Counter

    import asyncpg

    from server.errors import ServiceError
    from server.evidence import service
    from tests.engines import asyncpg_dsn

    user = await create_user()
    worklog = await create_worklog(user)
    for i in range(service.MAX_FILES_PER_WORKLOG - 1):
        await Evidence.create(
            tenant_id=worklog.tenant_id,
            worklog=worklog,
            object_key=f"seeded/{i}",
            original_name=f"{i}.pdf",
            size=1,
            content_type="application/pdf",
            sha256="0" * 64,
        )
    scope = await scope_of(user)
    uploads, checks, passed = 4, Counter(), 0
    observer = await asyncpg.connect(asyncpg_dsn(settings.database_url))
    observing = asyncio.Lock()
    check_room = service._check_room

    async def queued_on_a_lock() -> int:
        async with observing:  # one statement at a time on the observer's connection
            return await observer.fetchval(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )

    async def check_room_then_wait_for_the_others(scope, worklog_id):
        # Forces the race: an upload that passed the check under the transaction waits until every
        # other upload has passed it too (no lock) or is queued on the entry's lock (the lock works).
        nonlocal passed
        await check_room(scope, worklog_id)
        checks[asyncio.current_task()] += 1
        if checks[asyncio.current_task()] == 1:
            return  # the early check, before the bytes are stored
        passed += 1
        async with asyncio.timeout(10):
            while passed + await queued_on_a_lock() < uploads:
                await asyncio.sleep(0.01)

    monkeypatch.setattr(service, "_check_room", check_room_then_wait_for_the_others)
    try:
        results = await asyncio.gather(
            *(
                service.attach_evidence(
                    scope,
                    user,
                    worklog.id,
                    filename=f"late{i}.pdf",
                    content_type="application/pdf",
                    data=PDF,
                    storage=storage,
                )
                for i in range(uploads)
            ),
            return_exceptions=True,
        )
    finally:
        await observer.close()
    refused = [r for r in results if isinstance(r, ServiceError)]
    assert [r for r in results if isinstance(r, BaseException) and not isinstance(r, ServiceError)] == []
    assert len(refused) == 3 and {r.code for r in refused} == {"TOO_MANY_FILES"}
    assert await Evidence.filter(worklog_id=worklog.id).count() == service.MAX_FILES_PER_WORKLOG
    assert len(await _keys(storage)) == 1  # the refused uploads' objects were removed again


async def test_an_upload_without_a_file_or_without_a_name_is_refused(client, gql, storage):
    from tests.worklogs.queries import UPLOAD

    user = await create_user()
    worklog = await create_worklog(user)
    token = await token_for(user)
    data = await gql.ok(UPLOAD, {"worklogId": str(worklog.id), "file": None}, token=token)
    assert data["uploadEvidence"]["errors"] == [
        {"field": "file", "message": "Attach a file (GraphQL multipart request).", "code": "FILE_REQUIRED"}
    ]
    payload = await upload(client, token, str(worklog.id), "../..", PDF, "application/pdf")
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [("file", "INVALID_FILENAME")]
    assert await Evidence.all().count() == 0
    assert await _keys(storage) == []
