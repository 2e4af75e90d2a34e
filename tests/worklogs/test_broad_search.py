"""A search costs what its page costs: beyond a threshold it counts "at least" and ranks bounded candidates."""

from __future__ import annotations

import base64
import json
from datetime import date, timedelta

from server.worklogs import repository
from tests.factories import create_user, create_worklog, token_for
from tests.worklogs.queries import LIST

D = date(2026, 3, 1)
SEARCH = """query($first: Int, $after: String, $filter: WorklogFilter) {
  worklogs(first: $first, after: $after, filter: $filter) {
    totalCount isTotalExact pageInfo { hasNextPage endCursor } edges { node { content } }
  }
}"""


async def _log_deploys(user, count: int) -> None:
    # "deploy N" dated N days ago, written oldest first (the newest are last in the table); every other
    # one says it twice, so it ranks higher.
    for n in reversed(range(count)):
        await create_worklog(user, date=D - timedelta(days=n), content=f"deploy {n}" + (" deploy" if n % 2 else ""))
    await create_worklog(user, date=D, content="unrelated work")


async def _all_pages(gql, token, search: str, first: int = 3) -> tuple[list[str], list[dict]]:
    seen, pages, after = [], [], None
    while True:
        variables = {"first": first, "after": after, "filter": {"search": search}}
        data = (await gql.ok(SEARCH, variables, token=token))["worklogs"]
        pages.append(data)
        seen += [e["node"]["content"] for e in data["edges"]]
        if not data["pageInfo"]["hasNextPage"]:
            return seen, pages
        after = data["pageInfo"]["endCursor"]


async def test_a_search_under_the_threshold_is_counted_and_ranked_exactly(gql, monkeypatch):
    monkeypatch.setattr(repository, "SEARCH_EXACT_UP_TO", 8)
    user = await create_user()
    await _log_deploys(user, 8)
    seen, pages = await _all_pages(gql, await token_for(user), "deploy")
    assert {(p["totalCount"], p["isTotalExact"]) for p in pages} == {(8, True)}
    assert sorted(seen) == sorted(f"deploy {n}" + (" deploy" if n % 2 else "") for n in range(8))
    # Best rank first (the entries saying it twice), then newest date.
    assert seen[:4] == ["deploy 1 deploy", "deploy 3 deploy", "deploy 5 deploy", "deploy 7 deploy"]


async def test_a_broad_search_says_at_least_and_ranks_bounded_candidates_including_the_newest(gql, monkeypatch):
    monkeypatch.setattr(repository, "SEARCH_EXACT_UP_TO", 5)
    monkeypatch.setattr(repository, "SEARCH_RECENT_ENTRIES", 3)
    user = await create_user()
    await _log_deploys(user, 12)
    seen, pages = await _all_pages(gql, await token_for(user), "deploy")
    assert {(p["totalCount"], p["isTotalExact"]) for p in pages} == {(5, False)}
    # The candidates: the first 6 the index yields (in table order: the oldest), and the matches among
    # the 3 newest entries ("unrelated work" is one of them): between 6 and 8 entries, each once,
    # best-ranked first, the newest work among them.
    assert 6 <= len(seen) <= 8 and len(set(seen)) == len(seen), seen
    assert {"deploy 0", "deploy 1 deploy"} <= set(seen)
    twice = [s.endswith(" deploy") for s in seen]
    assert twice == sorted(twice, reverse=True), seen
    # Paging again gives the same list: the cursor's (rank, date, id) walks the same candidates.
    again, _ = await _all_pages(gql, await token_for(user), "deploy", first=2)
    assert again == seen


async def test_a_date_page_is_always_exact(gql):
    user = await create_user()
    await _log_deploys(user, 3)
    data = await gql.ok(SEARCH, {"filter": {"startDate": "2026-02-28"}}, token=await token_for(user))
    assert (data["worklogs"]["totalCount"], data["worklogs"]["isTotalExact"]) == (3, True)  # with "unrelated work"


async def test_a_search_page_is_one_statement_even_past_its_last_match(gql, monkeypatch, count_queries):
    monkeypatch.setattr(repository, "SEARCH_EXACT_UP_TO", 2)
    user = await create_user()
    await _log_deploys(user, 4)
    token = await token_for(user)
    await gql.ok(LIST, {"first": 1}, token=token)  # the token's last-used stamp is written once a minute
    for search in ("deploy", "nowhere"):
        with count_queries() as statements:
            data = await gql.ok(SEARCH, {"filter": {"search": search}}, token=token)
        ours = [s for s in statements if "worklog" in s or "evidence" in s]
        assert len(ours) == 1, (search, ours)
        assert data["worklogs"]["isTotalExact"] is (search == "nowhere")
    assert data["worklogs"]["totalCount"] == 0


async def test_a_search_cursor_with_a_rank_that_is_not_a_finite_number_is_refused(gql):
    user = await create_user()
    await _log_deploys(user, 3)
    token = await token_for(user)
    data = await gql.ok(SEARCH, {"first": 1, "filter": {"search": "deploy"}}, token=token)
    cursor = data["worklogs"]["pageInfo"]["endCursor"]
    tag, _rank, day, id_ = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    for rank in ("1e400", "true"):
        raw = f'["{tag}",{rank},"{day}","{id_}"]'
        forged = base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")
        body = await gql(SEARCH, {"first": 1, "after": forged, "filter": {"search": "deploy"}}, token=token)
        assert body.get("data") is None, rank
        ext = body["errors"][0]["extensions"]
        assert (ext["code"], ext["reason"]) == ("BAD_REQUEST", "INVALID_CURSOR"), rank
