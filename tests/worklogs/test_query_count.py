"""The number of SQL statements a page of worklogs costs does not grow with the page."""

from __future__ import annotations

from server.evidence.models import Evidence
from tests.factories import create_user, create_worklog, token_for
from tests.worklogs.queries import LIST


async def test_page_of_50_entries_with_evidence_costs_a_fixed_number_of_queries(gql, count_queries):
    user = await create_user()
    for i in range(60):
        worklog = await create_worklog(user, content=f"entry {i}", tags=["x"])
        for j in range(2):
            await Evidence.create(
                tenant_id=worklog.tenant_id,
                worklog=worklog,
                object_key=f"evidence/k/{i}/{j}",
                original_name=f"f{j}.pdf",
                size=1,
                content_type="application/pdf",
                sha256="0" * 64,
            )
    token = await token_for(user)
    await gql.ok(LIST, {"first": 1}, token=token)  # the token's last-used stamp is written once a minute
    with count_queries() as small:
        await gql.ok(LIST, {"first": 5}, token=token)
    with count_queries() as statements:
        data = await gql.ok(LIST, {"first": 50}, token=token)
    assert len(data["worklogs"]["edges"]) == 50
    assert all(len(e["node"]["evidence"]) == 2 for e in data["worklogs"]["edges"])
    # Ours: the count, the page, one batched evidence load. The rest is authentication.
    ours = [s for s in statements if "worklog" in s or "evidence" in s]
    assert len(ours) == 3, ours
    assert len(statements) == len(small) == 4, statements


async def test_list_pages_hand_evidence_to_their_entries_without_a_loader_per_entry(gql, monkeypatch):
    """The page's evidence is loaded in one batch before the entries resolve; no entry awaits its own."""
    from server.worklogs.types import Worklog

    def per_entry(self, info):
        raise AssertionError("an entry of a list page loaded its own evidence")

    monkeypatch.setattr(Worklog, "_load_evidence", per_entry)
    user = await create_user()
    worklog = await create_worklog(user, content="with a file")
    await create_worklog(user, content="without")
    await Evidence.create(
        tenant_id=worklog.tenant_id,
        worklog=worklog,
        object_key="evidence/k/a",
        original_name="a.pdf",
        size=1,
        content_type="application/pdf",
        sha256="0" * 64,
    )
    token = await token_for(user)
    data = await gql.ok(LIST, {"first": 5}, token=token)
    files = {
        e["node"]["content"]: [f["originalName"] for f in e["node"]["evidence"]] for e in data["worklogs"]["edges"]
    }
    assert files == {"with a file": ["a.pdf"], "without": []}
    through_fragments = """query { worklogs(first: 5) { ...Page } }
      fragment Page on WorklogConnection { edges { node { content ... on Worklog { evidence { originalName } } } } }"""
    data = await gql.ok(through_fragments, token=token)
    assert len(data["worklogs"]["edges"]) == 2
