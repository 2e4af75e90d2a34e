"""Introspection has its own depth cap: GraphiQL's standard query passes, deeper ones are refused with a code."""

from graphql import get_introspection_query

from server.graphql.schema import build_schema


def schema_introspection(depth: int) -> str:
    """`__schema { types { fields { type { ofType … { name } } } } }` of the depth limiter's count."""
    of_types = depth - 4
    inner = "name"
    for _ in range(of_types):
        inner = f"ofType {{ {inner} }}"
    return f"{{ __schema {{ types {{ fields {{ type {{ {inner} }} }} }} }} }}"


async def test_the_standard_introspection_query_of_graphql_core_is_answered(settings):
    schema = build_schema(settings)
    for query in (
        get_introspection_query(),
        get_introspection_query(
            descriptions=True,
            specified_by_url=True,
            directive_is_repeatable=True,
            schema_description=True,
            input_value_deprecation=True,
        ),
    ):
        result = await schema.execute(query)
        assert result.errors is None
        assert result.data["__schema"]["queryType"]["name"] == "Query"


async def test_through_http_graphiql_gets_its_schema(gql):
    body = await gql(get_introspection_query(descriptions=True, input_value_deprecation=True))
    assert "errors" not in body and body["data"]["__schema"]["types"]


async def test_introspection_up_to_the_cap_is_answered_and_deeper_is_refused_with_a_code(gql, settings):
    cap = settings.graphql_max_introspection_depth
    assert cap == 15
    assert "errors" not in await gql(schema_introspection(cap))
    body = await gql(schema_introspection(cap + 1))
    assert body["errors"] == [
        {
            "message": "'anonymous' exceeds maximum introspection depth of 15",
            "locations": [{"line": 1, "column": 1}],
            "extensions": {"reason": "INTROSPECTION_TOO_DEEP", "code": "GRAPHQL_VALIDATION_FAILED"},
        }
    ]
    assert "data" not in body or body["data"] is None


async def test_depth_hidden_in_fragments_and_type_lookups_is_counted_too(gql):
    chain = "name"
    for _ in range(16):
        chain = f"ofType {{ {chain} }}"
    body = await gql(
        f'query Deep {{ ...Root }} fragment Root on Query {{ __type(name: "Query") {{ ...T }} }} '
        f"fragment T on __Type {{ {chain} }}"
    )
    assert body["errors"][0]["extensions"] == {"reason": "INTROSPECTION_TOO_DEEP", "code": "GRAPHQL_VALIDATION_FAILED"}
    assert "'Deep' exceeds maximum introspection depth" in body["errors"][0]["message"]


async def test_a_query_nested_far_beyond_any_cap_is_refused_without_exhausting_the_stack(gql):
    chain = "name"
    for _ in range(900):
        chain = f"ofType {{ {chain} }}"
    body = await gql(f'{{ __type(name: "Query") {{ {chain} }} }}')
    codes = {e["extensions"]["code"] for e in body["errors"]}
    assert codes == {"GRAPHQL_VALIDATION_FAILED"}, body["errors"][:2]
