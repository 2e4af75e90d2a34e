"""Inputs that used to reach PostgreSQL or Python unchecked answer a coded error, never INTERNAL or a 500.

Text arguments refuse control characters (INVALID_TEXT), dates and date-times outside 1900-01-01 … 2100-12-31
refuse with DATE_OUT_OF_RANGE: as a UserError in a mutation's payload, as BAD_REQUEST (reason = the code) on a query.
"""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncGenerator

import pytest
import strawberry

from server.auth.models import User
from server.billing.models import LedgerEntry
from server.graphql.inputs import InputGuard, guard_arguments
from server.invitations.models import InvitePasskey
from server.worklogs.models import Worklog
from tests.factories import create_reserve, create_staff, create_tenant, create_user, create_worklog, token_for

NUL = "x\u0000y"


def bad_request(body: dict) -> tuple[str, str | None, str | None]:
    """(code, reason, field) of the only error of a query answer."""
    assert body.get("data") is None or "errors" in body, body
    (error,) = body["errors"]
    ext = error.get("extensions") or {}
    return ext.get("code"), ext.get("reason"), ext.get("field")


def user_errors(payload: dict) -> list[tuple[str, str | None]]:
    return [(e["code"], e["field"]) for e in payload["errors"]]


@pytest.fixture
async def staff_token():
    return await token_for(await create_staff())


# --- control characters in text arguments ------------------------------------------------------------------------


async def test_nul_in_login_username_is_a_user_error(gql):
    data = await gql.ok(
        'mutation($u: String!) { login(input: {username: $u, password: "pw"}) { token errors { code field } } }',
        {"u": NUL},
    )
    assert data["login"]["token"] is None
    assert user_errors(data["login"]) == [("INVALID_TEXT", "username")]


async def test_nul_in_a_literal_argument_is_refused_too(gql):
    data = await gql.ok('mutation { login(input: {username: "x\\u0000y", password: "pw"}) { errors { code field } } }')
    assert user_errors(data["login"]) == [("INVALID_TEXT", "username")]


@pytest.mark.parametrize(
    ("query", "variables", "field"),
    [
        ("query($s: String) { admin { users(search: $s) { totalCount } } }", {"s": NUL}, "search"),
        ("query($s: String) { admin { auditEvents(eventType: $s) { totalCount } } }", {"s": NUL}, "eventType"),
        ("query($s: String) { admin { billingAccounts(search: $s) { totalCount } } }", {"s": NUL}, "search"),
        ("query($s: String) { worklogs(filter: {search: $s}) { totalCount } }", {"s": "a\u0007b"}, "filter.search"),
    ],
    ids=["users-search", "auditEvents-eventType", "billingAccounts-search", "worklogs-filter-search"],
)
async def test_control_characters_in_query_arguments_are_bad_requests(gql, staff_token, query, variables, field):
    body = await gql(query, variables, token=staff_token)
    assert bad_request(body) == ("BAD_REQUEST", "INVALID_TEXT", field)


async def test_nul_in_invite_notes_is_a_user_error_and_creates_nothing(gql, staff_token):
    data = await gql.ok(
        "mutation($n: String!) { createInvitePasskey(input: {notes: $n}) { passkey errors { code field } } }",
        {"n": NUL},
        token=staff_token,
    )
    assert data["createInvitePasskey"]["passkey"] is None
    assert user_errors(data["createInvitePasskey"]) == [("INVALID_TEXT", "notes")]
    assert await InvitePasskey.all().count() == 0


async def test_nul_in_full_name_is_a_user_error_and_changes_nothing(gql, staff_token):
    user = await create_user(full_name="Ada")
    data = await gql.ok(
        "mutation($id: ID!, $n: String!) { updateUser(userId: $id, input: {fullName: $n}) { errors { code field } } }",
        {"id": str(user.id), "n": NUL},
        token=staff_token,
    )
    assert user_errors(data["updateUser"]) == [("INVALID_TEXT", "fullName")]
    assert (await User.get(id=user.id)).full_name == "Ada"


@pytest.mark.parametrize(
    ("reason", "key", "field"),
    [
        (NUL, None, "reason"),
        ("bonus", NUL, "idempotencyKey"),
        ("line one\nline two", None, "reason"),
    ],
    ids=["nul-in-reason", "nul-in-idempotency-key", "newline-in-one-line-reason"],
)
async def test_control_characters_in_adjust_reserve_are_user_errors(gql, staff_token, reason, key, field):
    tenant = await create_tenant()
    await create_reserve(tenant)
    data = await gql.ok(
        """mutation($t: ID!, $r: String!, $k: String) {
        adjustReserve(input: {tenantId: $t, amountCents: 100, reason: $r, idempotencyKey: $k}) { entry { id } errors { code field } } }""",
        {"t": str(tenant.id), "r": reason, "k": key},
        token=staff_token,
    )
    assert user_errors(data["adjustReserve"]) == [("INVALID_TEXT", field)]
    assert await LedgerEntry.filter(type="adjustment").count() == 0


