"""Request limits, error shaping and production hardening of the GraphQL endpoint."""

from httpx import ASGITransport, AsyncClient
from pydantic import SecretStr

from server.app import create_app
from server.graphql.schema import build_schema
from tests.factories import create_staff, create_user, token_for


def production(settings):
    return settings.model_copy(
        update={
            "environment": "production",
            "public_url": "https://afterresume.example",
            "secret_key": SecretStr("p" * 40),
        }
    )


async def test_queries_over_get_are_refused(client):
    response = await client.get("/graphql", params={"query": "{ me { username } }"})
    assert response.status_code == 400
    assert "not allowed when using GET" in response.text and "username" not in response.text


async def test_too_deep_queries_are_refused(gql, app, settings):
    app.state.settings = settings  # limits are fixed when the schema is built: use a schema with a low depth
    schema = build_schema(settings.model_copy(update={"graphql_max_depth": 3}))
    result = await schema.execute("{ admin { users { edges { node { tenant { name } } } } } }")
    assert [e.message for e in result.errors] == ["'anonymous' exceeds maximum operation depth of 3"]


async def test_too_many_aliases_are_refused(gql, settings):
    query = "{ " + " ".join(f"a{i}: me {{ username }}" for i in range(settings.graphql_max_aliases + 1)) + " }"
    body = await gql(query)
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert "aliases" in body["errors"][0]["message"]


async def test_too_many_tokens_are_refused(gql, settings):
    query = "{ " + " ".join("me { username }" for _ in range(settings.graphql_max_tokens // 3)) + " }"
    body = await gql(query)
    assert body.get("data") is None
    assert [e["message"] for e in body["errors"]] == [
        f"Syntax Error: Document contains more than {settings.graphql_max_tokens} tokens. Parsing aborted."
    ]


async def test_batches_are_capped(client, settings):
    ok = await client.post("/graphql", json=[{"query": "{ me { username } }"}] * 2)
    assert ok.status_code == 200 and len(ok.json()) == 2
    too_many = await client.post("/graphql", json=[{"query": "{ me { username } }"}] * (settings.graphql_max_batch + 1))
    assert too_many.status_code == 400


async def test_unexpected_errors_are_masked_with_code_internal(gql, monkeypatch):
    from server.invitations import service

    async def broken(**kwargs):
        raise RuntimeError("database password is hunter2")

    monkeypatch.setattr(service, "list_passkeys_for_staff", broken)
    token = await token_for(await create_staff())
    body = await gql("{ admin { passkeys { totalCount } } }", token=token)
    assert body["errors"][0]["message"] == "Internal server error."
    assert body["errors"][0]["extensions"] == {"code": "INTERNAL"}
    assert "hunter2" not in str(body)


async def test_introspection_and_suggestions_work_in_development(gql):
    body = await gql("{ __schema { queryType { name } } }")
    assert body["data"]["__schema"]["queryType"]["name"] == "Query"
    body = await gql("{ mee { username } }")
    assert "Did you mean" in body["errors"][0]["message"]


async def test_production_turns_off_introspection_suggestions_and_graphiql(app, settings):
    prod = production(settings)
    schema = build_schema(prod)
    result = await schema.execute("{ __schema { queryType { name } } }")
    assert result.errors and "introspection" in result.errors[0].message.lower()
    result = await schema.execute("{ mee { username } }")
    assert [e.message for e in result.errors] == ["Cannot query field 'mee' on type 'Query'."]
    prod_app = create_app(prod)
    for name in ("redis", "limiter", "events", "storage", "activity", "request_aggregates"):  # what the lifespan makes
        setattr(prod_app.state, name, getattr(app.state, name))
    async with AsyncClient(transport=ASGITransport(app=prod_app), base_url="https://afterresume.example") as c:
        page = await c.get("/graphql", headers={"accept": "text/html"})
    assert "graphiql" not in page.text.lower()


async def test_cookie_from_a_foreign_origin_is_ignored(client):
    token = await token_for(await create_user(username="ada"))
    query = {"query": "{ me { username } }"}
    same = await client.post(
        "/graphql", json=query, cookies={"ar_session": token}, headers={"origin": "http://testserver"}
    )
    assert same.json()["data"]["me"] == {"username": "ada"}
    foreign = await client.post(
        "/graphql", json=query, cookies={"ar_session": token}, headers={"origin": "https://evil.example"}
    )
    assert foreign.json()["data"]["me"] is None


async def test_security_headers_are_set(client):
    response = await client.get("/api/healthz")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


async def test_a_bad_enum_value_in_variables_is_a_validation_error_not_internal(gql):
    token = await token_for(await create_staff())
    body = await gql(
        "query($s: PasskeyStatus) { admin { passkeys(status: $s) { totalCount } } }", {"s": "YOLO"}, token=token
    )
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert "YOLO" in body["errors"][0]["message"]
