"""The reporting journey in the browser, on a phone and on a desktop: a user with entries this month sees the
estimate and the policy's verdict, generates a MONTHLY report, watches its job's events arrive while the status
bar moves (a real worker process runs the job), opens a statement's citations beside the report, fixes a
statement and sees it checked again as they type, reorders with the keyboard, downloads the PDF and reads its
text, shares it (the link opens in a fresh browser) and revokes the link, writes a second version, and finds
the job, its cost and timeline on the jobs page; staff see it among every tenant's jobs, its spend in the
tenant's ledger and on the metrics dashboard. Every screen is
screenshotted and checked with axe."""

from __future__ import annotations

import io
import re
from datetime import date
from urllib.parse import urlsplit

import pypdf
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
    await create_worklog(
        user, date=today, content="Wrote the 561-page manual of the Mark I for its operators.", employer="Harvard"
    )
    await create_worklog(user, date=today, content="Taught 12 officers to program the Mark I.", employer="Harvard")
    context = await browser.new_context(
        base_url=live_server, viewport=WIDTHS[width], permissions=["clipboard-read", "clipboard-write"]
    )
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
        await expect(estimate).to_contain_text("for 4 entries")
        await expect(estimate).to_contain_text("Within your balance")
        await expect(page.get_by_text("No reports yet.")).to_be_visible()
        await screen(page, width, "30-new-report")
        # A window without entries is refused with a clear message, and nothing is queued.
        await form.get_by_label("Employer (optional)").fill("Nobody Inc")
        await expect(estimate).to_contain_text("There are no entries in this period")
        await expect(form.get_by_role("button", name="Generate report")).to_be_disabled()
        await form.get_by_label("Employer (optional)").fill("")
        await expect(estimate).to_contain_text("for 4 entries")
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
        await edit_download_share_and_regenerate(browser, live_server, page, width)

        # The list of past reports and the jobs page with the cost and the timeline.
        await nav(page, width, "Reports")
        await expect(page.get_by_role("table", name="Past reports")).to_contain_text("ready")
        await nav(page, width, "Jobs")
        jobs = page.get_by_role("table", name="Jobs")
        await expect(jobs).to_contain_text("success")
        await expect(jobs).to_contain_text(f"${job.cost_cents / 100:.2f}")
        await expect(jobs.get_by_role("button", name=re.compile("^Timeline"))).to_have_count(
            2
        )  # and the second version's
        await jobs.get_by_role("button", name=re.compile("^Timeline")).last.click()
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

        # ... the spend in the tenant's ledger, and the same figures on the metrics dashboard.
        charged = sum(j.cost_cents for j in await Job.filter(status="success"))
        await page.get_by_role("navigation", name="Admin").get_by_role("link", name="Billing").click()
        account = page.get_by_role("table", name="Accounts").get_by_role("row").filter(has_text=tenant.name)
        await expect(account).to_contain_text(f"${charged / 100:.2f} (2 jobs)")  # the 30-day spend
        await account.get_by_role("button", name=f"Ledger of {tenant.name}").click()
        ledger_dialog = page.get_by_role("dialog", name=f"Ledger of {tenant.name}")
        await expect(ledger_dialog.get_by_text("MONTHLY job", exact=True)).to_have_count(2)  # one settlement each
        await expect(ledger_dialog.get_by_text("Hold for MONTHLY job", exact=True)).to_have_count(2)
        await ledger_dialog.get_by_role("button", name="Close").click()
        await page.get_by_role("navigation", name="Admin").get_by_role("link", name="Metrics").click()
        await expect(page.get_by_test_id("figure-jobsFinished")).to_have_text("2")
        await expect(page.get_by_test_id("figure-consumed")).to_have_text(f"${charged / 100:.2f}")
        await expect(page.get_by_test_id("usage-by-model")).to_contain_text("extractive")
        await screen(page, width, "35-admin-metrics-after-reports")
        assert errors == []
    finally:
        await context.close()
        worker.kill()


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages)


async def download_text(page, link) -> str:
    async with page.expect_download() as info:
        await link.click()
    download = await info.value
    return pdf_text((await download.path()).read_bytes())


