from datetime import date, timedelta

from tests.factories import create_user, create_worklog, token_for
from tests.worklogs.queries import LIST, SUGGESTIONS

D = date(2026, 3, 1)


async def _log(user, days_ago=0, **fields):
    return await create_worklog(user, date=D - timedelta(days=days_ago), **fields)


def contents(data) -> list[str]:
    return [e["node"]["content"] for e in data["worklogs"]["edges"]]


async def test_worklogs_are_newest_date_first_then_newest_created(gql):
    user = await create_user()
    await _log(user, 2, content="old")
    await _log(user, 0, content="today one")
    await _log(user, 0, content="today two")
    await _log(user, 1, content="yesterday")
    data = await gql.ok(LIST, {}, token=await token_for(user))
    assert contents(data) == ["today two", "today one", "yesterday", "old"]
    assert data["worklogs"]["totalCount"] == 4


async def test_pages_follow_cursors_without_gaps_or_repeats(gql):
    user = await create_user()
    for i in range(25):
        await _log(user, i % 7, content=f"entry {i}")
    token = await token_for(user)
    seen, after = [], None
    while True:
        data = await gql.ok(LIST, {"first": 10, "after": after}, token=token)
        seen += contents(data)
        assert data["worklogs"]["totalCount"] == 25
        if not data["worklogs"]["pageInfo"]["hasNextPage"]:
            break
        after = data["worklogs"]["pageInfo"]["endCursor"]
    assert len(seen) == 25 and len(set(seen)) == 25


async def test_filters_by_date_range_employer_project_and_tag(gql):
    user = await create_user()
    await _log(user, 0, content="a", employer="Acme", project="Portal", tags=["python", "api"])
    await _log(user, 5, content="b", employer="Acme", project="Billing", tags=["python"])
    await _log(user, 40, content="c", employer="Globex", project="Portal", tags=["go"])
    token = await token_for(user)

    async def run(flt):
        return sorted(contents(await gql.ok(LIST, {"filter": flt}, token=token)))

    assert await run({"startDate": (D - timedelta(days=10)).isoformat()}) == ["a", "b"]
    assert await run({"endDate": (D - timedelta(days=1)).isoformat()}) == ["b", "c"]
    assert await run({"employer": "Acme"}) == ["a", "b"]
    assert await run({"project": "Portal"}) == ["a", "c"]
    assert await run({"tag": "Python"}) == ["a", "b"]
    assert await run({"employer": "Acme", "tag": "api"}) == ["a"]
    assert await run({"employer": "Nobody"}) == []


async def test_search_ranks_matches_and_highlights_them_safely(gql):
    user = await create_user()
    await _log(user, 3, content="Reviewed <b>the</b> deployment pipeline and deployment docs")
    await _log(user, 1, content="Lunch with the team")
    await _log(user, 2, content="Wrote a note about deployment")
    await _log(user, 4, content="Planning", project="Deployment revamp")
    token = await token_for(user)
    data = await gql.ok(LIST, {"filter": {"search": "deployment"}}, token=token)
    found = contents(data)
    assert data["worklogs"]["totalCount"] == 3
    assert set(found) == {
        "Reviewed <b>the</b> deployment pipeline and deployment docs",
        "Wrote a note about deployment",
        "Planning",
    }
    assert found[0] == "Planning"  # metadata weighs more than content
    first_content_hit = next(
        e["node"] for e in data["worklogs"]["edges"] if e["node"]["content"].startswith("Reviewed")
    )
    assert "<mark>deployment</mark>" in first_content_hit["highlight"]
    assert "<b>" not in first_content_hit["highlight"]


async def test_highlight_escapes_html_the_parser_keeps(gql):
    user = await create_user()
    await _log(user, 0, content="Fixed escaping of a < b && c > d in the deployment script")
    data = await gql.ok(LIST, {"filter": {"search": "deployment"}}, token=await token_for(user))
    highlight = data["worklogs"]["edges"][0]["node"]["highlight"]
    assert "<mark>deployment</mark>" in highlight
    assert "&amp;&amp;" in highlight and "&lt;" in highlight


async def test_search_pages_with_cursors(gql):
    user = await create_user()
    for i in range(7):
        await _log(user, i, content=f"refactor module {i}" + " refactor" * (i % 3))
    token = await token_for(user)
    seen, after = [], None
    for _ in range(5):
        data = await gql.ok(LIST, {"first": 3, "after": after, "filter": {"search": "refactor"}}, token=token)
        seen += contents(data)
        if not data["worklogs"]["pageInfo"]["hasNextPage"]:
            break
        after = data["worklogs"]["pageInfo"]["endCursor"]
    assert sorted(seen) == sorted(f"refactor module {i}" + " refactor" * (i % 3) for i in range(7))


async def test_bad_filters_and_cursors_are_refused_with_reasons(gql):
    user = await create_user()
    await _log(user, 0)
    await _log(user, 1)
    token = await token_for(user)
    page = await gql.ok(LIST, {"first": 1}, token=token)
    cursor = page["worklogs"]["pageInfo"]["endCursor"]
    cases = [
        ({"filter": {"startDate": "2026-03-02", "endDate": "2026-03-01"}}, "INVALID_DATE_RANGE"),
        ({"filter": {"tag": "no<way>"}}, "INVALID_TAG"),
        ({"filter": {"search": "x" * 201}}, "SEARCH_TOO_LONG"),
        ({"filter": {"search": "!!! ???"}}, "INVALID_SEARCH"),
        ({"filter": {"employer": "E" * 201}}, "INVALID_FILTER"),
        ({"first": 0}, "INVALID_PAGE_SIZE"),
        ({"first": 101}, "INVALID_PAGE_SIZE"),
        ({"after": "garbage"}, "INVALID_CURSOR"),
        ({"after": cursor, "filter": {"employer": "Acme"}}, "INVALID_CURSOR"),  # cursor of another query
        ({"after": cursor, "filter": {"search": "thing"}}, "INVALID_CURSOR"),
    ]
    for variables, reason in cases:
        body = await gql(LIST, variables, token=token)
        assert body.get("data") is None, variables
        ext = body["errors"][0]["extensions"]
        assert (ext["code"], ext["reason"]) == ("BAD_REQUEST", reason), variables


async def test_unknown_filter_field_is_a_validation_error(gql):
    token = await token_for(await create_user())
    body = await gql(LIST, {"filter": {"colour": "red"}}, token=token)
    assert body["data"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["GRAPHQL_VALIDATION_FAILED"]
    assert "not to include unknown field 'colour'" in body["errors"][0]["message"]


async def test_suggestions_rank_most_used_values_of_recent_entries(gql):
    user = await create_user()
    await _log(user, 0, employer="Acme", project="Portal", tags=["python", "api"], work_type="feature")
    await _log(user, 1, employer="Acme", project="Billing", tags=["python"], work_type="bugfix")
    await _log(user, 2, employer="Globex", project="Billing", tags=["go"], work_type="bugfix")
    other = await create_user()
    for _ in range(3):
        await _log(other, 0, employer="Secret Corp", tags=["hidden"])
    data = await gql.ok(SUGGESTIONS, token=await token_for(user))
    s = data["worklogSuggestions"]
    assert [e["value"] for e in s["employers"]] == ["Acme", "Globex"]
    assert s["employers"][0]["uses"] == 2 and s["employers"][0]["lastUsed"] == D.isoformat()
    assert [e["value"] for e in s["projects"]] == ["Billing", "Portal"]
    assert [e["value"] for e in s["tags"]] == ["python", "api", "go"]
    assert [e["value"] for e in s["workTypes"]] == ["bugfix", "feature"]