async def test_multi_line_fields_keep_newlines_and_tabs(gql):
    user = await create_user()
    token = await token_for(user)
    data = await gql.ok(
        """mutation($c: String!, $o: String) {
        createWorklog(input: {date: "2024-03-01", content: $c, metadata: {outcome: $o}}) { worklog { content } errors { code } } }""",
        {"c": "first line\r\n\tsecond line", "o": "shipped\nmeasured"},
        token=token,
    )
    assert data["createWorklog"]["errors"] == []
    assert data["createWorklog"]["worklog"]["content"].startswith("first line")


async def test_multi_line_fields_still_refuse_nul(gql):
    token = await token_for(await create_user())
    data = await gql.ok(
        'mutation($c: String!) { createWorklog(input: {date: "2024-03-01", content: $c}) { errors { code field } } }',
        {"c": "did\u0000things"},
        token=token,
    )
    assert user_errors(data["createWorklog"]) == [("INVALID_TEXT", "content")]


async def test_control_characters_inside_imported_json_are_dropped_not_stored(gql):
    user = await create_user()
    token = await token_for(user)
    rows = json.dumps([{"date": "2024-03-01", "content": "a\u0000b\u0007c"}])
    data = await gql.ok(
        "mutation($d: String!) { importWorklogs(input: {format: JSON, data: $d}) { created errors { code field } } }",
        {"d": rows},
        token=token,
    )
    assert data["importWorklogs"] == {"created": 1, "errors": []}
    assert [w.content for w in await Worklog.filter(user_id=user.id)] == ["abc"]


async def test_anonymous_callers_get_unauthenticated_before_any_input_check(gql):
    body = await gql("query($s: String) { admin { users(search: $s) { totalCount } } }", {"s": NUL})
    assert bad_request(body)[0] == "UNAUTHENTICATED"


# --- dates and date-times out of range ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        ("2024-01-01", "9999-12-31", "endDate"),
        ("0001-01-01", "2024-01-01", "startDate"),
    ],
    ids=["far-future", "far-past"],
)
async def test_usage_costs_with_dates_out_of_range_is_a_bad_request(gql, staff_token, start, end, field):
    body = await gql(
        "query($s: Date!, $e: Date!) { admin { usageCosts(startDate: $s, endDate: $e) { jobs } } }",
        {"s": start, "e": end},
        token=staff_token,
    )
    assert bad_request(body) == ("BAD_REQUEST", "DATE_OUT_OF_RANGE", field)


async def test_a_literal_date_out_of_range_is_a_bad_request(gql, staff_token):
    body = await gql(
        '{ admin { usageCosts(startDate: "2024-01-01", endDate: "9999-12-31") { jobs } } }', token=staff_token
    )
    assert bad_request(body) == ("BAD_REQUEST", "DATE_OUT_OF_RANGE", "endDate")


async def test_adjust_reserve_expiring_beyond_2100_is_a_user_error(gql, staff_token):
    tenant = await create_tenant()
    await create_reserve(tenant)
    data = await gql.ok(
        """mutation($t: ID!, $x: DateTime) {
        adjustReserve(input: {tenantId: $t, amountCents: 100, reason: "promo", expiresAt: $x}) { entry { id } errors { code field } } }""",
        {"t": str(tenant.id), "x": "9999-12-31T23:59:59-14:00"},
        token=staff_token,
    )
    assert user_errors(data["adjustReserve"]) == [("DATE_OUT_OF_RANGE", "expiresAt")]
    assert await LedgerEntry.filter(type="adjustment").count() == 0


async def test_worklog_filter_dates_out_of_range_are_bad_requests(gql):
    token = await token_for(await create_user())
    body = await gql('{ worklogs(filter: {startDate: "0001-01-01"}) { totalCount } }', token=token)
    assert bad_request(body) == ("BAD_REQUEST", "DATE_OUT_OF_RANGE", "filter.startDate")


@pytest.mark.parametrize("end", ["9999-12-31", "1800-01-01"])
async def test_ledger_csv_export_with_dates_out_of_range_is_a_400(client, staff_token, end):
    response = await client.get(
        "/api/billing/admin/ledger/export.csv",
        params={"endDate": end},
        headers={"authorization": f"Bearer {staff_token}"},
    )
    assert response.status_code == 400
    assert response.json()["error"] == "DATE_OUT_OF_RANGE" and response.json()["field"] == "endDate"


async def test_ledger_csv_export_with_nul_in_type_is_a_400(client, staff_token):
    response = await client.get(
        "/api/billing/admin/ledger/export.csv",
        params={"type": "debit\x00"},
        headers={"authorization": f"Bearer {staff_token}"},
    )
    assert response.status_code == 400 and response.json()["error"] == "INVALID_TEXT"


# --- cursors ------------------------------------------------------------------------------------------------------


def forge(cursor: str, replace: dict[int, object]) -> str:
    values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    for index, value in replace.items():
        values[index] = value
    raw = json.dumps(values).replace('"__1e400__"', "1e400")
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


