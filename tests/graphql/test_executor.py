"""The fast leaf path gives exactly graphql-core's answers: same data, same errors, same paths."""

from __future__ import annotations

import asyncio
import decimal
import enum
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
import strawberry

from strawberry.scalars import JSON

from server.graphql import executor as fast
from server.graphql.executor import FastLeafExecutor


@strawberry.enum
class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@strawberry.type
class Item:
    name: str
    count: int
    maybe: str | None
    colour: Colour
    day: date
    tags: list[str]
    maybe_tags: list[str | None] | None

    @strawberry.field
    def shout(self) -> str:
        return self.name.upper()


@strawberry.type
class Box:
    items: list[Item]
    label: str


@dataclass
class Bad:
    """An object whose attributes break the declared types, as a buggy resolver might return."""

    name: Any = "bad"
    count: Any = "not a number"
    maybe: Any = None
    colour: Any = "purple"
    day: Any = "2026-01-01"
    tags: Any = ("fine", None)
    maybe_tags: Any = "not a list"


class Partial:
    """Lacks most attributes: reading them fails as it would for a resolver returning the wrong object."""

    name = "partial"


GOOD = Item(name="a", count=1, maybe=None, colour=Colour.RED, day=date(2026, 1, 2), tags=["x", "y"],
            maybe_tags=["p", None])
NULLS = Item(name=None, count=2, maybe="m", colour=Colour.BLUE, day=date(2026, 1, 3), tags=[], maybe_tags=None)  # type: ignore[arg-type]


async def later(value):
    await asyncio.sleep(0)
    return value


@strawberry.type
class Odd:
    """Values a resolver may hand back that are not plain: awaitables and exceptions."""

    u: uuid.UUID | None
    d: decimal.Decimal | None
    j: JSON | None
    us: list[uuid.UUID] | None


class ReadCounting:
    """An attribute with a side effect: it must be read once, as graphql-core reads it."""

    reads = 0

    @property
    def n(self):
        ReadCounting.reads += 1
        return None if ReadCounting.reads % 2 else ReadCounting.reads


@strawberry.type
class Counted:
    n: int | None


@strawberry.type
class Query:
    @strawberry.field
    def odd(self, which: str = "awaitables") -> Odd:
        if which == "error":
            return Odd(u=None, d=None, j=ValueError("boom"), us=[uuid.UUID(int=3), ValueError("item boom")])  # type: ignore[list-item]
        done = asyncio.get_running_loop().create_future()
        done.set_result(uuid.UUID(int=1))
        return Odd(u=done, d=later(decimal.Decimal("1.5")), j=later({"a": 1}), us=[later(uuid.UUID(int=2))])

    @strawberry.field
    def counted(self) -> Counted:
        ReadCounting.reads = 0
        return ReadCounting()  # type: ignore[return-value]

    @strawberry.field
    def box(self, which: str = "good") -> Box:
        items = {"good": [GOOD, GOOD], "nulls": [GOOD, NULLS], "bad": [Bad()], "partial": [Partial()]}[which]
        return Box(items=items, label=which)  # type: ignore[arg-type]


PLAIN = strawberry.Schema(query=Query)
FAST = strawberry.Schema(query=Query, execution_context_class=FastLeafExecutor)

QUERIES = [
    "{ box { label items { name count maybe colour day tags maybeTags shout } } }",
    '{ box(which: "nulls") { label items { name count maybe tags } } }',
    '{ box(which: "nulls") { items { count maybe maybeTags } } }',
    '{ box(which: "bad") { items { count } } }',
    '{ box(which: "bad") { items { colour } } }',
    '{ box(which: "bad") { items { day } } }',
    '{ box(which: "bad") { items { tags } } }',
    '{ box(which: "bad") { items { maybeTags } } }',
    '{ box(which: "bad") { items { maybe name } } }',
    '{ box(which: "partial") { items { name count } } }',
    '{ box(which: "partial") { items { name maybe tags } } }',
    "{ box { items { a: name b: name name __typename } } }",
    "{ box { items { name count @skip(if: true) maybe @include(if: false) } } }",
    "{ box { items { ...F ... on Item { count } } } } fragment F on Item { name tags }",
    "{ odd { u d j us } }",
    '{ odd(which: "error") { u j us } }',
    "{ counted { n } }",
]


@pytest.mark.parametrize("query", QUERIES)
async def test_fast_path_answers_exactly_like_graphql_core(query):
    expected = await PLAIN.execute(query)
    got = await FAST.execute(query)
    assert got.data == expected.data
    assert [(e.message, e.path) for e in got.errors or []] == [(e.message, e.path) for e in expected.errors or []]


async def test_plain_leaves_skip_graphql_core_and_the_rest_do_not(monkeypatch):
    taken: list[str] = []
    original = fast.plan_field

    def spy(parent_type, field_name):
        plan = original(parent_type, field_name)
        if plan is not None:
            taken.append(f"{parent_type.name}.{field_name}")
        return plan

    monkeypatch.setattr(fast, "_plans", type(fast._plans)())
    monkeypatch.setattr(fast, "plan_field", spy)
    schema = strawberry.Schema(query=Query, execution_context_class=FastLeafExecutor)
    result = await schema.execute("{ box { label items { name colour day tags shout __typename } } }")
    assert result.errors is None
    assert sorted(taken) == ["Box.label", "Item.colour", "Item.day", "Item.name", "Item.tags"]
    assert result.data["box"]["items"][0] == {"name": "a", "colour": "RED", "day": "2026-01-02", "tags": ["x", "y"],
                                              "shout": "A", "__typename": "Item"}
