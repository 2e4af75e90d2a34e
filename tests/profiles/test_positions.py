"""Employment history through the API: the owner's alone, validated, audited."""

import pytest

from server.audit.models import AuditEvent
from server.profiles.models import Position
from tests.factories import create_staff, create_user, token_for
from tests.profiles.queries import CREATE, DELETE, ME, UPDATE

ACME = {"employer": "Acme", "title": "Engineer", "start": "2022-01-01", "end": "2024-06-30"}


async def create(gql, token, **fields):
    data = await gql.ok(CREATE, {"input": {**ACME, **fields}}, token=token)
    assert data["createPosition"]["errors"] == []
    return data["createPosition"]["position"]


async def test_positions_are_created_listed_current_first_and_audited(gql):
    user = await create_user()
    token = await token_for(user)
    old = await create(gql, token)
    current = await create(
        gql, token, employer="  Globex   Corp ", title="Staff Engineer", start="2024-07-01", end=None
    )
    assert (current["employer"], current["end"], current["current"]) == ("Globex Corp", None, True)
    me = (await gql.ok(ME, token=token))["me"]
    assert [p["id"] for p in me["positions"]] == [current["id"], old["id"]]
    assert me["confidentialTerms"] == []
    event = await AuditEvent.get(event_type="profile.position_created", target_id=current["id"])
    assert (event.actor_id, event.tenant_id) == (user.id, (await Position.get(id=current["id"])).tenant_id)
    assert event.after == {"employer": "Globex Corp", "title": "Staff Engineer", "start": "2024-07-01", "end": None}


async def test_update_replaces_the_fields_and_delete_removes_the_position(gql):
    token = await token_for(await create_user())
    created = await create(gql, token)
    data = await gql.ok(
        UPDATE, {"id": created["id"], "input": {"employer": "Acme", "start": "2022-02-01"}}, token=token
    )
    assert data["updatePosition"]["errors"] == []
    updated = data["updatePosition"]["position"]
    assert (updated["title"], updated["start"], updated["end"], updated["current"]) == ("", "2022-02-01", None, True)
    event = await AuditEvent.get(event_type="profile.position_updated")
    assert event.before["title"] == "Engineer" and event.after["title"] == ""

    data = await gql.ok(DELETE, {"id": created["id"]}, token=token)
    assert data["deletePosition"] == {"deletedId": created["id"], "errors": []}
    assert await Position.filter(id=created["id"]).count() == 0
    assert (await AuditEvent.get(event_type="profile.position_deleted")).before["employer"] == "Acme"


async def test_another_users_position_is_not_found_and_nothing_changes(gql):
    owner_token = await token_for(await create_user())
    position = await create(gql, owner_token)
    intruder = await token_for(await create_user())
    update = await gql.ok(UPDATE, {"id": position["id"], "input": {**ACME, "employer": "Mine now"}}, token=intruder)
    assert [(e["field"], e["code"]) for e in update["updatePosition"]["errors"]] == [("id", "NOT_FOUND")]
    delete = await gql.ok(DELETE, {"id": position["id"]}, token=intruder)
    assert [e["code"] for e in delete["deletePosition"]["errors"]] == ["NOT_FOUND"]
    stored = await Position.get(id=position["id"])
    assert stored.employer == "Acme"
    assert (await gql.ok(ME, token=intruder))["me"]["positions"] == []
    assert await AuditEvent.filter(event_type__in=["profile.position_updated", "profile.position_deleted"]).count() == 0


