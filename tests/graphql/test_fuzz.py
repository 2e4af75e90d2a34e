"""Schema-driven fuzzing: every query and mutation, with inputs generated from the schema, never answers INTERNAL or 5xx.

hypothesis-graphql writes documents for each root field (arguments of every type, any Unicode text including NUL,
dates from year 1 to 9999, real and made-up ids); they are sent through the ASGI app as a normal user and as
staff. Any refusal is fine as long as it is coded; an `INTERNAL` error or an HTTP status of 500 or more fails,
naming every document that produced one.

Deterministic: the examples are drawn with `derandomize=True` (a seed fixed by the test's code), generated first
and then sent in order, so a run cannot flake. Left out: `logout` and `revokeAllTokens` (they end the caller's
own session; the id pool never holds the caller, so `setUserActive`, `resetUserPassword`, `updateUser` and
`moveUserToTenant` always act on someone else), and real files for `uploadEvidence` (GraphQL multipart is
not generated; its `file` gets null or text, and `tests/graphql/test_inputs.py` covers the multipart cases).
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone

import graphql
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import mutations, nodes, queries
from tortoise import Tortoise

from server.graphql.schema import schema
from tests.factories import (
    create_passkey,
    create_reserve,
    create_staff,
    create_tenant,
    create_user,
    create_worklog,
    token_for,
)

GRAPHQL = schema._schema
ENDS_OWN_SESSION = {"logout", "revokeAllTokens"}
QUERY_FIELDS = sorted(GRAPHQL.query_type.fields)
MUTATION_FIELDS = sorted(set(GRAPHQL.mutation_type.fields) - ENDS_OWN_SESSION)
# Examples per root field; `admin` holds a dozen staff reads, so it gets more. Tuned to keep the test near a minute.
EXAMPLES = 30
EXAMPLES_FOR = {"admin": 120, "worklogs": 60}
# Fields whose resolvers hash a password (argon2, tens of ms each): fewer examples buy the same coverage.
SLOW_FIELDS = {"signup": 10, "login": 10, "changePassword": 10, "resetUserPassword": 10}

TIMEZONES = st.sampled_from(
    [UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-14)), timezone(timedelta(hours=5, minutes=30))]
)


# Text that has broken servers before: NUL and other controls, SQL and LIKE metacharacters, numbers and dates
# beyond every range, right-to-left marks, very long words.
EDGE_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "a\x00b",
        "\x00" * 3,
        "x\x07y",
        "\x1b[31m",
        "\x7f",
        "\x85",
        "\u202e",
        "\ufeff",
        "line\nbreak",
        "tab\there",
        "cr\rlf",
        "%",
        "_",
        "\\",
        "' OR 1=1 --",
        "1e400",
        "-1",
        "NaN",
        "9999-12-31",
        "0001-01-01",
        "x" * 5000,
        "ünïcødé ✓ 日本語 🙂",
    ]
)
# Page sizes and amounts mostly in range, so that a generated operation gets past `first` to its other arguments.
INTS = st.one_of(
    st.integers(1, 100),
    st.integers(1, 100),
    st.sampled_from([0, -1, 2**31 - 1, -(2**31)]),
    st.integers(-(2**31), 2**31 - 1),
)


def scalars(ids: list[str]) -> dict[str, st.SearchStrategy[graphql.ValueNode]]:
    """Strategies for the scalars: sane values, edge values and garbage (strings biased towards control characters)."""
    text = st.one_of(st.text(max_size=40), st.text(st.characters(max_codepoint=0xA0), max_size=12), EDGE_TEXT)
    any_date = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
    recent_date = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
    any_datetime = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=TIMEZONES)
    return {
        "String": text.map(nodes.String),
        "Int": INTS.map(nodes.Int),
        "ID": st.one_of(st.sampled_from(ids), st.uuids().map(str), text).map(nodes.String),
        "Date": st.one_of(recent_date.map(date.isoformat), any_date.map(date.isoformat), text).map(nodes.String),
        "DateTime": st.one_of(any_datetime.map(datetime.isoformat), text).map(nodes.String),
        "Upload": st.one_of(st.just(nodes.Null), text.map(nodes.String)),
        "JSON": st.just(graphql.ObjectValueNode(fields=())),
        "BigInt": st.integers().map(nodes.Int),
    }


def draw_documents(strategy: st.SearchStrategy[str], count: int) -> list[str]:
    """`count` documents from `strategy`, the same ones on every run."""
    documents: list[str] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(document: str) -> None:
        documents.append(document)

    collect()
    return documents


def operations(ids: list[str]) -> list[tuple[str, str]]:
    custom = scalars(ids)
    ops = []
    for kind, fields, build in (("query", QUERY_FIELDS, queries), ("mutation", MUTATION_FIELDS, mutations)):
        for name in fields:
            count = SLOW_FIELDS.get(name, EXAMPLES_FOR.get(name, EXAMPLES))
            for document in draw_documents(build(GRAPHQL, fields=[name], custom_scalars=custom), count):
                ops.append((f"{kind} {name}", document))
    return ops


async def world(role: str) -> tuple[str, list[str]]:
    """Two tenants with users, entries, reserves and an invite; the caller's token and every id worth guessing."""
    tenant, other = await create_tenant(), await create_tenant()
    user = await create_user(tenant=tenant)
    neighbour = await create_user(tenant=other)
    colleague_staff = await create_staff()
    await create_reserve(tenant, balance_cents=5000)
    await create_reserve(other, balance_cents=100)
    entries = [
        await create_worklog(user, content="release notes shipped", tags=["go"]),
        await create_worklog(neighbour, content="other tenant's entry"),
    ]
    _, passkey = await create_passkey(notes="fuzz")
    caller = await create_staff() if role == "staff" else user
    ids = [str(x.id) for x in (tenant, other, neighbour, colleague_staff, passkey, *entries)]
    if role == "staff":
        ids.append(str(user.id))  # staff act on the user; the caller's own id is never in the pool
    return await token_for(caller), ids


def failure(response) -> str | None:
    if response.status_code >= 500:
        return f"HTTP {response.status_code}: {response.text[:300]}"
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code}, not JSON: {response.text[:300]}"
    for error in (body.get("errors") or []) if isinstance(body, dict) else []:
        if (error.get("extensions") or {}).get("code") in (None, "INTERNAL"):
            return f"{error.get('extensions')}: {error.get('message')}"
    return None


@pytest.mark.parametrize("role", ["user", "staff"])
async def test_no_generated_operation_answers_internal_or_5xx(client, role):
    token, ids = await world(role)
    started = time.monotonic()
    ops = operations(ids)
    assert {name.split(" ", 1)[1] for name, _ in ops} == set(QUERY_FIELDS) | set(MUTATION_FIELDS)
    found = []
    for name, document in ops:
        response = await client.post("/graphql", json={"query": document}, headers={"authorization": f"Bearer {token}"})
        problem = failure(response)
        if problem:
            found.append(f"{name}: {problem}\n    {document}")
    # The caller's token must have survived the run, or the later examples proved nothing.
    me = await client.post("/graphql", json={"query": "{ me { id } }"}, headers={"authorization": f"Bearer {token}"})
    assert me.json()["data"]["me"] is not None
    print(f"fuzz {role}: {len(ops)} operations in {time.monotonic() - started:.1f}s")
    # No request left a database session behind mid-statement (a resolver cancelled inside a query).
    left_open = await Tortoise.get_connection("default").execute_query_dict(
        "SELECT state, left(query, 120) AS query FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL"
    )
    assert left_open == []
    assert not found, f"{len(found)} of {len(ops)} generated operations failed:\n" + "\n".join(found[:30])
