"""A user never sees, changes or counts another user's entries or files: one of another tenant, nor
a colleague in the same tenant (entries are private to the user who wrote them)."""

import json
from datetime import date
from urllib.parse import urlsplit

import pytest

from server.evidence.models import Evidence
from server.worklogs.models import Worklog
from tests.evidence.conftest import upload
from tests.factories import create_tenant, create_user, create_worklog, token_for
from tests.worklogs.queries import (
    CREATE,
    DELETE,
    DELETE_EVIDENCE,
    EXPORT,
    GET,
    IMPORT,
    LIST,
    SUGGESTIONS,
    UPDATE,
    entry,
)

PDF = b"%PDF-1.7 secret report"


@pytest.fixture(params=["another_tenant", "same_tenant"])
def same_tenant(request) -> bool:
    """Whether Mallory works in Alice's tenant: every check holds either way."""
    return request.param == "same_tenant"


async def alice_and_mallory(*, same_tenant: bool):
    tenant = await create_tenant()
    return await create_user(tenant=tenant), await create_user(tenant=tenant if same_tenant else None)


async def two_tenants(client, *, same_tenant: bool = False):
    alice, mallory = await alice_and_mallory(same_tenant=same_tenant)
    secret = await create_worklog(
        alice, content="Confidential merger plan", employer="Initech", tags=["secret"], date=date(2026, 1, 5)
    )
    alice_token, mallory_token = await token_for(alice), await token_for(mallory)
    payload = await upload(client, alice_token, str(secret.id), "plan.pdf", PDF, "application/pdf")
    await create_worklog(mallory, content="Mallory's own entry")
    return secret, payload["evidence"], alice_token, mallory_token


async def test_another_users_entries_are_invisible_in_every_read(client, gql, storage, same_tenant):
    secret, _evidence, _, token = await two_tenants(client, same_tenant=same_tenant)
    assert (await gql.ok(GET, {"id": str(secret.id)}, token=token))["worklog"] is None
    data = await gql.ok(LIST, {}, token=token)
    assert data["worklogs"]["totalCount"] == 1
    assert [e["node"]["content"] for e in data["worklogs"]["edges"]] == ["Mallory's own entry"]
    for flt in (
        {"search": "merger"},
        {"employer": "Initech"},
        {"tag": "secret"},
        {"startDate": "2026-01-05", "endDate": "2026-01-05"},
    ):
        data = await gql.ok(LIST, {"filter": flt}, token=token)
        assert data["worklogs"]["totalCount"] == 0 and data["worklogs"]["edges"] == []
    s = (await gql.ok(SUGGESTIONS, token=token))["worklogSuggestions"]
    assert "Initech" not in [e["value"] for e in s["employers"]]
    assert "secret" not in [t["value"] for t in s["tags"]]
    exported = (await gql.ok(EXPORT, {"format": "JSON"}, token=token))["exportWorklogs"]
    assert "merger" not in exported


async def test_another_users_entries_cannot_be_changed_or_deleted(client, gql, storage, same_tenant):
    secret, evidence, _, token = await two_tenants(client, same_tenant=same_tenant)
    data = await gql.ok(UPDATE, {"id": str(secret.id), "input": {"content": "pwned"}}, token=token)
    assert [e["code"] for e in data["updateWorklog"]["errors"]] == ["NOT_FOUND"]
    data = await gql.ok(DELETE, {"id": str(secret.id)}, token=token)
    assert [e["code"] for e in data["deleteWorklog"]["errors"]] == ["NOT_FOUND"]
    data = await gql.ok(DELETE_EVIDENCE, {"id": evidence["id"]}, token=token)
    assert [e["code"] for e in data["deleteEvidence"]["errors"]] == ["NOT_FOUND"]
    await secret.refresh_from_db()
    assert secret.content == "Confidential merger plan"
    assert await Evidence.filter(id=evidence["id"]).count() == 1


