"""Typed plumbing: one `Info` alias, DataLoaders as typed fields made per request and per WebSocket operation,
and the evidence prefetch reading Strawberry's public `selected_fields`."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from strawberry.dataloader import DataLoader

from server.evidence.models import Evidence
from server.graphql.context import Loaders
from server.tenants.models import Tenant
from server.worklogs.types import Worklog
from tests.factories import create_user, create_worklog, token_for
from tests.graphql.test_websocket_auth import connect, run

SERVER = Path(__file__).resolve().parents[2] / "server"


def test_every_loader_is_a_typed_field_and_each_set_is_fresh():
    first, second = Loaders(), Loaders()
    names = list(vars(first))
    assert "evidence_by_worklog" in names and "job_by_id" in names
    assert names == [f.name for f in dataclasses.fields(Loaders)]  # nothing set outside the declared fields
    for name in names:
        assert isinstance(getattr(first, name), DataLoader)
        assert getattr(first, name) is not getattr(second, name)


def test_resolvers_take_the_one_info_alias_and_no_private_info():
    offenders = []
    for path in sorted(SERVER.rglob("*.py")):
        text = path.read_text()
        if path.name != "context.py" and re.search(
            r"from strawberry(\.types)? import .*\bInfo\b|strawberry\.Info\b", text
        ):
            offenders.append(f"{path.relative_to(SERVER)}: Info not from server.graphql.context")
        if "_raw_info" in text or "loaders.get(" in text:
            offenders.append(f"{path.relative_to(SERVER)}: private info or a loader fetched by name")
    assert offenders == []


async def test_an_aliased_list_still_hands_evidence_to_its_entries_in_one_batch(gql, monkeypatch):
    def per_entry(self, info):
        raise AssertionError("an entry of a list page loaded its own evidence")

    monkeypatch.setattr(Worklog, "_load_evidence", per_entry)
    user = await create_user()
    worklog = await create_worklog(user, content="with a file")
    await Evidence.create(
        tenant_id=worklog.tenant_id,
        worklog=worklog,
        object_key="evidence/k/a",
        original_name="a.pdf",
        size=1,
        content_type="application/pdf",
        sha256="0" * 64,
    )
    data = await gql.ok(
        "{ page: worklogs(first: 5) { edges { node { evidence { originalName } } } } }", token=await token_for(user)
    )
    assert data["page"]["edges"] == [{"node": {"evidence": [{"originalName": "a.pdf"}]}}]


async def test_each_websocket_operation_gets_fresh_loaders(app, live_server):
    user = await create_user()
    ws = await connect(live_server, token=await token_for(user))
    try:
        query = "{ me { tenant { name } } }"
        before = await run(ws, query)
        tenant = await Tenant.get(name=before["data"]["me"]["tenant"]["name"])
        tenant.name = "Renamed between operations"
        await tenant.save()
        # A loader kept for the socket would answer the cached tenant.
        assert (await run(ws, query))["data"]["me"]["tenant"]["name"] == "Renamed between operations"
    finally:
        await ws.close()
