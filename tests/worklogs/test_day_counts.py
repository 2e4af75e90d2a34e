"""Date-range totals come from per-day counts kept by a trigger; they must always equal a real count."""

from datetime import date

from tortoise import Tortoise

from server.worklogs.models import Worklog
from tests.factories import create_staff, create_tenant, create_user, create_worklog, token_for

TOTAL = "query($f: WorklogFilter) { worklogs(first: 1, filter: $f) { totalCount } }"


async def rollup_matches_entries() -> None:
    conn = Tortoise.get_connection("default")
    counted = await conn.execute_query_dict(
        "SELECT tenant_id, user_id, date, count(*)::int AS n FROM worklog GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
    )
    rolled = await conn.execute_query_dict(
        "SELECT tenant_id, user_id, date, n FROM worklog_day_count WHERE n > 0 ORDER BY 1, 2, 3"
    )
    assert rolled == counted


async def test_totals_follow_creates_date_changes_deletes_and_moves(gql):
    tenant = await create_tenant()
    ada = await create_user(username="ada", tenant=tenant)
    token = await token_for(ada)
    entries = [await create_worklog(ada, date=date(2026, 3, d)) for d in (1, 1, 2, 15, 28)]
    march = {"f": {"startDate": "2026-03-01", "endDate": "2026-03-14"}}
    assert (await gql.ok(TOTAL, march, token=token))["worklogs"]["totalCount"] == 3
    await rollup_matches_entries()

    await gql.ok(
        'mutation($id: ID!) { updateWorklog(id: $id, input: {date: "2026-03-20"}) { errors { code } } }',
        {"id": str(entries[0].id)},
        token=token,
    )
    await gql.ok(
        "mutation($id: ID!) { deleteWorklog(id: $id) { errors { code } } }", {"id": str(entries[2].id)}, token=token
    )
    assert (await gql.ok(TOTAL, march, token=token))["worklogs"]["totalCount"] == 1
    assert (await gql.ok(TOTAL, {"f": None}, token=token))["worklogs"]["totalCount"] == 4
    await rollup_matches_entries()

    staff = await token_for(await create_staff())
    other = await create_tenant()
    await gql.ok(
        "mutation($u: ID!, $t: ID!) { moveUserToTenant(userId: $u, tenantId: $t) { errors { code } } }",
        {"u": str(ada.id), "t": str(other.id)},
        token=staff,
    )
    await rollup_matches_entries()
    assert await Worklog.filter(tenant_id=other.id).count() == 4
    moved_token = await token_for(ada)
    assert (await gql.ok(TOTAL, {"f": None}, token=moved_token))["worklogs"]["totalCount"] == 4


async def test_filtered_totals_still_count_the_entries(gql):
    ada = await create_user(username="ada")
    token = await token_for(ada)
    await create_worklog(ada, date=date(2026, 3, 1), employer="Acme")
    await create_worklog(ada, date=date(2026, 3, 2), employer="Initech")
    body = await gql.ok(TOTAL, {"f": {"startDate": "2026-03-01", "employer": "Acme"}}, token=token)
    assert body["worklogs"]["totalCount"] == 1
