"""One mutation pattern: a `Payload` gets `errors` as its last field, and `mutation` turns a ServiceError into it."""

from __future__ import annotations

import pytest
import strawberry
from strawberry.permission import BasePermission

from server.errors import NotFound, ServiceError
from server.graphql.mutations import Payload, mutation
from server.graphql.schema import schema as app_schema


@strawberry.type
class ThingPayload(Payload):
    name: str | None = None
    size: int = 0


class Nobody(BasePermission):
    message = "Nobody may."

    def has_permission(self, source, info, **kwargs) -> bool:
        return False


@strawberry.type
class Query:
    ok: bool = True


@strawberry.type
class Mutation:
    @mutation()
    async def make_thing(self, name: str) -> ThingPayload:
        if name == "missing":
            raise NotFound("Thing")
        if name == "bug":
            raise RuntimeError("a bug, not a refusal")
        return ThingPayload(name=name, size=len(name))

    @mutation(permission_classes=[Nobody])
    async def guarded(self) -> ThingPayload:
        raise ServiceError("NOT_FOUND", "never reached")


schema = strawberry.Schema(query=Query, mutation=Mutation)


def test_payload_gets_errors_as_its_last_field_with_an_empty_default():
    assert str(schema).count("type ThingPayload {\n  name: String\n  size: Int!\n  errors: [UserError!]!\n}") == 1
    assert ThingPayload(name="x").errors == []
    assert ThingPayload().errors is not ThingPayload().errors


def test_every_mutation_of_the_app_returns_a_payload_with_errors_last():
    mutation_type = app_schema.schema_converter.type_map["Mutation"].definition
    assert mutation_type.fields
    for field in mutation_type.fields:
        assert issubclass(field.type, Payload), field.name
        assert [f.python_name for f in field.type.__strawberry_definition__.fields][-1] == "errors", field.name


async def test_a_service_error_becomes_the_payload_errors():
    result = await schema.execute('mutation { makeThing(name: "missing") { name errors { field message code } } }')
    assert result.errors is None
    assert result.data == {
        "makeThing": {"name": None, "errors": [{"field": "id", "message": "Thing not found.", "code": "NOT_FOUND"}]}
    }


async def test_a_success_has_no_errors():
    result = await schema.execute('mutation { makeThing(name: "abc") { name size errors { code } } }')
    assert result.data == {"makeThing": {"name": "abc", "size": 3, "errors": []}}


async def test_any_other_exception_stays_a_top_level_error():
    result = await schema.execute('mutation { makeThing(name: "bug") { name errors { code } } }')
    assert result.data is None
    assert [e.message for e in result.errors] == ["a bug, not a refusal"]


async def test_permissions_declared_on_the_field_run_before_it():
    result = await schema.execute("mutation { guarded { errors { code } } }")
    assert result.data is None
    assert [e.message for e in result.errors] == ["Nobody may."]


@strawberry.type
class Plain:
    ok: bool


@strawberry.type
class PlainMutation:
    @mutation()
    async def plain(self) -> Plain:
        return Plain(ok=True)


def test_a_mutation_that_does_not_return_a_payload_is_refused_at_schema_build():
    with pytest.raises(TypeError, match="mutation plain must return a Payload"):
        strawberry.Schema(query=Query, mutation=PlainMutation)
