"""Email flows, the account's profile pages, the report form and the lockdown in the browser, on a phone and on a
desktop: staff invite by email and the invitation is read from the embedded outbox; its link signs the new user
up; the user keeps an employment history and confidential terms, sets up reports of other kinds; forgets the
password and resets it with the emailed link; a lockdown shows its notice on every page and explains the refused
sign-in until it ends. Every screen is screenshotted and checked with axe."""

from __future__ import annotations

import re
from datetime import date, timedelta
from email import message_from_bytes

import pytest
from playwright.async_api import expect

from server.auth.models import User
from server.auth.scope import RequestMeta
from server.cli.common import announce_revocation_from_cli
from server.jobs.models import Job
from server.mail.service import deliver_due
from server.mail.transport import transport_for
from server.profiles.models import Position
from server.reports.models import Report
from server.system.lockdown import set_lockdown
from server.tenants.models import Profile, Tenant
from tests.e2e.conftest import WIDTHS, require_built_spa, screen
from tests.e2e.test_journey import nav, sign_in, sign_out
from tests.factories import DEFAULT_PASSWORD, create_reserve, create_staff, create_worklog
from tests.mail.smtp import body_of, link_in

CLI = RequestMeta(user_agent="cli")


async def mail_to(settings, address: str, path: str) -> str:
    """Let the outbox deliver what is due (what a worker does), then the secret of the newest `path` link mailed
    to `address`, read from its .eml file as a mail reader would."""
    await deliver_due(settings, transport_for(settings))
    files = sorted((settings.data_dir / "outbox").glob("*.eml"), key=lambda p: p.stat().st_mtime)
    bodies = [body_of(m) for m in map(message_from_bytes, (f.read_bytes() for f in files)) if m["To"] == address]
    bodies = [b for b in bodies if f"{path}#" in b]
    assert bodies, f"no {path} mail to {address} among {len(files)} messages"
    return link_in(bodies[-1], path)[1]


