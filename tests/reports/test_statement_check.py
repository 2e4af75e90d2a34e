"""checkReportStatement: the fabrication check of a statement's text being edited, against the statement's
own cited entries, before anything is saved — the owner's alone, with the limits of an edit."""

from __future__ import annotations

from server.reports.models import Report, ReportStatement
from tests.factories import create_user, token_for
from tests.reports.queries import REPORT, generated, statements_of
from tests.reports.test_report_jobs import writer_with_log

CHECK = "query($id: ID!, $text: String!) { checkReportStatement(id: $id, text: $text) { status unsupported } }"


def reasons(body: dict) -> list[str]:
    return [e["extensions"].get("reason") or e["extensions"]["code"] for e in body.get("errors", [])]


async def ready_report(gql, runtime, token) -> dict:
    return (await gql.ok(REPORT, {"id": await generated(gql, runtime, token)}, token=token))["report"]


async def test_a_statement_is_checked_as_typed_against_its_own_entries_and_nothing_is_saved(
    gql, runtime, count_queries
):
    user, _, _ = await writer_with_log()
    token = await token_for(user)
    report = await ready_report(gql, runtime, token)
    first = statements_of(report)[0]
    cited = " ".join(c["worklog"]["content"] for c in first["citations"])
    assert "97%" not in cited and "Kubernetes" not in cited

    async def check(text: str) -> dict:
        return (await gql.ok(CHECK, {"id": first["id"], "text": text}, token=token))["checkReportStatement"]

    # Its own text passes; a figure and a skill its entries do not have are named, in reading order.
    assert await check(first["text"]) == {"status": "PASSED", "unsupported": []}
    assert await check(f"{first['text']} and saved 97% on Kubernetes") == {
        "status": "FLAGGED",
        "unsupported": ["97%", "Kubernetes"],
    }
    # Sizes written as words are figures too.
    assert not any(w in cited.lower() for w in ("million", "thousand", "tripl"))
    assert await check(f"{first['text']}, saving millions for thousands of users and tripling throughput") == {
        "status": "FLAGGED",
        "unsupported": ["millions", "thousands", "tripling"],
    }
    # Asked at every pause in typing: a few statements, whatever the text.
    with count_queries() as counted:
        await check(f"{first['text']} and more")
    assert len(counted) <= 6, counted  # the token's session, then the statement, its citations, their entries

    # Only the statement's own citations count: another statement's entry does not vouch for it.
    elsewhere = next(
        c["worklog"]["content"]
        for s in statements_of(report)
        for c in s["citations"]
        if c["worklog"]["content"] not in cited and "Terraform" in c["worklog"]["content"]
    )
    assert "Terraform" in elsewhere
    assert (await check(f"{first['text']} with Terraform"))["unsupported"] == ["Terraform"]

    # Nothing was saved: the text, its verdict and the revision are as they were.
    stored = await ReportStatement.get(id=first["id"])
    assert (stored.text, stored.check_status) == (first["text"], "passed")
    assert (await Report.get(id=report["id"])).revision == 0


async def test_the_check_refuses_empty_long_and_other_peoples_statements(gql, runtime):
    user, tenant, _ = await writer_with_log()
    token = await token_for(user)
    report = await ready_report(gql, runtime, token)
    first = statements_of(report)[0]["id"]

    # Over-long and empty text: the edit's own codes, with a message that says why.
    long = await gql(CHECK, {"id": first, "text": "x" * 1001}, token=token)
    assert reasons(long) == ["STATEMENT_TOO_LONG"]
    assert "1000" in long["errors"][0]["message"].replace(" ", "")
    assert reasons(await gql(CHECK, {"id": first, "text": "    "}, token=token)) == ["STATEMENT_REQUIRED"]
    # Exactly at the limit (after white space is collapsed) is checked.
    at_limit = "word " * 200
    assert (await gql.ok(CHECK, {"id": first, "text": at_limit + "   "}, token=token))["checkReportStatement"][
        "status"
    ] == "PASSED"

    # Another tenant's user, and another user of the same tenant: NOT_FOUND, as for a statement of no one.
    stranger = await token_for((await writer_with_log())[0])
    colleague = await token_for(await create_user(tenant=tenant))
    for other in (stranger, colleague):
        refused = await gql(CHECK, {"id": first, "text": "Shipped it"}, token=other)
        assert reasons(refused) == ["NOT_FOUND"] and refused["data"] is None
    missing = await gql(CHECK, {"id": "00000000-0000-0000-0000-000000000000", "text": "Shipped it"}, token=token)
    assert reasons(missing) == ["NOT_FOUND"]
    assert reasons(await gql(CHECK, {"id": "not-an-id", "text": "Shipped it"}, token=token)) == ["INVALID_ID"]
