"""Walks the whole schema: every staff-only field refuses anonymous callers and normal users."""

from __future__ import annotations

import uuid

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    get_named_type,
)
from graphql.pyutils import Undefined

from server.graphql.permissions import IsAuthenticated, IsStaff
from server.graphql.schema import schema
from tests.factories import create_staff, create_user, token_for

GRAPHQL = schema._schema


def literal(type_) -> str:
    if isinstance(type_, GraphQLNonNull):
        return literal(type_.of_type)
    if isinstance(type_, GraphQLList):
        return f"[{literal(type_.of_type)}]"
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    if isinstance(type_, GraphQLInputObjectType):
        required = [
            f"{n}: {literal(f.type)}"
            for n, f in type_.fields.items()
            if isinstance(f.type, GraphQLNonNull) and f.default_value is Undefined
        ]
        return "{" + ", ".join(required) + "}"
    assert isinstance(type_, GraphQLScalarType)
    return {
        "ID": f'"{uuid.uuid4()}"',
        "String": '"x"',
        "Int": "1",
        "Float": "1.0",
        "Boolean": "false",
        "Date": '"2026-01-01"',
        "DateTime": '"2026-01-01T00:00:00+00:00"',
        "JSON": "{}",
        "Upload": "null",
    }.get(type_.name, '"x"')


def call(name: str, field) -> str:
    args = [f"{a}: {literal(arg.type)}" for a, arg in field.args.items() if isinstance(arg.type, GraphQLNonNull)]
    selection = " { __typename }" if isinstance(get_named_type(field.type), GraphQLObjectType) else ""
    return f"{name}({', '.join(args)}){selection}" if args else f"{name}{selection}"


def permission_of(type_name: str, field_name: str) -> set[type]:
    definition = schema.get_type_by_name(type_name)
    for f in definition.fields:
        if f.graphql_name == field_name or schema.config.name_converter.get_graphql_name(f) == field_name:
            return {type(p) if not isinstance(p, type) else p for p in f.permission_classes}
    raise LookupError(f"{type_name}.{field_name}")


def staff_only_operations() -> list[tuple[str, str]]:
    ops = []
    for root, keyword in (("Query", "query"), ("Mutation", "mutation")):
        for name, field in GRAPHQL.get_type(root).fields.items():
            if IsStaff in permission_of(root, name):
                if name == "admin":
                    admin = GRAPHQL.get_type("AdminQuery")
                    ops += [
                        (f"admin.{sub}", f"query {{ admin {{ {call(sub, f)} }} }}") for sub, f in admin.fields.items()
                    ]
                else:
                    ops.append((name, f"{keyword} {{ {call(name, field)} }}"))
    return ops


def authenticated_operations() -> list[tuple[str, str]]:
    ops = []
    for root, keyword in (("Query", "query"), ("Mutation", "mutation")):
        for name, field in GRAPHQL.get_type(root).fields.items():
            if IsAuthenticated in permission_of(root, name):
                ops.append((name, f"{keyword} {{ {call(name, field)} }}"))
    return ops


STAFF_OPS = staff_only_operations()
USER_OPS = authenticated_operations()


def test_the_walk_covers_the_admin_contract():
    names = {n for n, _ in STAFF_OPS}
    assert {
        "createInvitePasskey",
        "revokeInvitePasskey",
        "setUserActive",
        "resetUserPassword",
        "updateUser",
        "moveUserToTenant",
        "revokeAllTokens",
        "admin.passkeys",
        "admin.users",
        "admin.auditEvents",
    } <= names
    # Every AdminQuery field itself also declares IsStaff (defence in depth, not only the `admin` gate).
    for sub in GRAPHQL.get_type("AdminQuery").fields:
        assert IsStaff in permission_of("AdminQuery", sub), sub


@pytest.mark.parametrize(("name", "document"), STAFF_OPS, ids=[n for n, _ in STAFF_OPS])
async def test_staff_only_field_refuses_anonymous_and_normal_users(gql, name, document):
    anonymous = await gql(document)
    assert anonymous.get("data") is None or all(v is None for v in (anonymous.get("data") or {}).values()), anonymous
    assert [e["extensions"]["code"] for e in anonymous["errors"]] == ["UNAUTHENTICATED"], anonymous
    user_token = await token_for(await create_user())
    refused = await gql(document, token=user_token)
    assert [e["extensions"]["code"] for e in refused["errors"]] == ["FORBIDDEN"], refused
    staff_token = await token_for(await create_staff())
    allowed = await gql(document, token=staff_token)
    codes = [e.get("extensions", {}).get("code") for e in allowed.get("errors", [])]
    assert "FORBIDDEN" not in codes and "UNAUTHENTICATED" not in codes and "INTERNAL" not in codes, allowed


@pytest.mark.parametrize(("name", "document"), USER_OPS, ids=[n for n, _ in USER_OPS])
async def test_user_field_refuses_anonymous_callers(gql, name, document):
    anonymous = await gql(document)
    assert [e["extensions"]["code"] for e in anonymous["errors"]] == ["UNAUTHENTICATED"], anonymous