async def test_staff_cannot_read_another_users_positions(gql):
    user = await create_user()
    await create(gql, await token_for(user))
    staff_token = await token_for(await create_staff())
    body = await gql(
        "query($s: String) { admin { users(search: $s) { edges { node { username positions { id } } } } } }",
        {"s": user.username},
        token=staff_token,
    )
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        ({"employer": "   "}, "employer", "EMPLOYER_REQUIRED"),
        ({"employer": "x" * 201}, "employer", "EMPLOYER_TOO_LONG"),
        ({"title": "x" * 201}, "title", "TITLE_TOO_LONG"),
        ({"start": "2024-01-01", "end": "2023-12-31"}, "end", "INVALID_DATE_RANGE"),
        ({"start": "1800-01-01"}, "start", "DATE_OUT_OF_RANGE"),
        ({"employer": "Acme\x00"}, "employer", "INVALID_TEXT"),
    ],
)
async def test_bad_positions_are_refused_with_their_code_and_nothing_is_saved(gql, fields, field, code):
    token = await token_for(await create_user())
    existing = await create(gql, token)
    created = await gql.ok(CREATE, {"input": {**ACME, **fields}}, token=token)
    assert [(e["field"], e["code"]) for e in created["createPosition"]["errors"]] == [(field, code)]
    updated = await gql.ok(UPDATE, {"id": existing["id"], "input": {**ACME, **fields}}, token=token)
    assert [(e["field"], e["code"]) for e in updated["updatePosition"]["errors"]] == [(field, code)]
    assert [p["employer"] for p in (await gql.ok(ME, token=token))["me"]["positions"]] == ["Acme"]
    assert await AuditEvent.filter(event_type="profile.position_updated").count() == 0


async def test_the_hundred_and_first_position_is_refused(gql, monkeypatch):
    from server.profiles import service

    monkeypatch.setattr(service, "MAX_POSITIONS", 2)
    token = await token_for(await create_user())
    await create(gql, token)
    await create(gql, token)
    data = await gql.ok(CREATE, {"input": ACME}, token=token)
    assert [e["code"] for e in data["createPosition"]["errors"]] == ["TOO_MANY_POSITIONS"]
    assert len((await gql.ok(ME, token=token))["me"]["positions"]) == 2


async def test_an_invalid_id_is_refused(gql):
    token = await token_for(await create_user())
    data = await gql.ok(DELETE, {"id": "not-an-id"}, token=token)
    assert [e["code"] for e in data["deletePosition"]["errors"]] == ["INVALID_ID"]


async def test_anonymous_callers_are_refused(gql):
    body = await gql(CREATE, {"input": ACME})
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_positions_and_terms_follow_a_user_moved_to_another_tenant(gql):
    from server.profiles.models import ConfidentialTerms
    from tests.factories import create_tenant
    from tests.profiles.queries import SET_TERMS

    user = await create_user()
    token = await token_for(user)
    await create(gql, token)
    await gql.ok(SET_TERMS, {"terms": ["Acme"]}, token=token)
    target = await create_tenant()
    superuser = await create_user(is_staff=True, is_superuser=True)
    data = await gql.ok(
        "mutation($u: ID!, $t: ID!) { moveUserToTenant(userId: $u, tenantId: $t) { errors { code } } }",
        {"u": str(user.id), "t": str(target.id)},
        token=await token_for(superuser),
    )
    assert data["moveUserToTenant"]["errors"] == []
    assert [p.tenant_id for p in await Position.filter(user_id=user.id)] == [target.id]
    assert (await ConfidentialTerms.get(user_id=user.id)).tenant_id == target.id
    moved = await AuditEvent.get(event_type="admin.user_moved")
    assert moved.after["moved"]["positions"] == 1 and moved.after["moved"]["confidential_terms"] == 1


async def test_positions_reach_generation_as_the_generators_positions(gql):
    from datetime import date

    from server.llm.base import Position as GenerationPosition
    from server.profiles.service import positions_for_generation
    from tests.factories import scope_of

    user = await create_user()
    token = await token_for(user)
    await create(gql, token)
    await create(gql, token, employer="Globex", title="Staff Engineer", start="2024-07-01", end=None)
    assert await positions_for_generation(await scope_of(user)) == [
        GenerationPosition("Globex", "Staff Engineer", date(2024, 7, 1), None),
        GenerationPosition("Acme", "Engineer", date(2022, 1, 1), date(2024, 6, 30)),
    ]
