"""Evidence tests run against both storage backends: the local directory and S3 (moto's server)."""

from __future__ import annotations

import json

import httpx
import pytest
import pytest_asyncio
from moto.server import ThreadedMotoServer
from pydantic import SecretStr

from server.storage.local import LocalStorage
from server.storage.s3 import S3Storage


@pytest.fixture(scope="session")
def moto_endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


async def open_s3_storage(moto_endpoint: str, settings) -> S3Storage:
    """A fresh bucket on the moto server (reset first, so no test sees another's objects)."""
    httpx.post(f"{moto_endpoint}/moto-api/reset")
    s3_settings = settings.model_copy(
        update={
            "storage_backend": "s3",
            "s3_endpoint_url": moto_endpoint,
            "s3_bucket": "evidence-test",
            "s3_access_key_id": "test",
            "s3_secret_access_key": SecretStr("test"),
        }
    )
    storage = await S3Storage(s3_settings).open()
    await storage._client.create_bucket(Bucket="evidence-test")
    return storage


@pytest_asyncio.fixture(params=["local", "s3"])
async def storage(request, app, tmp_path, moto_endpoint, settings):
    """The app's storage for one test, then the original back."""
    if request.param == "s3":
        chosen = await open_s3_storage(moto_endpoint, settings)
    else:
        chosen = LocalStorage(tmp_path / "objects")
    original = app.state.storage
    app.state.storage = chosen
    try:
        yield chosen
    finally:
        app.state.storage = original
        await chosen.close()


async def upload(client, token: str, worklog_id: str, name: str, data: bytes, content_type: str) -> dict:
    """A GraphQL multipart request (the spec's operations / map / file parts)."""
    from tests.worklogs.queries import UPLOAD

    operations = {"query": UPLOAD, "variables": {"worklogId": worklog_id, "file": None}}
    response = await client.post(
        "/graphql",
        data={"operations": json.dumps(operations), "map": json.dumps({"0": ["variables.file"]})},
        files={"0": (name, data, content_type)},
        headers={"authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body["errors"]
    return body["data"]["uploadEvidence"]
