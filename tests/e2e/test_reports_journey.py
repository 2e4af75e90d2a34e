"""The reporting journey in the browser, on a phone and on a desktop: a user with entries this month sees the
estimate and the policy's verdict, generates a MONTHLY report, watches its job's events arrive while the status
bar moves (a real worker process runs the job), opens a statement's citations beside the report, and finds the
job, its cost and timeline on the jobs page; staff see it among every tenant's jobs. Every screen is
screenshotted and checked with axe."""

from __future__ import annotations

import re
from datetime import date

import pytest
from playwright.async_api import expect

from server.jobs.models import Job
from server.reports.models import Report
from server.tenants.models import Profile, Tenant
from tests.e2e.conftest import WIDTHS, require_built_spa, screen
from tests.e2e.test_journey import nav, sign_in, sign_out
from tests.factories import DEFAULT_PASSWORD, create_reserve, create_staff, create_user, create_worklog
from tests.jobs.workers import WorkerProcess

# Every value a status-bar figure shows, recorded in the page as it changes.
RECORD_FIGURES = """() => {
  window.__figures = { jobs: [], tokens: [] };
  const watch = (id, list) => {
    const el = document.querySelector(`[data-testid=${id}]`);
    list.push(el.textContent);
    new MutationObserver(() => list.push(el.textContent)).observe(el, { subtree: true, characterData: true, childList: true });
  };
  watch("status-jobs", window.__figures.jobs);
  watch("status-tokens", window.__figures.tokens);
}"""