async def _first_cursor(gql, token, flt: str) -> str:
    data = await gql.ok(f"{{ worklogs(first: 1{flt}) {{ pageInfo {{ endCursor }} }} }}", token=token)
    return data["worklogs"]["pageInfo"]["endCursor"]


@pytest.mark.parametrize(
    ("flt", "replace"),
    [
        (', filter: {search: "release"}', {1: "__1e400__"}),
        (', filter: {search: "release"}', {1: 1e300}),
        (', filter: {search: "release"}', {2: "9999-12-31"}),
        ("", {2: "9999-12-31T23:59:59-14:00"}),
        ("", {2: "0001-01-01T00:00:00+14:00"}),
        ("", {1: "0001-01-01"}),
    ],
    ids=[
        "rank-1e400",
        "rank-beyond-real",
        "search-date-9999",
        "timestamp-overflow",
        "timestamp-underflow",
        "date-year-1",
    ],
)
async def test_forged_worklog_cursors_are_invalid_cursor(gql, flt, replace):
    user = await create_user()
    token = await token_for(user)
    for day in ("2024-01-02", "2024-01-03"):
        await create_worklog(user, date=day, content="release shipped")
    cursor = forge(await _first_cursor(gql, token, flt), replace)
    body = await gql(
        f"query($a: String) {{ worklogs(first: 1, after: $a{flt}) {{ totalCount }} }}", {"a": cursor}, token=token
    )
    assert bad_request(body) == ("BAD_REQUEST", "INVALID_CURSOR", "after")


async def test_an_offset_cursor_beyond_bigint_is_invalid_cursor(gql, staff_token):
    tenant = await create_tenant()
    await create_reserve(tenant)
    await create_reserve(await create_tenant())
    data = await gql.ok("{ admin { billingAccounts(first: 1) { pageInfo { endCursor } } } }", token=staff_token)
    cursor = forge(data["admin"]["billingAccounts"]["pageInfo"]["endCursor"], {1: 10**30})
    body = await gql(
        "query($a: String) { admin { billingAccounts(first: 1, after: $a) { totalCount } } }",
        {"a": cursor},
        token=staff_token,
    )
    assert bad_request(body) == ("BAD_REQUEST", "INVALID_CURSOR", "after")


# --- uploads and request bodies -----------------------------------------------------------------------------------


async def test_upload_evidence_without_a_file_part_is_file_required(gql):
    user = await create_user()
    token = await token_for(user)
    worklog = await create_worklog(user)
    mutation = "mutation($w: ID!, $f: Upload) { uploadEvidence(worklogId: $w, file: $f) { evidence { id } errors { code field } } }"
    for file in (None, "not-a-file", {"name": "x"}):
        data = await gql.ok(mutation, {"w": str(worklog.id), "f": file}, token=token)
        assert user_errors(data["uploadEvidence"]) == [("FILE_REQUIRED", "file")], file


async def test_upload_evidence_multipart_without_the_file_is_file_required(client):
    user = await create_user()
    token = await token_for(user)
    worklog = await create_worklog(user)
    operations = json.dumps(
        {
            "query": "mutation($w: ID!, $f: Upload) { uploadEvidence(worklogId: $w, file: $f) { errors { code field } } }",
            "variables": {"w": str(worklog.id), "f": None},
        }
    )
    response = await client.post(
        "/graphql",
        data={"operations": operations, "map": "{}"},
        files={"unused": ("a.txt", b"x", "text/plain")},
        headers={"authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200
    assert user_errors(response.json()["data"]["uploadEvidence"]) == [("FILE_REQUIRED", "file")]


@pytest.mark.parametrize(
    "raw",
    [
        b"null",
        b"42",
        b"[1,2,3]",
        b'"query"',
        b"true",
        b'[{"query": 5}]',
        b'{"query": "{ me { id } }", "variables": [1]}',
        b"{not json",
    ],
)
async def test_a_post_body_that_is_not_a_graphql_request_is_a_coded_400(client, raw):
    response = await client.post("/graphql", content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 400, response.text
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_REQUEST"


@strawberry.type
class ToyQuery:
    ok: bool = True


@strawberry.type
class ToySubscription:
    @strawberry.subscription
    async def echo(self, word: str) -> AsyncGenerator[str, None]:
        yield word


async def test_subscription_arguments_are_guarded_too():
    guard_arguments(ToyQuery, ToySubscription)
    guard_arguments(ToyQuery, ToySubscription)  # twice changes nothing
    (field,) = ToySubscription.__strawberry_definition__.fields
    assert [type(e) for e in field.extensions] == [InputGuard]
    toy = strawberry.Schema(query=ToyQuery, subscription=ToySubscription)
    document = "subscription($w: String!) { echo(word: $w) }"
    stream = await toy.subscribe(document, variable_values={"w": "fine"})
    assert [r.data async for r in stream] == [{"echo": "fine"}]
    refused = await toy.subscribe(document, variable_values={"w": "a\x00b"})
    (result,) = [r async for r in refused]
    (error,) = result.errors
    assert error.original_error.code == "INVALID_TEXT" and error.original_error.field == "word"
