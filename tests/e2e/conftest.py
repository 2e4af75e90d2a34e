"""Browser tests: the built SPA served by a real uvicorn, driven in Debian's headless Chromium."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import pytest_asyncio

from tests.conftest import missing_prerequisite

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
AXE = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
WIDTHS = {"phone": {"width": 360, "height": 780}, "desktop": {"width": 1280, "height": 900}}


@pytest_asyncio.fixture(scope="session")
async def browser():
    if CHROMIUM is None:
        missing_prerequisite("Chromium is not installed (apt-get install chromium; .ci/run does)")
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        await browser.close()


def require_built_spa() -> None:
    if not (ROOT / "web" / "dist" / "index.html").is_file():
        pytest.fail("the SPA is not built: run `make web` (make test does)")


@pytest_asyncio.fixture
async def page(browser, live_server, app):
    require_built_spa()
    context = await browser.new_context(base_url=live_server, viewport=WIDTHS["desktop"])
    page = await context.new_page()
    page.set_default_timeout(10_000)
    yield page
    await context.close()


async def check_accessibility(page, name: str) -> None:
    """axe-core on the page as it is now: no serious or critical violation."""
    if not await page.evaluate("typeof window.axe !== 'undefined'"):
        await page.add_script_tag(path=str(AXE))
    result = await page.evaluate("""async () => {
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }));
    }""")
    assert result == [], f"{name}: {result}"


async def no_sideways_scroll(page, name: str) -> None:
    overflow = await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{name}: the page scrolls sideways by {overflow}px"


async def screen(page, width: str, name: str) -> None:
    """Every screen: saved for people to look at, checked by axe, and never wider than the window."""
    SCREENSHOTS.mkdir(exist_ok=True)
    await page.wait_for_timeout(50)
    await page.screenshot(path=str(SCREENSHOTS / f"{width}-{name}.png"), full_page=True)
    await check_accessibility(page, f"{width}/{name}")
    await no_sideways_scroll(page, f"{width}/{name}")
