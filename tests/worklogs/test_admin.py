from datetime import date, timedelta

from server.storage.local import LocalStorage
from server.tenants.models import Profile
from server.worklogs.models import Worklog
from server.worklogs.staff import fix_integrity_for_staff, integrity_report_for_staff
from tests.factories import create_staff, create_tenant, create_user, create_worklog, token_for

ADMIN_WORKLOGS = """query($userId: ID, $tenantId: ID, $first: Int, $after: String) { admin {
  worklogs(userId: $userId, tenantId: $tenantId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id content } }
  } } }"""
STATS = """{ admin { worklogStats { totalEntries usersWithEntries averagePerUser entriesLast7Days entriesLast30Days
  topEmployers { value count } topProjects { value count } topTags { value count } } } }"""
INTEGRITY = """{ admin { integrityReport { clean orphanedWorklogCount orphanedWorklogs { id reason }
  evidenceWithoutObjectCount objectWithoutRowCount objectsWithoutRows } } }"""
MOVE = """mutation($u: ID!, $t: ID!) { moveUserToTenant(userId: $u, tenantId: $t) { errors { code } } }"""


async def test_staff_list_any_tenants_worklogs_by_user_or_tenant(gql):
    ada, bob = await create_user(), await create_user()
    for i in range(3):
        await create_worklog(ada, content=f"ada {i}")
    await create_worklog(bob, content="bob 0")
    token = await token_for(await create_staff())
    everything = await gql.ok(ADMIN_WORKLOGS, {}, token=token)
    assert everything["admin"]["worklogs"]["totalCount"] == 4
    by_user = await gql.ok(ADMIN_WORKLOGS, {"userId": str(ada.id), "first": 2}, token=token)
    page = by_user["admin"]["worklogs"]
    assert page["totalCount"] == 3 and page["pageInfo"]["hasNextPage"]
    rest = await gql.ok(ADMIN_WORKLOGS, {"userId": str(ada.id), "after": page["pageInfo"]["endCursor"]}, token=token)
    assert len(rest["admin"]["worklogs"]["edges"]) == 1
    bob_tenant = (await Profile.get(user_id=bob.id)).tenant_id
    by_tenant = await gql.ok(ADMIN_WORKLOGS, {"tenantId": str(bob_tenant)}, token=token)
    assert [e["node"]["content"] for e in by_tenant["admin"]["worklogs"]["edges"]] == ["bob 0"]


async def test_worklog_stats_cover_the_whole_system(gql):
    ada, bob = await create_user(), await create_user()
    today = date.today()
    await create_worklog(ada, date=today, employer="Acme", project="Portal", tags=["python", "api"])
    await create_worklog(ada, date=today - timedelta(days=10), employer="Acme", tags=["python"])
    await create_worklog(bob, date=today - timedelta(days=100), employer="Globex", project="Portal")
    data = await gql.ok(STATS, token=await token_for(await create_staff()))
    s = data["admin"]["worklogStats"]
    assert (s["totalEntries"], s["usersWithEntries"], s["averagePerUser"]) == (3, 2, 1.5)
    assert (s["entriesLast7Days"], s["entriesLast30Days"]) == (1, 2)
    assert s["topEmployers"] == [{"value": "Acme", "count": 2}, {"value": "Globex", "count": 1}]
    assert s["topProjects"] == [{"value": "Portal", "count": 2}]
    assert s["topTags"][0] == {"value": "python", "count": 2}


async def test_integrity_report_finds_entries_left_in_another_tenant(gql):
    ada = await create_user()
    worklog = await create_worklog(ada)
    await Profile.filter(user_id=ada.id).update(tenant_id=(await create_tenant()).id)
    data = await gql.ok(INTEGRITY, token=await token_for(await create_staff()))
    r = data["admin"]["integrityReport"]
    assert r["clean"] is False and r["orphanedWorklogCount"] == 1
    assert r["orphanedWorklogs"] == [{"id": str(worklog.id), "reason": "user_in_other_tenant"}]


