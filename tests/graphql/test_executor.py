"""The fast leaf path gives exactly graphql-core's answers: same data, same errors, same paths.

It also stays switchable (GRAPHQL_FAST_EXECUTOR) and notices when the upstream code it mirrors changes."""

from __future__ import annotations

import asyncio
import decimal
import enum
import hashlib
import importlib.metadata
import inspect
import io
import textwrap
import tokenize
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import graphql
import pytest
import strawberry
from strawberry.scalars import JSON
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

from server.graphql import executor as fast
from server.graphql.executor import FastLeafExecutor, execution_context_class
from server.graphql.schema import build_schema
from server.settings import Settings
from tests.factories import create_user, create_worklog, token_for
from tests.worklogs.queries import LIST


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


GOOD = Item(
    name="a", count=1, maybe=None, colour=Colour.RED, day=date(2026, 1, 2), tags=["x", "y"], maybe_tags=["p", None]
)
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
# What GRAPHQL_FAST_EXECUTOR on and off give; both must answer exactly as graphql-core does.
BY_SETTING = {
    fast_executor: strawberry.Schema(query=Query, execution_context_class=execution_context_class(fast_executor))
    for fast_executor in (True, False)
}

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


@pytest.mark.parametrize("fast_executor", [True, False], ids=["fast-on", "fast-off"])
@pytest.mark.parametrize("query", QUERIES)
async def test_fast_path_answers_exactly_like_graphql_core(query, fast_executor):
    expected = await PLAIN.execute(query)
    got = await BY_SETTING[fast_executor].execute(query)
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
    assert result.data["box"]["items"][0] == {
        "name": "a",
        "colour": "RED",
        "day": "2026-01-02",
        "tags": ["x", "y"],
        "shout": "A",
        "__typename": "Item",
    }


def test_the_setting_switches_the_fast_executor_off(monkeypatch):
    monkeypatch.setenv("GRAPHQL_FAST_EXECUTOR", "false")
    off = Settings(_env_file=None)
    monkeypatch.delenv("GRAPHQL_FAST_EXECUTOR")
    on = Settings(_env_file=None)
    assert (on.graphql_fast_executor, off.graphql_fast_executor) == (True, False)
    assert build_schema(on).execution_context_class is FastLeafExecutor
    assert build_schema(off).execution_context_class is StrawberryGraphQLCoreExecutionContext


async def test_a_worklog_page_reads_the_same_with_the_fast_executor_off(app, gql, settings, monkeypatch):
    user = await create_user()
    for i in range(3):
        await create_worklog(user, content=f"entry {i}", employer="Acme", tags=["x", "y"], work_type="feature")
    token = await token_for(user)
    view = next(route.endpoint for route in app.routes if getattr(route, "path", None) == "/graphql")
    assert view.schema.execution_context_class is FastLeafExecutor
    on = await gql(LIST, {"first": 10}, token=token)
    monkeypatch.setattr(view, "schema", build_schema(settings.model_copy(update={"graphql_fast_executor": False})))
    off = await gql(LIST, {"first": 10}, token=token)
    assert "errors" not in on
    assert len(on["data"]["worklogs"]["edges"]) == 3
    assert off == on


def normalised(source: str) -> str:
    """The source's tokens without comments, blank lines and layout."""
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING, tokenize.ENDMARKER}
    tokens = tokenize.generate_tokens(io.StringIO(textwrap.dedent(source)).readline)
    return " ".join(tok.string for tok in tokens if tok.type not in skip)


def source_hash(function) -> str:
    return hashlib.sha256(normalised(inspect.getsource(function)).encode()).hexdigest()


def test_the_source_hash_sees_code_changes_but_not_comments_or_layout():
    original = "def f(x):\n    # why\n    return x + 1\n"
    assert normalised(original) == normalised("    def f(x):\n\n        return x+1  # reformatted\n")
    assert normalised(original) != normalised("def f(x):\n    return x + 2\n")


# The upstream code server/graphql/executor.py mirrors or relies on, with the hash of its source as of
# graphql-core 3.3.2 and strawberry-graphql 0.341.2. Each is looked up where our executor inherits or
# calls it, so a new override (in Strawberry's execution context, say) changes the hash too.
MIRRORED = {
    "graphql-core Executor.execute_fields": (
        lambda: StrawberryGraphQLCoreExecutionContext.execute_fields,
        "FastLeafExecutor.execute_fields is a copy of it: carry the change over",
    ),
    "graphql-core Executor.execute_field": (
        lambda: StrawberryGraphQLCoreExecutionContext.execute_field,
        "FastLeafExecutor._complete_resolved copies it from the resolver call on: carry the change over",
    ),
    "strawberry GraphQLCoreConverter.from_resolver": (
        lambda: GraphQLCoreConverter.from_resolver,
        "plan_field trusts that a resolver named _get_basic_result is made here, only for basic fields, "
        "and only reads the attribute: check that it still does",
    ),
    "strawberry StrawberryField.get_result": (
        lambda: StrawberryField.get_result,
        "Plan.get reads a basic field as default_resolver(source, python_name): check that it still does",
    ),
    "strawberry StrawberryField.is_basic_field": (
        lambda: StrawberryField.is_basic_field.fget,
        "plan_field only plans basic fields (no resolver, no extension): check what basic means now",
    ),
}
RECORDED = {
    "graphql-core Executor.execute_fields": "669dde4256b8bb6ad2bff41e7f8d8fc45d245266ddd764cf182c12350c669891",
    "graphql-core Executor.execute_field": "d094d1f78d6307e4b454b8756dd2ebe911646227e007f5852c9253edc739a8ad",
    "strawberry GraphQLCoreConverter.from_resolver": "81f471c1fb5e04c4e11b1739a0380760d2fb4b3da3058eaf79c1c806b00c7c63",
    "strawberry StrawberryField.get_result": "6208568233f272a777c042978bbb8eb51e3c0346570ce3b00302a9c96af02de2",
    "strawberry StrawberryField.is_basic_field": "a5084ae789bf1b6d10aebbb6dc9a51d739eba19c2e99f87748d8f8f1c637f127",
}


@pytest.mark.parametrize("name", list(MIRRORED))
def test_the_upstream_code_the_fast_executor_mirrors_is_unchanged(name):
    lookup, what_to_check = MIRRORED[name]
    got = source_hash(lookup())
    assert got == RECORDED[name], (
        f"{name} changed upstream (graphql-core {graphql.__version__}, strawberry-graphql "
        f"{importlib.metadata.version('strawberry-graphql')}). {what_to_check} in server/graphql/executor.py, "
        f"run tests/graphql/test_executor.py, then record the new hash here: {got!r}."
    )
