"""The API serves the built SPA: gzip when asked, hashed assets cached for a year, index.html never cached."""

from __future__ import annotations

import gzip

import pytest
from httpx import ASGITransport, AsyncClient
from starlette.applications import Starlette

import server.app as app_module

SCRIPT = "console.log('hello from a hashed asset');\n" * 50


@pytest.fixture
def spa(tmp_path, monkeypatch):
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><div id=app></div>" + "<!-- padding -->" * 40)
    (tmp_path / "assets" / "index-AbC123.js").write_text(SCRIPT)
    (tmp_path / "secret.txt").write_text("outside assets")
    monkeypatch.setattr(app_module, "WEB_DIST", tmp_path)
    return Starlette(routes=app_module._spa_routes())


async def get(app, path: str, **headers):
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://testserver") as client:
        return await client.get(path, headers=headers)


async def test_hashed_assets_are_gzipped_and_immutable(spa):
    response = await get(spa, "/assets/index-AbC123.js", **{"accept-encoding": "gzip, br"})
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert response.headers["vary"] == "accept-encoding"
    assert response.headers["content-type"].startswith("text/javascript")
    assert int(response.headers["content-length"]) < len(SCRIPT) / 5
    assert response.text == SCRIPT  # httpx decodes the gzip body


async def test_clients_without_gzip_get_the_plain_bytes(spa):
    response = await get(spa, "/assets/index-AbC123.js", **{"accept-encoding": "identity"})
    assert "content-encoding" not in response.headers
    assert response.content == SCRIPT.encode()


async def test_deep_links_get_the_shell_uncached_and_compressed(spa):
    response = await get(spa, "/entries/0b6f4c1e", **{"accept-encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-cache"
    assert response.headers["content-encoding"] == "gzip"
    assert "<div id=app>" in response.text
    assert gzip.decompress(gzip.compress(response.content)) == response.content


async def test_missing_assets_and_paths_outside_assets_are_404(spa):
    assert (await get(spa, "/assets/missing-123.js")).status_code == 404
    assert "outside assets" not in (await get(spa, "/assets/..%2Fsecret.txt")).text
    assert (await get(spa, "/api/nothing")).status_code == 404
