"""How soon the built SPA is ready in a cold browser: the sign-in page and a signed-in work log.

A scratch database and one uvicorn serving `web/dist`; Debian's headless Chromium loads each page
`--loads` times, each in a fresh browser context (an empty cache), and the page itself records when the
selector first matched, measured from navigation start. Prints the median and the spread of each page
against the goal (`READY_MS`, 300 ms).

    make web && .venv/bin/python -m bench.web_ready [--loads 10]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys

from bench.harness import ROOT, scratch_server
from tests.e2e.conftest import CHROMIUM_ARGS

READY_MS = 300
# Records when the selector first matches, measured from navigation start by the page itself.
WATCH = """(selector) => {
  const mark = () => { if (!window.__ready && document.querySelector(selector)) window.__ready = performance.now(); };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
}"""
SIGN_IN = "form[aria-label='Sign in']"
ENTRY = ".entry"
PASSWORD = "bench-password-0123"


async def ready_ms(browser, base_url: str, path: str, selector: str, state=None) -> float:
    context = await browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900}, storage_state=state)
    page = await context.new_page()
    await page.add_init_script(f"({WATCH})({selector!r})")
    await page.goto(path)
    await page.wait_for_function("window.__ready !== undefined")
    value = await page.evaluate("window.__ready")
    await context.close()
    return value


async def seed(env: dict[str, str]) -> None:
    from server.db import close_db, init_db
    from server.settings import Settings
    from tests.factories import create_user, create_worklog

    await init_db(Settings(_env_file=None, database_url=env["DATABASE_URL"], redis_url=env["REDIS_URL"]))
    try:
        user = await create_user(username="ada", password=PASSWORD)
        for _ in range(30):
            await create_worklog(user)
    finally:
        await close_db()


def line(name: str, values: list[float]) -> str:
    median = statistics.median(values)
    verdict = "meets" if median < READY_MS else "misses"
    return (
        f"{name:<10} median {median:6.0f} ms  min {min(values):6.0f}  max {max(values):6.0f}  "
        f"({verdict} the {READY_MS} ms goal)"
    )


async def main(loads: int) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("Chromium is not installed (apt-get install chromium)")
    if not (ROOT / "web" / "dist" / "index.html").is_file():
        sys.exit("the SPA is not built: run `make web`")
    from playwright.async_api import async_playwright

    async with scratch_server() as (base_url, env), async_playwright() as p:
        await seed(env)
        browser = await p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        try:
            context = await browser.new_context(base_url=base_url)
            page = await context.new_page()
            await page.goto("/login")
            await page.get_by_label("Username or email").fill("ada")
            await page.get_by_label("Password").fill(PASSWORD)
            await page.get_by_role("button", name="Sign in").click()
            await page.wait_for_selector(ENTRY)
            state = await context.storage_state()
            await context.close()

            await ready_ms(browser, base_url, "/login", SIGN_IN)  # warms the server, not the browser
            login = [await ready_ms(browser, base_url, "/login", SIGN_IN) for _ in range(loads)]
            worklog = [await ready_ms(browser, base_url, "/", ENTRY, state) for _ in range(loads)]
        finally:
            await browser.close()
    print(f"ready from a cold cache, {loads} loads each, 1 uvicorn worker, the machine's cores shared")
    print(line("sign-in", login))
    print(line("work log", worklog))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=10)
    args = parser.parse_args()
    asyncio.run(main(args.loads))
