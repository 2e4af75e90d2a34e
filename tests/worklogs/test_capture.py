from datetime import timedelta

from server.tenants.models import Profile
from server.worklogs.models import Worklog
from server.worklogs.validation import today
from tests.factories import create_tenant, create_user, create_worklog, token_for
from tests.worklogs.queries import CREATE, DELETE, GET, UPDATE, entry


async def test_create_worklog_saves_entry_with_metadata_for_the_caller(gql):
    user = await create_user()
    token = await token_for(user)
    data = await gql.ok(
        CREATE,
        entry(
            "Fixed the flaky login test",
            employer="Acme",
            project="Portal",
            tags=["Testing", "ci ", "testing"],
            workType="bugfix",
            outcome="CI green",
        ),
        token=token,
    )
    payload = data["createWorklog"]
    assert payload["errors"] == []
    node = payload["worklog"]
    assert node["content"] == "Fixed the flaky login test"
    assert node["source"] == "MANUAL" and node["draft"] is False
    assert node["metadata"] == {
        "employer": "Acme",
        "project": "Portal",
        "tags": ["testing", "ci"],
        "workType": "bugfix",
        "outcome": "CI green",
    }
    assert node["evidence"] == []
    stored = await Worklog.get(id=node["id"])
    assert stored.user_id == user.id


async def test_update_worklog_changes_only_given_fields(gql):
    token = await token_for(await create_user())
    created = (await gql.ok(CREATE, entry("First draft", employer="Acme", tags=["a"]), token=token))["createWorklog"][
        "worklog"
    ]
    data = await gql.ok(
        UPDATE, {"id": created["id"], "input": {"content": "Final text", "metadata": {"project": "X"}}}, token=token
    )
    node = data["updateWorklog"]["worklog"]
    assert data["updateWorklog"]["errors"] == []
    assert node["content"] == "Final text"
    assert node["date"] == created["date"]
    assert node["metadata"]["employer"] == "Acme" and node["metadata"]["project"] == "X"
    assert node["metadata"]["tags"] == ["a"]


async def test_delete_worklog_removes_it(gql):
    token = await token_for(await create_user())
    created = (await gql.ok(CREATE, entry(), token=token))["createWorklog"]["worklog"]
    data = await gql.ok(DELETE, {"id": created["id"]}, token=token)
    assert data["deleteWorklog"] == {"deletedId": created["id"], "errors": []}
    assert await Worklog.all().count() == 0
    assert (await gql.ok(GET, {"id": created["id"]}, token=token))["worklog"] is None


async def test_worklog_operations_require_login(gql):
    body = await gql(CREATE, entry())
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await Worklog.all().count() == 0


async def test_bad_input_gets_specific_errors_and_saves_nothing(gql):
    token = await token_for(await create_user())
    too_far = (today() + timedelta(days=3)).isoformat()
    cases = [
        (entry(date=too_far), "DATE_IN_FUTURE", "date"),
        (entry(content="   "), "CONTENT_REQUIRED", "content"),
        (entry(content="x" * 20_001), "CONTENT_TOO_LONG", "content"),
        (entry(tags=[f"t{i}" for i in range(51)]), "TOO_MANY_TAGS", "metadata.tags"),
        (entry(tags=["ok", "<script>"]), "INVALID_TAG", "metadata.tags"),
        (entry(tags=["   "]), "INVALID_TAG", "metadata.tags"),
        (entry(employer="E" * 201), "INVALID_METADATA", "metadata.employer"),
        (entry(workType="w" * 51), "INVALID_METADATA", "metadata.workType"),
        (entry(outcome="o" * 2001), "INVALID_METADATA", "metadata.outcome"),
    ]
    for variables, code, field in cases:
        data = await gql.ok(CREATE, variables, token=token)
        errors = data["createWorklog"]["errors"]
        assert [(e["code"], e["field"]) for e in errors] == [(code, field)], variables["input"]
        assert data["createWorklog"]["worklog"] is None
    assert await Worklog.all().count() == 0


async def test_tomorrow_is_accepted_for_time_zones_ahead_of_utc(gql):
    token = await token_for(await create_user())
    tomorrow = (today() + timedelta(days=1)).isoformat()  # the server's day is UTC's, not the machine's
    data = await gql.ok(CREATE, entry(date=tomorrow), token=token)
    assert data["createWorklog"]["errors"] == []
    assert data["createWorklog"]["worklog"]["date"] == tomorrow


async def test_malformed_date_is_a_validation_error(gql):
    token = await token_for(await create_user())
    body = await gql(CREATE, entry(date="2026-13-45"), token=token)
    assert body["data"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["GRAPHQL_VALIDATION_FAILED"]
    assert "'$input' has invalid value at .date" in body["errors"][0]["message"]
    assert await Worklog.all().count() == 0


async def test_refused_update_changes_nothing(gql):
    token = await token_for(await create_user())
    created = (await gql.ok(CREATE, entry("Keep me", tags=["a"]), token=token))["createWorklog"]["worklog"]
    for patch, code in [
        ({"content": ""}, "CONTENT_REQUIRED"),
        ({"metadata": {"tags": ["bad!tag"]}}, "INVALID_TAG"),
        ({"date": (today() + timedelta(days=5)).isoformat()}, "DATE_IN_FUTURE"),
    ]:
        data = await gql.ok(UPDATE, {"id": created["id"], "input": patch}, token=token)
        assert [e["code"] for e in data["updateWorklog"]["errors"]] == [code]
    stored = await Worklog.get(id=created["id"])
    assert stored.content == "Keep me" and stored.tags == ["a"] and stored.date.isoformat() == created["date"]


async def test_malformed_id_is_refused(gql):
    token = await token_for(await create_user())
    data = await gql.ok(UPDATE, {"id": "not-a-uuid", "input": {"content": "x"}}, token=token)
    assert data["updateWorklog"]["errors"][0]["code"] == "INVALID_ID"


async def test_an_entry_left_in_another_tenant_is_not_found_by_its_own_user(gql):
    """Entries are scoped by tenant and user: an entry of the user's former tenant (an unfinished move,
    which the integrity check reports as user_in_other_tenant) is not readable from the new one."""
    user = await create_user()
    worklog = await create_worklog(user, content="written in the old tenant")
    token = await token_for(user)
    assert (await gql.ok(GET, {"id": str(worklog.id)}, token=token))["worklog"][
        "content"
    ] == "written in the old tenant"
    await Profile.filter(user_id=user.id).update(tenant_id=(await create_tenant()).id)
    assert (await gql.ok(GET, {"id": str(worklog.id)}, token=token))["worklog"] is None