async def edit_download_share_and_regenerate(browser, live_server, page, width: str) -> None:
    """On the finished report: a statement fixed and checked again as it is typed, a move by keyboard, the PDF
    read back, a share link opened in a fresh browser and revoked, and a second version written."""
    article = page.get_by_role("article", name="Report")
    checked = article.get_by_test_id("verification")
    await expect(checked).to_contain_text("4 statements checked against their entries; none flagged")

    # An invented figure is flagged while typing, and kept flagged (and marked) once saved.
    await article.get_by_role("button", name=re.compile(r"^Edit .*moth")).click()
    editor = page.get_by_role("form", name="Edit statement")
    text = editor.get_by_label("Statement text")
    await expect(text).to_be_focused()
    await text.fill("Found the first actual bug in 45 minutes: a moth in relay 70 of the Mark II")
    state = editor.get_by_role("status")
    await expect(state).to_contain_text("Not found in the cited entries: 45 minutes")
    await screen(page, width, "40-report-edit-flagged")
    await text.press("Enter")
    await expect(editor).to_have_count(0)
    moth = article.get_by_test_id("statement").filter(has_text="moth")
    await expect(moth).to_contain_text("Flagged: not found in the cited entries: 45 minutes")
    await expect(checked).to_contain_text("1 flagged")
    await expect(moth.get_by_role("button", name=re.compile("^Edit"))).to_be_focused()

    # Fixed with the entry's own words: passes as typed, and the mark goes once saved.
    await page.keyboard.press("Enter")
    await text.fill("Found a moth in relay 70 of the Mark II")
    await expect(state).to_contain_text("Every figure and name is in the cited entries")
    await editor.get_by_role("button", name="Save").click()
    moth = article.get_by_test_id("statement").filter(has_text="Found a moth in relay 70")
    await expect(moth).not_to_contain_text("Flagged")
    await expect(checked).to_contain_text("none flagged")

    # Reordered with the keyboard: the moth goes first among the highlights, the focus stays with it.
    highlights = article.get_by_role("region", name="Highlights")
    await expect(highlights.get_by_test_id("statement").first).to_contain_text("Taught 12 officers")
    await moth.get_by_role("button", name=re.compile("^Move up")).focus()
    await page.keyboard.press("Enter")
    await expect(highlights.get_by_test_id("statement").first).to_contain_text("Found a moth in relay 70")
    await expect(page.get_by_role("button", name=re.compile("^Move down: .*Found a moth"))).to_be_focused()

    # The PDF of the edited report, with citations and without.
    await page.get_by_role("navigation", name="On this page").get_by_role("button", name="Download").click()
    downloads = page.get_by_role("region", name="Download")
    await expect(page.get_by_role("heading", name="Download")).to_be_focused()
    cited_pdf = downloads.get_by_role("list", name="Formats with citations").get_by_role("link", name="PDF")
    await expect(cited_pdf).to_be_visible(timeout=60_000)  # a worker renders the edited revision
    for label in ("Word (DOCX)", "Web page (HTML)", "Markdown", "Plain text (for applicant-tracking systems)"):
        await expect(downloads.get_by_role("link", name=label)).to_be_visible()
    await expect(downloads.get_by_role("listitem").filter(has_text="PDF")).to_contain_text(re.compile(r"\d+ KB"))
    words = await download_text(page, cited_pdf)
    assert "Found a moth in relay 70 of the Mark II" in words and "45 minutes" not in words, words
    assert words.index("Found a moth in relay 70") < words.index("Taught 12 officers"), words
    assert "Sources" in words, words
    await downloads.get_by_label(re.compile("Include citations")).uncheck()
    plain_pdf = downloads.get_by_role("list", name="Formats without citations").get_by_role("link", name="PDF")
    words = await download_text(page, plain_pdf)
    assert "Found a moth in relay 70 of the Mark II" in words and "Sources" not in words, words

    # A share link: made for 3 days, copied (or, where the clipboard refuses, left selected to copy by hand).
    shares = page.get_by_role("region", name="Share")
    await shares.get_by_label(re.compile("^Expires in")).fill("3")
    await shares.get_by_role("button", name="Create share link").click()
    link_field = shares.get_by_label(re.compile("^New link"))
    await expect(link_field).to_be_focused()
    url = await link_field.input_value()
    assert re.search(r"/api/share/[\w-]{40,}$", url), url
    if width == "phone":
        await page.evaluate("() => { navigator.clipboard.writeText = () => Promise.reject(new Error('refused')); }")
        await shares.get_by_role("button", name="Copy link").click()
        await expect(shares.get_by_role("status")).to_contain_text("Copying did not work here")
        await expect(link_field).to_be_focused()
        assert await link_field.evaluate("el => el.selectionEnd - el.selectionStart") == len(url)
    else:
        await shares.get_by_role("button", name="Copy link").click()
        await expect(shares.get_by_role("status")).to_contain_text("Copied to the clipboard.")
        await expect(shares.get_by_role("button", name="Copied ✓")).to_be_visible()
        assert await page.evaluate("navigator.clipboard.readText()") == url
    links = shares.get_by_role("list", name="Share links")
    await expect(links.get_by_role("listitem")).to_have_count(1)
    await expect(links).to_contain_text("active")
    await expect(links).to_contain_text("citations left out")
    await expect(links).to_contain_text("Expires")
    await screen(page, width, "41-report-tools")

    # Opened by someone else: a fresh browser without the session.
    # (bypass_csp only so that axe can be injected into the page; the page's own CSP is tested with the routes)
    stranger = await browser.new_context(base_url=live_server, viewport=WIDTHS[width], bypass_csp=True)
    try:
        shared = await stranger.new_page()
        path = urlsplit(url).path
        response = await shared.goto(path)
        assert response.status == 200
        await expect(shared.locator("body")).to_contain_text("Found a moth in relay 70 of the Mark II")
        await expect(shared.locator("body")).to_contain_text("checked")
        await screen(shared, width, "42-shared-report")

        # Revoked: the list says so, and the link is gone.
        await links.get_by_role("button", name=re.compile("^Revoke")).click()
        await page.get_by_role("dialog").get_by_role("button", name="Revoke link").click()
        await expect(links).to_contain_text("Revoked")
        await expect(links.get_by_role("button", name=re.compile("^Revoke"))).to_have_count(0)
        response = await shared.goto(path)
        assert response.status == 404
        await expect(shared.get_by_role("heading")).to_contain_text("has expired or was revoked")
    finally:
        await stranger.close()

    # A second version: a new job whose events stream in; the first stays as it was, a click away.
    first_url = page.url
    versions = page.get_by_role("region", name="Versions")
    await versions.get_by_role("button", name="Regenerate").click()
    await page.get_by_role("dialog").get_by_role("button", name="Regenerate").click()
    await expect(page).not_to_have_url(first_url)
    await expect(page.get_by_role("list", name="Job events")).to_contain_text("finished", timeout=60_000)
    versions = page.get_by_role("region", name="Versions")
    await expect(versions.get_by_text("Version 2 (this one)")).to_be_visible()
    await screen(page, width, "43-report-version-2")
    # A statement deleted from the second version, after a confirmation; its emptied section goes with it.
    article = page.get_by_role("article", name="Report")
    await article.get_by_role("button", name=re.compile("^Delete .*UNIVAC")).click()
    dialog = page.get_by_role("dialog")
    await expect(dialog).to_contain_text("Wrote the A-0 compiler for the UNIVAC I")
    await dialog.get_by_role("button", name="Delete statement").click()
    await expect(article).not_to_contain_text("UNIVAC")
    await expect(article.get_by_role("heading", name="Remington Rand")).to_have_count(0)
    await expect(article.get_by_test_id("verification")).to_contain_text("3 statements checked")
    await expect(page.get_by_role("button", name=re.compile("^Edit .*manual"))).to_be_focused()
    await versions.get_by_role("link", name="Version 1").click()
    await expect(page).to_have_url(first_url)
    await expect(page.get_by_role("note")).to_contain_text("This is version 1")
    first = page.get_by_role("article", name="Report")
    await expect(first).to_contain_text("Found a moth in relay 70 of the Mark II")
    await expect(first).to_contain_text("Wrote the A-0 compiler for the UNIVAC I")
