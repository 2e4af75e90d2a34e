from tests.factories import DEFAULT_PASSWORD, create_passkey, create_user

LOGIN = "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token errors { code message } } }"


async def test_login_attempts_per_username_are_limited_with_retry_after(gql, app, settings):
    app.state.settings = settings.model_copy(update={"rate_limit_login_per_username": 3})
    await create_user(username="ada")
    codes = [
        (await gql.ok(LOGIN, {"u": "ada", "p": "wrong-guess-000"}))["login"]["errors"][0]["code"] for _ in range(4)
    ]
    assert codes == ["INVALID_CREDENTIALS"] * 3 + ["RATE_LIMITED"]
    # Even the right password is refused while limited, and the message says when to retry.
    data = await gql.ok(LOGIN, {"u": "ada", "p": DEFAULT_PASSWORD})
    assert data["login"]["token"] is None
    assert data["login"]["errors"][0]["code"] == "RATE_LIMITED"
    assert "try again in" in data["login"]["errors"][0]["message"]


async def test_login_attempts_per_ip_are_limited_across_usernames(gql, app, settings):
    app.state.settings = settings.model_copy(update={"rate_limit_login_per_ip": 2})
    codes = [
        (await gql.ok(LOGIN, {"u": f"guess{i}", "p": "wrong-guess-000"}))["login"]["errors"][0]["code"]
        for i in range(3)
    ]
    assert codes == ["INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "RATE_LIMITED"]


async def test_successful_login_clears_the_username_counter(gql, app, settings):
    app.state.settings = settings.model_copy(update={"rate_limit_login_per_username": 2})
    await create_user(username="ada")
    await gql.ok(LOGIN, {"u": "ada", "p": "wrong-guess-000"})
    assert (await gql.ok(LOGIN, {"u": "ada", "p": DEFAULT_PASSWORD}))["login"]["errors"] == []
    await gql.ok(LOGIN, {"u": "ada", "p": "wrong-guess-000"})
    assert (await gql.ok(LOGIN, {"u": "ada", "p": DEFAULT_PASSWORD}))["login"]["errors"] == []


async def test_signups_per_ip_are_limited(gql, app, settings):
    app.state.settings = settings.model_copy(update={"rate_limit_signup_per_ip": 1})
    raw, _ = await create_passkey()
    signup = 'mutation($k: String!) { signup(input: {passkey: $k, username: "ada", email: "a@example.com", password: "orbital-mechanics-42"}) { errors { code } } }'
    assert (await gql.ok(signup, {"k": "ark_wrong"}))["signup"]["errors"][0]["code"] == "PASSKEY_INVALID"
    assert (await gql.ok(signup, {"k": raw}))["signup"]["errors"][0]["code"] == "RATE_LIMITED"


async def test_repeated_invalid_tokens_get_429_with_retry_after(client, app, settings):
    app.state.settings = settings.model_copy(update={"rate_limit_bad_token_per_ip": 3})
    statuses = []
    for _ in range(4):
        response = await client.post(
            "/graphql", json={"query": "{ me { username } }"}, headers={"authorization": "Bearer art_guess"}
        )
        statuses.append(response.status_code)
    assert statuses == [200, 200, 200, 429]
    assert int(response.headers["retry-after"]) > 0
    assert response.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