async def test_files_cannot_be_attached_to_another_users_entry(client, storage, same_tenant):
    secret, _, _, token = await two_tenants(client, same_tenant=same_tenant)
    payload = await upload(client, token, str(secret.id), "x.pdf", PDF, "application/pdf")
    assert [e["code"] for e in payload["errors"]] == ["NOT_FOUND"]
    assert await Evidence.filter(worklog_id=secret.id).count() == 1
    assert len([k async for k in storage.list_keys("evidence/")]) == 1


async def test_guessed_ids_and_object_keys_download_nothing(client, storage, same_tenant):
    _secret, evidence, _, token = await two_tenants(client, same_tenant=same_tenant)
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


async def test_importing_another_users_entry_id_neither_reveals_nor_touches_it(client, gql, storage, same_tenant):
    secret, _, _, token = await two_tenants(client, same_tenant=same_tenant)
    data = json.dumps([{"id": str(secret.id), "date": "2026-01-01", "content": "Mallory's copy"}])
    result = await gql.ok(IMPORT, {"input": {"format": "JSON", "data": data}}, token=token)
    assert result["importWorklogs"] == {"created": 1, "skipped": 0, "errors": []}
    await secret.refresh_from_db()
    assert secret.content == "Confidential merger plan"
    assert await Worklog.filter(id=secret.id).count() == 1


async def test_importing_an_exact_copy_of_another_users_entry_creates_it(gql, same_tenant):
    alice, mallory = await alice_and_mallory(same_tenant=same_tenant)
    alice_token, mallory_token = await token_for(alice), await token_for(mallory)
    created = await gql.ok(
        CREATE,
        entry(
            "Confidential merger plan",
            date="2026-01-05",
            employer="Initech",
            project="Atlas",
            tags=["secret"],
            workType="planning",
            outcome="Signed",
        ),
        token=alice_token,
    )
    original = created["createWorklog"]["worklog"]
    # Alice's own export: the same id, date, content and metadata, byte for byte.
    copy = (await gql.ok(EXPORT, {"format": "JSON"}, token=alice_token))["exportWorklogs"]
    assert [w["id"] for w in json.loads(copy)["worklogs"]] == [original["id"]]
    imported = {"input": {"format": "JSON", "data": copy}}
    # "skipped" would tell Mallory that the entry exists somewhere.
    assert (await gql.ok(IMPORT, imported, token=mallory_token))["importWorklogs"] == {
        "created": 1,
        "skipped": 0,
        "errors": [],
    }
    assert (await gql.ok(IMPORT, imported, token=mallory_token))["importWorklogs"]["skipped"] == 1
    assert (await gql.ok(IMPORT, imported, token=alice_token))["importWorklogs"]["skipped"] == 1
    theirs = (await gql.ok(LIST, {}, token=mallory_token))["worklogs"]["edges"]
    assert [e["node"]["id"] for e in theirs] != [original["id"]] and len(theirs) == 1
    assert (await gql.ok(GET, {"id": original["id"]}, token=alice_token))["worklog"] == original
    assert await Worklog.filter(user_id=alice.id).count() == 1


async def test_filtered_and_searched_exports_hold_only_the_callers_entries(gql, same_tenant):
    alice, mallory = await alice_and_mallory(same_tenant=same_tenant)
    for user, content in ((alice, "Confidential merger plan"), (mallory, "Mallory's merger notes")):
        await create_worklog(
            user, content=content, employer="Initech", project="Atlas", tags=["secret"], date=date(2026, 1, 5)
        )
    token = await token_for(mallory)
    filters = [
        {"search": "merger"},
        {"search": "Initech"},
        {"employer": "Initech"},
        {"project": "Atlas"},
        {"tag": "secret"},
        {"startDate": "2026-01-05", "endDate": "2026-01-05"},
    ]
    for flt in filters:
        exported = (await gql.ok(EXPORT, {"format": "JSON", "filter": flt}, token=token))["exportWorklogs"]
        assert [w["content"] for w in json.loads(exported)["worklogs"]] == ["Mallory's merger notes"], flt
        for fmt in ("CSV", "MARKDOWN"):
            exported = (await gql.ok(EXPORT, {"format": fmt, "filter": flt}, token=token))["exportWorklogs"]
            assert "Mallory's merger notes" in exported and "Confidential" not in exported, (fmt, flt)
