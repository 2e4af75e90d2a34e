"""/graphql answers in the media type Accept prefers: application/graphql-response+json as the
GraphQL-over-HTTP spec describes it, application/json as it always did."""

from __future__ import annotations

import uuid

import pytest

from server.graphql.view import APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, response_media_type
from tests.factories import error_codes

PREFERS_GRAPHQL_RESPONSE = "application/graphql-response+json, application/json;q=0.9"
# (query, variables, the one error's message)
PARSE_FAILURE = ("{", None, "Syntax Error: Expected Name, found <EOF>.")
VALIDATION_FAILURE = ("{ noSuchField }", None, "Cannot query field 'noSuchField' on type 'Query'.")
COERCION_FAILURE = (
    "query($id: ID!) { worklog(id: $id) { id } }",
    {"id": None},
    "Variable '$id' has invalid value: Expected value of non-null type 'ID!' not to be None.",
)


async def post(client, query, variables=None, accept=None):
    headers = {"accept": accept} if accept is not None else {}
    return await client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)


async def test_graphql_response_json_is_answered_in_kind(client):
    response = await post(client, "{ __typename }", accept=GRAPHQL_RESPONSE_JSON)
    assert response.status_code == 200
    assert response.headers["content-type"] == GRAPHQL_RESPONSE_JSON
    assert response.headers["vary"] == "Accept"
    assert response.json() == {"data": {"__typename": "Query"}}


@pytest.mark.parametrize(
    "query, variables, message",
    [PARSE_FAILURE, VALIDATION_FAILURE, COERCION_FAILURE],
    ids=["parse", "validation", "variable-coercion"],
)
async def test_a_request_error_under_graphql_response_json_is_a_400_without_data(client, query, variables, message):
    response = await post(client, query, variables, accept=PREFERS_GRAPHQL_RESPONSE)
    assert response.status_code == 400
    assert response.headers["content-type"] == GRAPHQL_RESPONSE_JSON
    body = response.json()
    assert "data" not in body
    assert [e["message"] for e in body["errors"]] == [message]


async def test_a_field_error_under_graphql_response_json_is_a_200_with_data(client):
    query = f'{{ __typename worklog(id: "{uuid.uuid4()}") {{ id }} }}'
    response = await post(client, query, accept=GRAPHQL_RESPONSE_JSON)
    assert response.status_code == 200
    assert response.headers["content-type"] == GRAPHQL_RESPONSE_JSON
    body = response.json()
    assert body["data"] == {"__typename": "Query", "worklog": None}
    assert error_codes(body) == ["UNAUTHENTICATED"]
    assert body["errors"][0]["path"] == ["worklog"]


async def test_null_data_from_a_field_error_is_still_data(client):
    response = await post(client, "{ worklogs(first: 1) { totalCount } }", accept=GRAPHQL_RESPONSE_JSON)
    assert response.status_code == 200
    body = response.json()
    assert "data" in body and body["data"] is None
    assert error_codes(body) == ["UNAUTHENTICATED"]


@pytest.mark.parametrize(
    "accept", [None, "*/*", APPLICATION_JSON, "text/html", "application/graphql-response+json;q=0.5, application/json"]
)
@pytest.mark.parametrize(
    "query, variables, message",
    [PARSE_FAILURE, VALIDATION_FAILURE, COERCION_FAILURE],
    ids=["parse", "validation", "variable-coercion"],
)
async def test_application_json_clients_keep_200_with_null_data(client, query, variables, message, accept):
    response = await post(client, query, variables, accept=accept)
    assert response.status_code == 200
    assert response.headers["content-type"] == APPLICATION_JSON
    body = response.json()
    assert "data" in body and body["data"] is None
    assert [e["message"] for e in body["errors"]] == [message]


async def test_a_batch_under_graphql_response_json_drops_data_only_from_its_request_errors(client):
    response = await client.post(
        "/graphql",
        json=[{"query": "{ __typename }"}, {"query": "{ noSuchField }"}],
        headers={"accept": GRAPHQL_RESPONSE_JSON},
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == GRAPHQL_RESPONSE_JSON
    first, second = response.json()
    assert first == {"data": {"__typename": "Query"}}
    assert "data" not in second
    assert [e["message"] for e in second["errors"]] == [VALIDATION_FAILURE[2]]


@pytest.mark.parametrize(
    "accept, expected",
    [
        ("", APPLICATION_JSON),
        ("*/*", APPLICATION_JSON),
        ("application/*", APPLICATION_JSON),
        ("text/html", APPLICATION_JSON),
        ("application/json", APPLICATION_JSON),
        ("application/graphql-response+json", GRAPHQL_RESPONSE_JSON),
        ("Application/GraphQL-Response+JSON; charset=utf-8", GRAPHQL_RESPONSE_JSON),
        ("application/graphql-response+json, application/json;q=0.9", GRAPHQL_RESPONSE_JSON),
        ("application/json;q=0.9, application/graphql-response+json", GRAPHQL_RESPONSE_JSON),
        ("application/json, application/graphql-response+json", GRAPHQL_RESPONSE_JSON),
        ("application/graphql-response+json;q=0.5, application/json", APPLICATION_JSON),
        ("application/graphql-response+json, */*", GRAPHQL_RESPONSE_JSON),
        ("application/json, */*", APPLICATION_JSON),
        ("application/json;q=0, */*", GRAPHQL_RESPONSE_JSON),
        ("application/graphql-response+json;q=0.8, application/*;q=0.9", APPLICATION_JSON),
        ("application/graphql-response+json;q=0", APPLICATION_JSON),
        ("application/graphql-response+json;q=2", APPLICATION_JSON),  # a malformed q: ignored
    ],
)
def test_the_response_type_follows_the_accept_headers_q_values(accept, expected):
    assert response_media_type(accept) == expected
