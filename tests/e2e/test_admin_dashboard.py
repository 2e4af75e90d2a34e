"""Staff read the executive metrics dashboard and system health in the browser, on a desktop and a phone.

A known history — a $49/month Team subscription from a signed Stripe webhook, a $25 top-up, a user active
today, a finished job with one provider call — must show as those figures; the filters live in the URL and
survive a reload; "Recompute now" stores a snapshot and the page says when; a real worker shows on the health
page with its heartbeat and, once killed, as down. Every screen is screenshotted and checked with axe."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

from playwright.async_api import expect

from server.billing import ledger
from server.jobs.models import Job, UsageEvent
from server.metrics.models import UserActivity
from server.tenants.models import Tenant
from tests.billing.conftest import deliver, fake_stripe, stripe_on
from tests.billing.stripe_fake import event, subscription
from tests.e2e.conftest import WIDTHS, require_built_spa, screen
from tests.e2e.test_journey import nav, sign_in
from tests.factories import DEFAULT_PASSWORD, create_reserve, create_staff, create_tenant, create_user
from tests.jobs.workers import WorkerProcess

__all__ = ["deliver", "fake_stripe", "stripe_on"]  # the webhook fixtures this test uses

# Fast heartbeats, so that a killed worker's key expires within the test's patience.
FAST_HEARTBEATS = {"HEARTBEAT_INTERVAL_SECONDS": "0.3", "HEARTBEAT_TTL_SECONDS": "2", "WORKER_METRICS_PORT": "0"}


async def build_history(deliver) -> tuple[str, str]:
    """One paying customer and its activity; returns (tenant id, tenant name)."""
    tenant = await create_tenant(name="Acme Analytics")
    user = await create_user(tenant=tenant, username="grace")
    started = int(time.time()) - 3 * 86400
    sub = subscription(
        sub_id="sub_acme", unit_amount=4900, tenant_id=str(tenant.id), customer="cus_acme", nickname="Team"
    )
    sub["start_date"] = started
    assert (await deliver(event("customer.subscription.created", sub, created=started))).status_code == 200
    await create_reserve(tenant)
    await ledger.credit(tenant.id, 2500, key="topup-acme", reason="Checkout", stripe_reference="cs_acme")
    now = datetime.now(UTC)
    await UserActivity.create(user_id=user.id, tenant_id=tenant.id, day=now.date())
    job = await Job.create(
        tenant=tenant,
        user=user,
        kind="MONTHLY",
        status="success",
        queued_at=now - timedelta(minutes=3),
        started_at=now - timedelta(minutes=2),
        finished_at=now - timedelta(minutes=1),
    )
    await UsageEvent.create(
        tenant=tenant,
        user=user,
        job=job,
        attempt=1,
        provider="openai",
        model="gpt-4o-mini",
        tokens_in=3000,
        tokens_out=500,
        latency_ms=800,
        cost_microcents=250_000_000,
    )
    return str(tenant.id), tenant.name


async def queue_a_job(tenant_id: str, waiting: timedelta) -> None:
    """A job that has waited in the queue for `waiting` (no worker is left to take it)."""
    tenant = await Tenant.get(id=tenant_id)
    user = await create_user(tenant=tenant)
    await Job.create(tenant=tenant, user=user, kind="MONTHLY", status="queued", queued_at=datetime.now(UTC) - waiting)


# Counts the dashboard's figure requests, so a test can tell that a timer did (or did not) fetch.
COUNT_FIGURE_FETCHES = """
window.__figureFetches = 0;
const realFetch = window.fetch;
window.fetch = (...args) => {
  if (String(args[1]?.body ?? "").includes("query AdminMetrics(")) window.__figureFetches += 1;
  return realFetch(...args);
};
"""


async def set_visibility(page, state: str) -> None:
    await page.evaluate(
        """state => {
          Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
          document.dispatchEvent(new Event("visibilitychange"));
        }""",
        state,
    )


async def figure_fetches(page) -> int:
    return await page.evaluate("window.__figureFetches")


async def fetched(page, n: int) -> None:
    await page.wait_for_function("n => window.__figureFetches === n", arg=n)


async def check_until(page, shown) -> None:
    """Press "Check again" until `shown` is visible (a heartbeat appears or expires within seconds)."""
    deadline = time.monotonic() + 30
    while not await shown.is_visible():
        assert time.monotonic() < deadline, "the health page never showed the expected state"
        await page.get_by_role("button", name="Check again").click()
        await expect(page.get_by_role("button", name="Check again")).to_be_enabled()


async def visit_as_staff(browser, live_server, width: str, tenant_id: str, tenant_name: str, worker) -> None:
    """Both screens at one width; at the desktop width the worker is seen alive, then killed."""
    context = await browser.new_context(base_url=live_server, viewport=WIDTHS[width])
    await context.add_init_script(COUNT_FIGURE_FETCHES)
    page = await context.new_page()
    page.set_default_timeout(15_000)
    await page.clock.install()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        await sign_in(page, "root", DEFAULT_PASSWORD)
        await nav(page, width, "Admin")
        await page.get_by_role("navigation", name="Admin").get_by_role("link", name="Metrics").click()
        await expect(page.get_by_role("heading", name="Metrics", exact=True)).to_be_visible()

        # The figures the history implies, every one from the server.
        def figure(name: str):
            return page.get_by_test_id(f"figure-{name}")

        await expect(figure("mrr")).to_have_text("$49.00")
        await expect(figure("arr")).to_have_text("$588.00")
        await expect(figure("newCustomers")).to_have_text("1")
        await expect(figure("topups")).to_have_text("$25.00")
        await expect(figure("jobsFinished")).to_have_text("1")
        usage = page.get_by_test_id("usage-by-model")
        await expect(usage).to_contain_text("gpt-4o-mini")
        await expect(usage).to_contain_text("$2.50")
        await expect(page.get_by_test_id("chart-movements")).to_contain_text("From $0.00 to $49.00: new $49.00 (1)")
        await expect(page.get_by_test_id("alerts")).to_contain_text("SCHEDULER_MISSING")

        # A definition is reachable by keyboard, is the term's description, and Escape hides it.
        term = page.get_by_role("button", name="MRR", exact=True)
        await term.focus()
        await expect(term).to_have_accessible_description(
            re.compile("Trials, free plans and credit top-ups are not MRR")
        )
        tip = page.get_by_role("tooltip").filter(has_text="Trials, free plans")
        await expect(tip).to_be_visible()
        await screen(page, width, "50-metrics-definition")
        await page.keyboard.press("Escape")
        await expect(tip).to_be_hidden()
        await screen(page, width, "51-metrics")

        # Recompute: a snapshot is stored and the page says the figures are new.
        computed = page.get_by_test_id("computed-at").locator("time")
        before = await computed.get_attribute("datetime")
        updated = await page.get_by_test_id("last-updated").locator("time").get_attribute("datetime")
        await page.get_by_role("button", name="Recompute now").click()
        await expect(page.get_by_test_id("computed-at")).to_contain_text("(stored snapshot)")
        await expect(computed).not_to_have_attribute("datetime", before or "")
        await expect(page.get_by_test_id("last-updated").locator("time")).not_to_have_attribute(
            "datetime", updated or ""
        )

        # Refreshed every minute while the tab is visible; paused while hidden; at once on coming back.
        fetches = await figure_fetches(page)
        last_updated = page.get_by_test_id("last-updated").locator("time")
        updated = await last_updated.get_attribute("datetime")
        await page.clock.fast_forward(61_000)
        await fetched(page, fetches + 1)
        # Its answer is in before the tab hides: "last updated" is when an answer arrived, on the page's clock.
        await expect(last_updated).not_to_have_attribute("datetime", updated or "")
        await set_visibility(page, "hidden")
        await expect(page.get_by_test_id("last-updated")).to_contain_text("paused while the tab is hidden")
        await page.clock.fast_forward(121_000)
        assert await figure_fetches(page) == fetches + 1
        await set_visibility(page, "visible")
        await fetched(page, fetches + 2)
        assert await figure_fetches(page) == fetches + 2  # one fetch on coming back, not one per missed minute
        await expect(page.get_by_test_id("last-updated")).to_contain_text("refreshes every minute")

        # Filters go into the URL and come back from it.
        await page.get_by_label("Tenant").select_option(label=tenant_name)
        await expect(page).to_have_url(re.compile(f"tenant={tenant_id}"))
        await expect(figure("dau")).to_have_text("1")
        await page.get_by_label("Plan").fill("Team")
        await page.get_by_label("Plan").press("Enter")
        await page.get_by_label("Window", exact=True).select_option(label="Last 90 days")
        await expect(page).to_have_url(re.compile(r"days=90"))
        await expect(page).to_have_url(re.compile(r"plan=Team"))
        await page.reload()
        await expect(page.get_by_label("Window", exact=True)).to_have_value("90")
        await expect(page.get_by_label("Tenant")).to_have_value(tenant_id)
        await expect(page.get_by_label("Plan")).to_have_value("Team")
        await expect(figure("mrr")).to_have_text("$49.00")
        await expect(page.get_by_test_id("computed-at")).to_contain_text("plan Team")
        await screen(page, width, "52-metrics-filtered")
        await page.get_by_label("Plan").fill("Nobody has this")
        await page.get_by_label("Plan").press("Enter")
        await expect(page.get_by_role("alert")).to_contain_text("No subscription has had that plan.")

        # System health: the worker's heartbeat, then its absence once it is killed.
        await page.get_by_role("navigation", name="Admin").get_by_role("link", name="Health").click()
        await expect(page.get_by_role("heading", name="System health")).to_be_visible()
        checks = page.get_by_test_id("health-checks")
        await expect(checks.locator("tr[data-check=database]")).to_contain_text("ok")
        await expect(page.get_by_test_id("health-scheduler")).to_contain_text("No scheduler tick")
        if width == "desktop":
            await check_until(page, page.get_by_test_id("health-workers"))
            await expect(page.get_by_test_id("health-workers")).to_contain_text("idle")
            await expect(checks.locator("tr[data-check=workers]")).to_contain_text("1 alive, 0 running a job")
            await screen(page, width, "53-health-worker-alive")
            worker.kill()
            await queue_a_job(tenant_id, waiting=timedelta(minutes=10))
            await check_until(page, page.get_by_test_id("no-workers"))
        await expect(page.get_by_test_id("health-oldest")).to_have_text(re.compile(r"^10 min( \d+ s)?$"))
        await expect(checks.locator("tr[data-check=jobs]")).to_contain_text("1 queued")
        workers_row = checks.locator("tr[data-check=workers]")
        await expect(workers_row).to_contain_text("down")
        await expect(workers_row).to_contain_text("no worker heartbeat")
        await expect(page.get_by_test_id("health-overall")).to_contain_text("down")
        await screen(page, width, "54-health-worker-down")
        assert errors == []
    finally:
        await context.close()


async def test_staff_read_real_figures_filter_them_recompute_and_see_a_stopped_worker(
    browser, live_server, app, settings, stripe_on, deliver, tmp_path
):
    require_built_spa()
    worker = WorkerProcess(settings, tmp_path, **FAST_HEARTBEATS).launch()  # it starts while the data is written
    try:
        await create_staff(username="root", email="root@example.com")
        tenant_id, tenant_name = await build_history(deliver)
        for width in ("desktop", "phone"):
            await visit_as_staff(browser, live_server, width, tenant_id, tenant_name, worker)
    finally:
        worker.kill()
