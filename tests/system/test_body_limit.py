"""Request bodies over MAX_REQUEST_BYTES are refused with 413 before the app reads them."""

from server.evidence.models import Evidence
from tests.factories import create_user, create_worklog, token_for

UPLOAD = "mutation($w: ID!, $f: Upload) { uploadEvidence(worklogId: $w, file: $f) { evidence { id } errors { code } } }"


def multipart(worklog_id: str, data: bytes) -> dict:
    import json

    return {
        "data": {
            "operations": json.dumps({"query": UPLOAD, "variables": {"w": worklog_id, "f": None}}),
            "map": json.dumps({"0": ["variables.f"]}),
        },
        "files": {"0": ("notes.txt", data, "text/plain")},
    }


async def test_an_upload_over_the_limit_is_refused_with_413_and_stores_nothing(client, app, settings):
    app.state.settings = settings.model_copy(update={"max_request_bytes": 50_000})
    user = await create_user()
    worklog = await create_worklog(user)
    token = await token_for(user)
    headers = {"authorization": f"Bearer {token}", "x-requested-with": "test"}
    small = await client.post("/graphql", headers=headers, **multipart(str(worklog.id), b"x" * 1000))
    assert small.status_code == 200 and small.json()["data"]["uploadEvidence"]["errors"] == []
    big = await client.post("/graphql", headers=headers, **multipart(str(worklog.id), b"x" * 60_000))
    assert big.status_code == 413
    assert big.json()["errors"][0]["extensions"]["code"] == "PAYLOAD_TOO_LARGE"
    assert await Evidence.all().count() == 1


async def test_a_streamed_body_without_length_is_cut_off_at_the_limit(client, app, settings):
    app.state.settings = settings.model_copy(update={"max_request_bytes": 10_000})

    async def chunks():
        for _ in range(20):
            yield b'{"query": "' + b"x" * 1000

    response = await client.post("/graphql", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
