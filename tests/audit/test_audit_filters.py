"""Staff audit log: filters by type prefix, date range and target name; targets read by name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from server.audit.models import AuditEvent
from tests.factories import create_passkey, create_staff, create_tenant, create_user, error_codes, token_for

AUDIT = """query($prefix: String, $since: DateTime, $until: DateTime, $target: String) {
  admin { auditEvents(eventTypePrefix: $prefix, since: $since, until: $until, target: $target) {
    edges { node { eventType targetType targetName } } totalCount } } }"""


async def event(event_type: str, target_type: str, target_id, *, days_ago: int = 0) -> None:
    e = await AuditEvent.create(
        event_type=event_type, target_type=target_type, target_id=str(target_id), actor_username="root"
    )
    await AuditEvent.filter(id=e.id).update(created_at=datetime.now(UTC) - timedelta(days=days_ago))


def types(data) -> list[str]:
    return [e["node"]["eventType"] for e in data["admin"]["auditEvents"]["edges"]]


async def test_filters_by_type_prefix_date_range_and_target_name(gql):
    token = await token_for(await create_staff(username="root"))
    ada = await create_user(username="ada", email="ada@lovelace.org")
    acme = await create_tenant(name="Acme Engines")
    _, invite = await create_passkey()
    await event("admin.user_disabled", "user", ada.id, days_ago=10)
    await event("admin.password_reset", "user", ada.id, days_ago=1)
    await event("billing.reserve_adjusted", "tenant", acme.id, days_ago=1)
    await event("passkey.created", "passkey", invite.id, days_ago=0)

    assert sorted(types(await gql.ok(AUDIT, {"prefix": "admin."}, token=token))) == [
        "admin.password_reset",
        "admin.user_disabled",
    ]
    since = (datetime.now(UTC) - timedelta(days=3)).isoformat()
    assert sorted(types(await gql.ok(AUDIT, {"prefix": "admin.", "since": since}, token=token))) == [
        "admin.password_reset"
    ]
    until = (datetime.now(UTC) - timedelta(days=5)).isoformat()
    assert types(await gql.ok(AUDIT, {"until": until}, token=token)) == ["admin.user_disabled"]
    assert sorted(types(await gql.ok(AUDIT, {"target": "lovelace"}, token=token))) == [
        "admin.password_reset",
        "admin.user_disabled",
    ]
    assert types(await gql.ok(AUDIT, {"target": "acme"}, token=token)) == ["billing.reserve_adjusted"]

    named = {
        e["node"]["eventType"]: e["node"]["targetName"]
        for e in (await gql.ok(AUDIT, {}, token=token))["admin"]["auditEvents"]["edges"]
    }
    assert named == {
        "admin.user_disabled": "ada",
        "admin.password_reset": "ada",
        "billing.reserve_adjusted": "Acme Engines",
        "passkey.created": f"{invite.prefix}…",
    }


async def test_a_range_that_ends_before_it_starts_is_refused(gql):
    token = await token_for(await create_staff())
    now = datetime.now(UTC)
    body = await gql(AUDIT, {"since": now.isoformat(), "until": (now - timedelta(days=1)).isoformat()}, token=token)
    assert error_codes(body) == ["BAD_REQUEST"]
    assert body["errors"][0]["extensions"]["reason"] == "INVALID_DATE_RANGE"


async def test_target_names_of_a_page_are_read_in_one_query_per_kind(gql):
    from tortoise import connections

    token = await token_for(await create_staff(username="root"))
    for _ in range(5):
        user = await create_user()
        await event("admin.password_reset", "user", user.id)
    conn = connections.get("default")
    calls = []
    original = conn.execute_query

    async def counting(query, values=None):
        calls.append(query)
        return await original(query, values)

    conn.execute_query = counting
    try:
        data = await gql.ok(AUDIT, {}, token=token)
    finally:
        conn.execute_query = original
    assert len(data["admin"]["auditEvents"]["edges"]) == 5
    assert len([q for q in calls if "IN (" in q and '"username"' in q]) == 1
