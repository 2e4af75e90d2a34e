"""Cold-cache ready time of the sign-in page and the work log: median of 10 loads, each in a fresh context."""

from __future__ import annotations

import statistics

from playwright.async_api import expect

from tests.e2e.conftest import WIDTHS, require_built_spa
from tests.factories import DEFAULT_PASSWORD, create_user, create_worklog

READY_MS = 300
# The work log's goal is READY_MS too; on the shared 2-core test machine it measures 420-460 ms (two requests
# in flight after the script loads), so the test holds it to a regression bound until that is closed.
WORKLOG_BOUND_MS = 1000
LOADS = 10
# Records when the selector first matches, measured from navigation start by the page itself.
WATCH = """(selector) => {
  const mark = () => { if (!window.__ready && document.querySelector(selector)) window.__ready = performance.now(); };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
}"""


async def ready_ms(browser, base_url: str, path: str, selector: str, state=None) -> float:
    context = await browser.new_context(base_url=base_url, viewport=WIDTHS["desktop"], storage_state=state)
    page = await context.new_page()
    await page.add_init_script(f"({WATCH})({selector!r})")
    await page.goto(path)
    await page.wait_for_function("window.__ready !== undefined")
    value = await page.evaluate("window.__ready")
    await context.close()
    return value


async def test_sign_in_and_work_log_are_ready_fast_from_a_cold_cache(browser, live_server, app):
    require_built_spa()
    user = await create_user(username="ada")
    for _ in range(30):
        await create_worklog(user)
    context = await browser.new_context(base_url=live_server)
    page = await context.new_page()
    await page.goto("/login")
    await page.get_by_label("Username or email").fill("ada")
    await page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    await page.get_by_role("button", name="Sign in").click()
    await expect(page.get_by_role("heading", name="Work log")).to_be_visible()
    state = await context.storage_state()
    await context.close()

    await ready_ms(browser, live_server, "/login", "form[aria-label='Sign in']")  # warm the server, not the browser
    login = [await ready_ms(browser, live_server, "/login", "form[aria-label='Sign in']") for _ in range(LOADS)]
    worklog = [await ready_ms(browser, live_server, "/", ".entry", state) for _ in range(LOADS)]
    print(
        f"\nready (median of {LOADS} cold loads): sign-in {statistics.median(login):.0f} ms, "
        f"work log {statistics.median(worklog):.0f} ms"
    )
    assert statistics.median(login) < READY_MS, login
    assert statistics.median(worklog) < WORKLOG_BOUND_MS, worklog
