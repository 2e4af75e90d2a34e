"""Browser tests: the built SPA served by a real uvicorn, driven in headless Chromium."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import pytest_asyncio

from tests.conftest import missing_prerequisite

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-quic"]


@pytest_asyncio.fixture(scope="session")
async def browser():
    if CHROMIUM is None:
        missing_prerequisite("Chromium is not installed (apt-get install chromium; .ci/run does)")
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        await browser.close()


@pytest_asyncio.fixture
async def page(browser, live_server, app):
    if not (ROOT / "web" / "dist" / "index.html").is_file():
        pytest.fail("the SPA is not built: run `make web` (make test does)")
    context = await browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    page.set_default_timeout(10_000)
    yield page
    await context.close()