@pytest.mark.parametrize("width", list(WIDTHS))
async def test_generate_a_monthly_report_and_open_a_citation(browser, live_server, app, settings, width, tmp_path):
    require_built_spa()
    worker = WorkerProcess(settings, tmp_path).launch()  # it starts while the data is written
    await create_staff(username="root", email="root@example.com")
    user = await create_user(username="grace", email="grace@example.com")
    tenant = await Tenant.get(id=(await Profile.get(user_id=user.id)).tenant_id)
    await create_reserve(tenant, balance_cents=2_000)
    today = date.today()
    await create_worklog(
        user,
        date=today,
        content="Found the first actual bug: a moth in relay 70 of the Mark II.",
        employer="Harvard",
        tags=["debugging"],
    )
    await create_worklog(
        user,
        date=today,
        content="Wrote the A-0 compiler for the UNIVAC I.",
        employer="Remington Rand",
        tags=["compilers"],
    )
    context = await browser.new_context(base_url=live_server, viewport=WIDTHS[width])
    page = await context.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        # Forgot password: the same answer for any address, then the reset page reads its token from the fragment.
        await page.goto("/login")
        await page.get_by_role("link", name="Forgot your password?").click()
        await page.get_by_label("Email").fill("nobody@example.com")
        await page.get_by_role("button", name="Email me a reset link").click()
        await expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
        await screen(page, width, "29-check-your-email")
        await page.goto("/reset-password#token=not-a-real-token")
        await page.get_by_label("New password (10+ characters)").fill("a-new-password-2026")
        await page.get_by_role("button", name="Set password").click()
        await expect(page.get_by_role("alert")).to_contain_text("reset link is not valid")

        await sign_in(page, "grace", DEFAULT_PASSWORD)
        bar = page.get_by_test_id("statusbar")
        await expect(bar.get_by_test_id("status-balance")).to_have_text("$20.00")
        await expect(bar.get_by_test_id("status-jobs")).to_have_text("0")
        await expect(bar.get_by_text("live")).to_be_visible()  # the WebSocket is up
        bar_height = await bar.evaluate("el => el.getBoundingClientRect().height")

        # The estimate and the verdict show before anything starts.
        await nav(page, width, "Reports")
        form = page.get_by_role("form", name="New report")
        estimate = form.get_by_test_id("estimate")
        await expect(estimate).to_contain_text("for 2 entries")
        await expect(estimate).to_contain_text("Within your balance")
        await expect(page.get_by_text("No reports yet.")).to_be_visible()
        await screen(page, width, "30-new-report")
        # A window without entries is refused with a clear message, and nothing is queued.
        await form.get_by_label("Employer (optional)").fill("Nobody Inc")
        await expect(estimate).to_contain_text("There are no entries in this period")
        await expect(form.get_by_role("button", name="Generate report")).to_be_disabled()
        await form.get_by_label("Employer (optional)").fill("")
        await expect(estimate).to_contain_text("for 2 entries")
        assert await Job.all().count() == 0

        await worker.ready()
        await page.evaluate(RECORD_FIGURES)
        await form.get_by_role("button", name="Generate report").click()
        await expect(page).to_have_url(re.compile(r"/reports/[\w-]+$"))
        # The job's events arrive in order, ending with FINISHED; then the report appears.
        events = page.get_by_role("list", name="Job events")
        await expect(events).to_contain_text("finished", timeout=60_000)
        seqs = [int(s.strip("#")) for s in await events.locator(".seq").all_text_contents()]
        assert seqs == list(range(1, len(seqs) + 1)), seqs
        report_article = page.get_by_role("article", name="Report")
        await expect(report_article).to_be_visible()
        await screen(page, width, "31-report-ready")
        # The status bar moved: tokens were counted, the job was seen running and is done now; no layout shift.
        await expect(bar.get_by_test_id("status-jobs")).to_have_text("0")
        figures = await page.evaluate("window.__figures")
        assert figures["tokens"][-1] != figures["tokens"][0], figures
        assert "1" in figures["jobs"], figures
        assert await bar.evaluate("el => el.getBoundingClientRect().height") == bar_height
        job = await Job.get()
        assert job.status == "success" and job.tokens_in > 0 and job.cost_cents > 0
        report = await Report.get()
        assert report.status == "ready"

        # A statement's citations are one click away: the cited entry opens beside the report.
        await report_article.get_by_role("button", name=re.compile(r"source.* of .*moth")).first.click()
        cited = page.get_by_role("list", name="Cited entries")
        await expect(cited).to_contain_text("a moth in relay 70")
        await expect(page.get_by_role("heading", name="Cited entries")).to_be_focused()
        await screen(page, width, "32-citation")
        await cited.get_by_role("link", name="Open entry").first.click()
        await expect(page.get_by_role("region", name="Entry")).to_contain_text("a moth in relay 70")
        await page.go_back()

        # The list of past reports and the jobs page with the cost and the timeline.
        await nav(page, width, "Reports")
        await expect(page.get_by_role("table", name="Past reports")).to_contain_text("ready")
        await nav(page, width, "Jobs")
        jobs = page.get_by_role("table", name="Jobs")
        await expect(jobs).to_contain_text("success")
        await expect(jobs).to_contain_text(f"${job.cost_cents / 100:.2f}")
        await jobs.get_by_role("button", name=re.compile("^Timeline")).click()
        await expect(page.get_by_role("list", name="Job events")).to_contain_text("finished")
        await screen(page, width, "33-jobs")
        await sign_out(page, width)

        # Staff find it among every tenant's jobs.
        await sign_in(page, "root", DEFAULT_PASSWORD)
        await page.goto("/admin/jobs")
        await expect(page.get_by_role("table", name="Every tenant's jobs")).to_contain_text("grace")
        await page.get_by_label("State").select_option(label="failed")
        await expect(page.get_by_text("No jobs match.")).to_be_visible()
        await expect(page).to_have_url(re.compile(r"status=FAILED"))
        await page.get_by_label("State").select_option(label="success")
        await expect(page.get_by_role("table", name="Every tenant's jobs")).to_contain_text("grace")
        await screen(page, width, "34-admin-jobs")
        assert errors == []
    finally:
        await context.close()
        worker.kill()