@pytest.mark.parametrize("width", list(WIDTHS))
async def test_email_flows_profile_report_form_and_lockdown(browser, live_server, app, settings, width):
    require_built_spa()
    await create_staff(username="root", email="root@example.com", is_superuser=True)
    context = await browser.new_context(base_url=live_server, viewport=WIDTHS[width])
    page = await context.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        # Staff invite by email; the invitation arrives in the outbox with the passkey in the link's fragment.
        await sign_in(page, "root", DEFAULT_PASSWORD)
        await page.goto("/admin/passkeys")
        await page.get_by_label("Notes").fill("for Grace")
        await page.get_by_label("Email the invite to (optional)").fill("grace@example.com")
        await page.get_by_role("button", name="Create invite").click()
        await page.get_by_role("dialog", name="Invite created").get_by_role("button", name="Done").click()
        await sign_out(page, width)
        passkey = await mail_to(settings, "grace@example.com", "/signup")

        await page.goto(f"/signup#passkey={passkey}")
        await expect(page.get_by_label("Invite passkey")).to_have_value(passkey)
        await page.get_by_label("Username").fill("grace")
        await page.get_by_label("Email").fill("grace@example.com")
        await page.get_by_label("Password (10+ characters)").fill("first-compiler-1952")
        await page.get_by_role("button", name="Sign up").click()
        await expect(page.get_by_role("heading", name="Work log")).to_be_visible()
        assert "passkey" not in page.url

        # The employment history: add two positions, edit one, delete the other.
        await nav(page, width, "grace")
        history = page.get_by_role("region", name="Employment history")
        await expect(history.get_by_text("No positions yet.")).to_be_visible()
        add = history.get_by_role("form", name="Add a position")
        await add.get_by_role("button", name="Add position").click()
        await expect(add.get_by_text("Enter the date the position started.")).to_be_visible()
        await add.get_by_label("From").fill("1944-07-01")
        await add.get_by_role("button", name="Add position").click()
        await expect(add.get_by_text("Enter the employer.")).to_be_visible()
        await add.get_by_label("Employer").fill("Harvard")
        await add.get_by_label("Title (optional)").fill("Research fellow")
        await add.get_by_label("To (empty while current)").fill("1943-01-01")
        await add.get_by_role("button", name="Add position").click()
        await expect(add.get_by_text("A position cannot end before it starts.")).to_be_visible()
        await add.get_by_label("To (empty while current)").fill("1949-06-30")
        await add.get_by_role("button", name="Add position").click()
        table = history.get_by_role("table", name="Positions")
        await expect(table).to_contain_text("Research fellow")
        await add.get_by_label("Employer").fill("Remington Rand")
        await add.get_by_label("From").fill("1949-07-01")
        await add.get_by_role("button", name="Add position").click()
        await expect(table.get_by_role("row").filter(has_text="Remington Rand")).to_contain_text("current")
        await table.get_by_role("button", name="Edit Remington Rand").click()
        edit = page.get_by_role("dialog", name="Edit Remington Rand")
        await edit.get_by_label("Title (optional)").fill("Senior mathematician")
        await edit.get_by_role("button", name="Save").click()
        await expect(edit).to_be_hidden()
        await expect(table.get_by_role("row").filter(has_text="Remington Rand")).to_contain_text("Senior mathematician")
        await table.get_by_role("button", name="Delete Harvard").click()
        await page.get_by_role("dialog", name="Delete Harvard?").get_by_role("button", name="Delete").click()
        await expect(table.get_by_role("row")).to_have_count(2)  # the header and Remington Rand
        [position] = await Position.all()
        assert (position.employer, position.title, position.end) == ("Remington Rand", "Senior mathematician", None)

        # Confidential terms: one a line, with how each is sent to a text generator.
        terms = page.get_by_role("region", name="Confidential terms")
        await terms.get_by_label(re.compile("^Terms, one a line")).fill("UNIVAC\n\nMark II\n" + "x" * 101)
        await terms.get_by_role("button", name="Save terms").click()
        await expect(terms.get_by_role("alert")).to_contain_text(
            "“xxxxxxxxxxxxxxxxxxxxxxxx…”: Shorten each confidential term"
        )
        await terms.get_by_label(re.compile("^Terms, one a line")).fill("UNIVAC\n\nMark II\nunivac")
        await terms.get_by_role("button", name="Save terms").click()
        sent_as = terms.get_by_role("table", name="How terms are sent")
        await expect(sent_as.get_by_role("row").filter(has_text="Mark II")).to_contain_text("[CLIENT-2]")
        await expect(sent_as.get_by_role("row")).to_have_count(3)  # "univac" repeats UNIVAC: kept once
        await expect(terms.get_by_role("button", name="Save terms")).to_be_disabled()
        await screen(page, width, "40-account-profile")

        # The report form: every kind with its own window; filters, length and tone; the estimate follows.
        user_id = position.user_id
        tenant = await Tenant.get(id=(await Profile.get(user_id=user_id)).tenant_id)
        await create_reserve(tenant, balance_cents=1_000)
        grace = await User.get(id=user_id)
        today = date.today()
        await create_worklog(
            grace, date=today, content="Wrote the A-0 compiler for the UNIVAC I.", employer="Remington Rand"
        )
        await create_worklog(
            grace,
            date=today,
            content="Led the FLOW-MATIC team to ship English-like code.",
            employer="Remington Rand",
            tags=["languages"],
        )
        await create_worklog(grace, date=today, content="Found a moth in relay 70.", employer="Harvard")
        await nav(page, width, "Reports")
        form = page.get_by_role("form", name="New report")
        estimate = form.get_by_test_id("estimate")
        await expect(estimate).to_contain_text("for 3 entries")
        kinds = await form.get_by_label("Kind", exact=True).locator("option").all_text_contents()
        assert kinds == [
            "Weekly summary",
            "Monthly summary",
            "Quarterly summary",
            "Resume bullets",
            "Performance review",
            "Brag document",
            "STAR stories",
        ]
        await form.get_by_label("Kind", exact=True).select_option("WEEKLY")
        monday = today - timedelta(days=today.weekday())
        await expect(form.get_by_label("From", exact=True)).to_have_value(monday.isoformat())
        await expect(form.get_by_label("To", exact=True)).to_have_value((monday + timedelta(days=6)).isoformat())
        await form.get_by_label("Kind", exact=True).select_option("REVIEW")
        await expect(form.get_by_label("To", exact=True)).to_have_value(today.isoformat())
        await expect(form).to_contain_text("the last 6 months")
        await form.get_by_label("Employer (optional)").fill("Remington Rand")
        await expect(estimate).to_contain_text("for 2 entries")
        await form.get_by_label("Tags (optional, comma separated)").fill("languages")
        await expect(estimate).to_contain_text("for 1 entry")
        await expect(estimate).to_contain_text("Within your balance")
        await form.get_by_role("radio", name="Long").check()
        await form.get_by_role("radio", name=re.compile("^Confident")).check()
        await expect(form.get_by_role("button", name="Generate report")).to_be_enabled()  # the estimate caught up
        await screen(page, width, "41-report-form")
        await form.get_by_role("button", name="Generate report").click()
        await expect(page).to_have_url(re.compile(r"/reports/[\w-]+$"))
        report = await Report.get()
        assert (report.kind, report.options["length"], report.options["tone"]) == ("REVIEW", "LONG", "CONFIDENT")
        assert report.filters == {"employer": "Remington Rand", "project": None, "tags": ["languages"]}
        assert await Job.filter(status="queued").count() == 1  # no worker here: it waits
        await nav(page, width, "Reports")
        await expect(page.get_by_role("table", name="Past reports")).to_contain_text("Performance review")

        # Forgot password: the same answer for an unknown address; the emailed link sets a new password.
        await sign_out(page, width)
        await page.get_by_role("link", name="Forgot your password?").click()
        await page.get_by_label("Email").fill("nobody@example.com")
        await page.get_by_role("button", name="Email me a reset link").click()
        unknown = (await page.get_by_role("status").filter(has_text="Check your email").inner_text()).replace(
            "nobody@example.com", "…"
        )
        await page.goto("/forgot-password")
        await page.get_by_label("Email").fill("grace@example.com")
        await page.get_by_role("button", name="Email me a reset link").click()
        known = page.get_by_role("status").filter(has_text="Check your email")
        await expect(known).to_contain_text("grace@example.com")
        assert (await known.inner_text()).replace("grace@example.com", "…") == unknown
        await screen(page, width, "42-check-your-email")
        token = await mail_to(settings, "grace@example.com", "/reset-password")
        await page.goto(f"/reset-password#token={token}")
        await page.get_by_label("New password (10+ characters)").fill("short")
        await page.get_by_role("button", name="Set password").click()
        await expect(page.get_by_role("alert")).to_be_visible()
        await page.get_by_label("New password (10+ characters)").fill("nanoseconds-11.8-inches")
        await page.get_by_role("button", name="Set password").click()
        await expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
        assert "token" not in page.url
        await sign_in(page, "grace", "nanoseconds-11.8-inches")

        # Lockdown (as `afterresume lockdown on` does it): the open page's socket is closed, it shows sign-in, and
        # every page shows the notice; sign-in explains the refusal. Off again: the refused session works again.
        await set_lockdown(
            True, message="Maintenance until 22:00 UTC", allow_username="root", actor_username="cli", meta=CLI
        )
        await announce_revocation_from_cli(settings, everyone=True)
        await expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
        notice = page.get_by_test_id("maintenance")
        await expect(notice).to_contain_text("Maintenance until 22:00 UTC")
        await page.get_by_label("Username or email").fill("grace")
        await page.get_by_label("Password").fill("nanoseconds-11.8-inches")
        await page.get_by_role("button", name="Sign in").click()
        await expect(page.get_by_role("form", name="Sign in").get_by_role("alert")).to_contain_text(
            "closed for maintenance"
        )
        await screen(page, width, "43-lockdown-sign-in")
        for path in ("/forgot-password", "/signup", "/reports"):
            await page.goto(path)
            await expect(notice).to_contain_text("Maintenance until 22:00 UTC")
        await set_lockdown(False, message="", allow_username="", actor_username="cli", meta=CLI)
        await page.reload()  # the session was refused, not ended: it works again
        await expect(page.get_by_role("heading", name="Work log")).to_be_visible()
        await expect(notice).to_have_count(0)
        assert errors == []
    finally:
        await context.close()
