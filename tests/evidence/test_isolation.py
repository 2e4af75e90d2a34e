"""A user never sees, changes or counts another tenant's entries or files."""

from urllib.parse import urlsplit

from server.evidence.models import Evidence
from server.worklogs.models import Worklog
from tests.evidence.conftest import upload
from tests.factories import create_user, create_worklog, token_for
from tests.worklogs.queries import (
    DELETE,
    DELETE_EVIDENCE,
    EXPORT,
    GET,
    LIST,
    SUGGESTIONS,
    UPDATE,
)

PDF = b"%PDF-1.7 secret report"


async def two_tenants(client):
    alice, mallory = await create_user(), await create_user()
    secret = await create_worklog(alice, content="Confidential merger plan", employer="Initech", tags=["secret"])
    alice_token, mallory_token = await token_for(alice), await token_for(mallory)
    payload = await upload(client, alice_token, str(secret.id), "plan.pdf", PDF, "application/pdf")
    await create_worklog(mallory, content="Mallory's own entry")
    return secret, payload["evidence"], alice_token, mallory_token


async def test_other_tenants_entries_are_invisible_in_every_read(client, gql, storage):
    secret, evidence, _, token = await two_tenants(client)
    assert (await gql.ok(GET, {"id": str(secret.id)}, token=token))["worklog"] is None
    data = await gql.ok(LIST, {}, token=token)
    assert data["worklogs"]["totalCount"] == 1
    assert [e["node"]["content"] for e in data["worklogs"]["edges"]] == ["Mallory's own entry"]
    for flt in ({"search": "merger"}, {"employer": "Initech"}, {"tag": "secret"}):
        data = await gql.ok(LIST, {"filter": flt}, token=token)
        assert data["worklogs"]["totalCount"] == 0 and data["worklogs"]["edges"] == []
    s = (await gql.ok(SUGGESTIONS, token=token))["worklogSuggestions"]
    assert "Initech" not in [e["value"] for e in s["employers"]]
    assert "secret" not in [t["value"] for t in s["tags"]]
    exported = (await gql.ok(EXPORT, {"format": "JSON"}, token=token))["exportWorklogs"]
    assert "merger" not in exported


async def test_other_tenants_entries_cannot_be_changed_or_deleted(client, gql, storage):
    secret, evidence, _, token = await two_tenants(client)
    data = await gql.ok(UPDATE, {"id": str(secret.id), "input": {"content": "pwned"}}, token=token)
    assert [e["code"] for e in data["updateWorklog"]["errors"]] == ["NOT_FOUND"]
    data = await gql.ok(DELETE, {"id": str(secret.id)}, token=token)
    assert [e["code"] for e in data["deleteWorklog"]["errors"]] == ["NOT_FOUND"]
    data = await gql.ok(DELETE_EVIDENCE, {"id": evidence["id"]}, token=token)
    assert [e["code"] for e in data["deleteEvidence"]["errors"]] == ["NOT_FOUND"]
    await secret.refresh_from_db()
    assert secret.content == "Confidential merger plan"
    assert await Evidence.filter(id=evidence["id"]).count() == 1


async def test_files_cannot_be_attached_to_another_tenants_entry(client, storage):
    secret, _, _, token = await two_tenants(client)
    payload = await upload(client, token, str(secret.id), "x.pdf", PDF, "application/pdf")
    assert [e["code"] for e in payload["errors"]] == ["NOT_FOUND"]
    assert await Evidence.filter(worklog_id=secret.id).count() == 1
    assert len([k async for k in storage.list_keys("evidence/")]) == 1


async def test_guessed_ids_and_object_keys_download_nothing(client, storage):
    secret, evidence, _, token = await two_tenants(client)
    row = await Evidence.get(id=evidence["id"])
    guesses = [
        f"/api/evidence/{evidence['id']}",
        f"/api/evidence/{evidence['id']}?expires=99999999999&signature=00",
        f"/api/evidence/{row.object_key}",
        f"/api/evidence/{row.object_key.replace('/', '%2F')}",
        f"/api/evidence/..%2F..%2F{row.object_key}",
    ]
    for path in guesses:
        response = await client.get(path, headers={"authorization": f"Bearer {token}"})
        assert response.status_code == 404, path
        assert PDF not in response.content
    # A signed URL of one file does not open another.
    parts = urlsplit(evidence["downloadUrl"])
    other = await create_worklog(await create_user())
    assert (await client.get(f"/api/evidence/{other.id}?{parts.query}")).status_code == 404


async def test_staff_user_from_another_tenant_sees_nothing_through_user_fields(client, gql, storage):
    from tests.factories import create_staff

    secret, _, _, _ = await two_tenants(client)
    staff_token = await token_for(await create_staff())
    assert (await gql.ok(GET, {"id": str(secret.id)}, token=staff_token))["worklog"] is None
    assert (await gql.ok(LIST, {}, token=staff_token))["worklogs"]["totalCount"] == 0
    assert await Worklog.all().count() == 2


async def test_importing_another_tenants_entry_id_neither_reveals_nor_touches_it(client, gql, storage):
    import json

    from tests.worklogs.queries import IMPORT

    secret, _, _, token = await two_tenants(client)
    data = json.dumps([{"id": str(secret.id), "date": "2026-01-01", "content": "Mallory's copy"}])
    result = await gql.ok(IMPORT, {"input": {"format": "JSON", "data": data}}, token=token)
    assert result["importWorklogs"] == {"created": 1, "skipped": 0, "errors": []}
    await secret.refresh_from_db()
    assert secret.content == "Confidential merger plan"
    assert await Worklog.filter(id=secret.id).count() == 1