async def test_admin_worklog_fields_refuse_normal_users(gql):
    token = await token_for(await create_user())
    for query in (ADMIN_WORKLOGS, STATS, INTEGRITY):
        body = await gql(query, {}, token=token)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_moving_a_user_to_another_tenant_moves_their_worklogs(gql):
    ada = await create_user()
    await create_worklog(ada)
    await create_worklog(ada)
    target = await create_tenant()
    data = await gql.ok(MOVE, {"u": str(ada.id), "t": str(target.id)}, token=await token_for(await create_staff()))
    assert data["moveUserToTenant"]["errors"] == []
    assert await Worklog.filter(user_id=ada.id, tenant_id=target.id).count() == 2
    r = (await gql.ok(INTEGRITY, token=await token_for(await create_staff())))["admin"]["integrityReport"]
    assert r["orphanedWorklogCount"] == 0


async def test_integrity_report_names_entries_of_a_user_without_a_profile_and_the_fix_keeps_them(gql, tmp_path):
    ada = await create_user()
    worklog = await create_worklog(ada)
    await Profile.filter(user_id=ada.id).delete()
    data = await gql.ok(INTEGRITY, token=await token_for(await create_staff()))
    r = data["admin"]["integrityReport"]
    assert r["orphanedWorklogs"] == [{"id": str(worklog.id), "reason": "profile_missing"}]
    storage = LocalStorage(tmp_path)
    done = await fix_integrity_for_staff(storage, await integrity_report_for_staff(storage, limit=None))
    assert (done.worklogs_kept, done.worklogs_moved, done.worklogs_deleted) == (1, 0, 0)
    assert await Worklog.filter(id=worklog.id, tenant_id=worklog.tenant_id).exists()


async def test_integrity_fix_acts_only_on_the_entries_its_report_listed(app, tmp_path):
    ada, bob = await create_user(), await create_user()
    listed, later = await create_worklog(ada), await create_worklog(bob)
    ada_tenant, bob_tenant = await create_tenant(), await create_tenant()
    await Profile.filter(user_id=ada.id).update(tenant_id=ada_tenant.id)
    storage = LocalStorage(tmp_path)
    report = await integrity_report_for_staff(storage, limit=None)
    await Profile.filter(user_id=bob.id).update(tenant_id=bob_tenant.id)  # after the report was shown
    done = await fix_integrity_for_staff(storage, report)
    assert (done.worklogs_moved, done.worklogs_deleted, done.no_longer_found) == (1, 0, 0)
    assert (await Worklog.get(id=listed.id)).tenant_id == ada_tenant.id
    assert (await Worklog.get(id=later.id)).tenant_id == later.tenant_id
    assert [o.id for o in (await integrity_report_for_staff(storage)).orphaned_worklogs] == [later.id]


async def test_integrity_fix_leaves_listed_entries_alone_once_they_no_longer_need_it(app, tmp_path):
    ada, bob = await create_user(), await create_user()
    back, changed = await create_worklog(ada), await create_worklog(bob)
    for user in (ada, bob):
        await Profile.filter(user_id=user.id).update(tenant_id=(await create_tenant()).id)
    storage = LocalStorage(tmp_path)
    report = await integrity_report_for_staff(storage, limit=None)
    assert {o.reason for o in report.orphaned_worklogs} == {"user_in_other_tenant"}
    await Profile.filter(user_id=ada.id).update(tenant_id=back.tenant_id)  # repaired meanwhile
    await Profile.filter(user_id=bob.id).delete()  # wrong in another way now: not what was confirmed
    done = await fix_integrity_for_staff(storage, report)
    assert (done.worklogs_moved, done.worklogs_deleted, done.worklogs_kept, done.no_longer_found) == (0, 0, 0, 2)
    for worklog in (back, changed):
        assert (await Worklog.get(id=worklog.id)).tenant_id == worklog.tenant_id
