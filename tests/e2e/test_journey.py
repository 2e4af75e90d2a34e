"""The whole journey in the browser, on a phone and on a desktop: an admin invites, a new user signs up and
logs work, attaches evidence and exports; the admin resets a password, moves the user, adjusts a balance and
reads all of it in the audit log. Every screen is screenshotted and checked with axe."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from playwright.async_api import expect

from server.audit.models import AuditEvent
from server.auth.models import User
from server.billing import ledger
from server.billing.models import LedgerEntry
from server.evidence.models import Evidence
from server.tenants.models import Profile
from server.worklogs.models import Worklog
from tests.e2e.conftest import WIDTHS, require_built_spa, screen
from tests.factories import DEFAULT_PASSWORD, create_reserve, create_staff, create_tenant


async def open_nav(page, width: str) -> None:
    if width == "phone" and await page.get_by_role("button", name="Menu").get_attribute("aria-expanded") != "true":
        await page.get_by_role("button", name="Menu").click()


async def nav(page, width: str, name: str) -> None:
    await open_nav(page, width)
    await page.get_by_role("navigation", name="Main").get_by_role("link", name=name).click()


async def sign_out(page, width: str) -> None:
    await open_nav(page, width)
    await page.get_by_role("button", name="Sign out", exact=True).click()
    await expect(page.get_by_role("heading", name="Sign in")).to_be_visible()


async def sign_in(page, username: str, password: str) -> None:
    await page.goto("/login")
    await page.get_by_label("Username or email").fill(username)
    await page.get_by_label("Password").fill(password)
    await page.get_by_role("button", name="Sign in").click()
    await expect(page.get_by_role("heading", name="Work log")).to_be_visible()


async def me_of(script: httpx.AsyncClient, token: str) -> dict | None:
    response = await script.post(
        "/graphql", json={"query": "{ me { username } }"}, headers={"authorization": f"Bearer {token}"}
    )
    return response.json()["data"]["me"]


async def fund_with_history(user: User) -> None:
    """$50 added three days ago, $7.25 of jobs since: what the usage chart draws."""
    tenant_id = (await Profile.get(user=user)).tenant_id
    today = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)
    for movement, days_ago in (
        (await ledger.credit(tenant_id, 5000, key=f"e2e-topup-{tenant_id}", reason="Top-up"), 3),
        (await ledger.debit(tenant_id, 500, key=f"e2e-job-1-{tenant_id}", reason="Weekly report"), 2),
        (await ledger.debit(tenant_id, 225, key=f"e2e-job-2-{tenant_id}", reason="Resume bullets"), 1),
    ):
        await LedgerEntry.filter(id=movement.entry.id).update(created_at=today - timedelta(days=days_ago))


async def row_of(page, table: str, text: str):
    return page.get_by_role("table", name=table).get_by_role("row").filter(has_text=text)


@pytest.mark.parametrize("width", list(WIDTHS))
async def test_the_journey(browser, live_server, app, width, tmp_path):
    require_built_spa()
    await create_staff(username="root", email="root@example.com")
    second = await create_tenant(name="Second Co")
    await create_reserve(second, balance_cents=0)
    context = await browser.new_context(base_url=live_server, viewport=WIDTHS[width], accept_downloads=True)
    await context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = await context.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    # Admin signs in and creates an invite; the link is shown once, with a visible "copied".
    await page.goto("/login")
    await expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    await screen(page, width, "01-sign-in")
    await sign_in(page, "root", DEFAULT_PASSWORD)
    await nav(page, width, "Admin")
    await expect(page.get_by_role("heading", name="Invites")).to_be_visible()
    await page.get_by_label("Notes").fill("for Ada")
    await page.get_by_role("button", name="Create invite").click()
    dialog = page.get_by_role("dialog", name="Invite created")
    link = (await dialog.get_by_test_id("new-invite-link").text_content()).strip()
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/signup#passkey=ark_[\w-]{40,}", link), link
    await dialog.get_by_role("button", name="Copy link").click()
    await expect(dialog.get_by_role("button", name="Copied ✓")).to_be_visible()
    assert await page.evaluate("navigator.clipboard.readText()") == link
    await screen(page, width, "02-invite-created")
    await dialog.get_by_role("button", name="Done").click()
    await expect(page.get_by_role("table", name="Invite passkeys")).to_contain_text("for Ada")
    await screen(page, width, "03-invites")
    await sign_out(page, width)

    # The new user opens the link: the passkey is filled in from the fragment.
    await page.goto(link)
    await expect(page.get_by_label("Invite passkey")).to_have_value(link.split("#passkey=")[1])
    await page.get_by_label("Username").fill("ada")
    await page.get_by_label("Email").fill("ada@example.com")
    await page.get_by_label("Password (10+ characters)").fill("analytical-engine-1843")
    await screen(page, width, "04-sign-up")
    await page.get_by_role("button", name="Sign up").click()
    await expect(page.get_by_role("heading", name="Work log")).to_be_visible()
    await screen(page, width, "05-empty-log")

    # Quick-add from the keyboard: n opens it, Ctrl+Enter saves; the second one is prefilled.
    await page.keyboard.press("n")
    quick = page.get_by_role("form", name="Quick add")
    await quick.get_by_label("What did you do?").fill("Wrote the first published algorithm for Bernoulli numbers")
    await quick.get_by_label("Employer").fill("Analytical Engines Ltd")
    await quick.get_by_label("Project").fill("Difference Engine")
    await quick.get_by_label("Tags (comma separated)").fill("math, publishing")
    await quick.get_by_label("Outcome").fill("Cited for two centuries")
    await screen(page, width, "06-quick-add")
    await quick.get_by_label("Outcome").press("Control+Enter")
    await expect(quick).to_be_hidden()
    entries = page.get_by_role("region", name="Work log entries")
    await expect(entries).to_contain_text("Bernoulli numbers")
    await page.keyboard.press("Control+k")
    await expect(quick.get_by_label("Employer")).to_have_value("Analytical Engines Ltd")
    await expect(quick.get_by_label("Project")).to_have_value("Difference Engine")
    await quick.get_by_label("What did you do?").fill("Translated Menabrea's memoir with notes A to G")
    await quick.get_by_label("Tags (comma separated)").fill("writing")
    await quick.get_by_role("button", name=re.compile("Add entry")).click()
    await expect(entries).to_contain_text("Menabrea")
    await expect(quick).to_be_hidden()
    # Bad input: a clear message, nothing saved.
    await page.keyboard.press("n")
    await expect(quick).to_be_visible()
    await quick.get_by_label("What did you do?").fill("   ")
    await quick.get_by_label("What did you do?").press("Control+Enter")
    await expect(quick.get_by_role("alert")).to_have_text("Write what you did.")
    await page.keyboard.press("Escape")
    assert await Worklog.all().count() == 2
    await screen(page, width, "07-timeline")

    # A tag badge filters, the filter lives in the URL, "clear" undoes it.
    await entries.get_by_role("button", name="#writing").click()
    await expect(page).to_have_url(re.compile(r"\?tag=writing$"))
    await expect(entries).not_to_contain_text("Bernoulli")
    await screen(page, width, "08-filtered")
    await page.get_by_role("button", name="Clear filters").click()
    await expect(entries).to_contain_text("Bernoulli")

    # Detail: edit in place, attach evidence, download it through a fresh link.
    await entries.get_by_role("link", name=re.compile("Open entry")).last.click()
    await page.get_by_role("button", name="Edit").click()
    await page.get_by_label("What did you do?").fill("Wrote the first published algorithm (Bernoulli numbers, note G)")
    await screen(page, width, "09-edit")
    await page.get_by_role("button", name="Save").click()
    await expect(page.get_by_role("region", name="Entry")).to_contain_text("note G)")
    note = tmp_path / "note-g.txt"
    note.write_text("Note G: the algorithm")
    await page.get_by_label("Files to attach").set_input_files(str(note))
    await expect(page.get_by_role("button", name="note-g.txt", exact=True)).to_be_visible()
    assert await Evidence.filter(original_name="note-g.txt").count() == 1
    async with page.expect_download() as download_info:
        await page.get_by_role("button", name="note-g.txt", exact=True).click()
    download = await download_info.value
    assert (await download.path()).read_text() == "Note G: the algorithm"
    await screen(page, width, "10-entry-detail")

    # Export the log.
    await nav(page, width, "Import/export")
    await page.get_by_role("radio", name="JSON").check()
    async with page.expect_download() as download_info:
        await page.get_by_role("button", name="Download export").click()
    exported = (await (await download_info.value).path()).read_text()
    assert "note G)" in exported and "Menabrea" in exported
    await screen(page, width, "11-import-export")
    # Billing: the usage chart over a ledger with some history, with its text summary and table.
    await fund_with_history(await User.get(username="ada"))
    await nav(page, width, "Billing")
    await expect(page.get_by_test_id("balance")).to_be_visible()
    await expect(page.get_by_test_id("usage-summary")).to_contain_text("spent $7.25, added $50.00")
    await expect(page.locator(".usage-chart canvas")).to_be_visible()
    await page.get_by_text("Show as a table").click()
    await expect(page.get_by_role("table", name="Usage by period")).to_contain_text("$42.75")
    await screen(page, width, "12-billing")

    # Account: a personal API token for a script, shown once; it works, then is revoked in a dialog.
    await nav(page, width, "ada")
    await expect(page.get_by_role("heading", name="Account")).to_be_visible()
    await page.get_by_label("Token name").fill("nightly export")
    await page.get_by_role("button", name="Create token").click()
    dialog = page.get_by_role("dialog", name="API token created")
    raw = (await dialog.get_by_test_id("new-api-token").text_content()).strip()
    assert re.fullmatch(r"art_[\w-]{40,}", raw), raw
    await dialog.get_by_role("button", name="Copy token").click()
    await expect(dialog.get_by_role("button", name="Copied ✓")).to_be_visible()
    assert await page.evaluate("navigator.clipboard.readText()") == raw
    await screen(page, width, "13-api-token-created")
    await dialog.get_by_role("button", name="Done").click()
    tokens = page.get_by_role("table", name="API tokens")
    await expect(tokens).to_contain_text("nightly export")
    async with httpx.AsyncClient(base_url=live_server) as script:
        assert await me_of(script, raw) == {"username": "ada"}
        await page.reload()
        await expect(tokens.get_by_role("row").filter(has_text="nightly export")).not_to_contain_text(
            "never"
        )  # last used
        # Another browser signs in as ada; this one sees it and signs out everywhere else.
        login = await script.post(
            "/graphql",
            json={
                "query": 'mutation($p: String!) { login(input: {username: "ada", password: $p}) { token } }',
                "variables": {"p": "analytical-engine-1843"},
            },
        )
        other = login.json()["data"]["login"]["token"]
        sessions = page.get_by_role("table", name="Sessions")
        await page.reload()
        await expect(sessions.get_by_role("row")).to_have_count(3)  # the head and two sessions
        await expect(sessions).to_contain_text("this browser")
        await screen(page, width, "13-account")
        await tokens.get_by_role("button", name="Revoke nightly export").click()
        revoke = page.get_by_role("dialog", name="Revoke “nightly export”?")
        await screen(page, width, "13-api-token-revoke")
        await revoke.get_by_role("button", name="Revoke").click()
        await expect(revoke).to_be_hidden()
        await expect(page.get_by_text("No API tokens yet.")).to_be_visible()
        assert await me_of(script, raw) is None
        await page.get_by_role("button", name="Sign out everywhere else").click()
        await expect(sessions.get_by_role("row")).to_have_count(2)
        assert await me_of(script, other) is None
    assert (
        await AuditEvent.filter(
            event_type__in=["auth.api_token_created", "auth.api_token_revoked", "auth.other_sessions_revoked"]
        ).count()
        == 3
    )
    await screen(page, width, "13-account-signed-out-elsewhere")
    await sign_out(page, width)

    # The admin resets ada's password: a generated one, shown once in a dialog.
    await sign_in(page, "root", DEFAULT_PASSWORD)
    await page.goto("/admin/users")
    row = await row_of(page, "Users", "ada@example.com")
    await screen(page, width, "14-users")
    await row.get_by_role("group").or_(row.locator("summary")).first.click()
    await row.get_by_role("button", name="Reset password…").click()
    dialog = page.get_by_role("dialog", name="Reset the password of ada")
    await dialog.get_by_role("button", name="Reset password").click()
    new_password = (await dialog.get_by_test_id("new-password").text_content()).strip()
    assert len(new_password) == 20
    await screen(page, width, "15-password-reset")
    await dialog.get_by_role("button", name="Done").click()

    # ... moves ada to Second Co after reading what moves.
    await row.locator("summary").click()
    await row.get_by_role("button", name="Move to tenant…").click()
    dialog = page.get_by_role("dialog", name="Move ada to another tenant")
    await dialog.get_by_label("Tenant").select_option(label="Second Co")
    preview = dialog.get_by_test_id("move-preview")
    await expect(preview).to_contain_text("2 work log entries")
    await expect(preview).to_contain_text("1 evidence file")
    await screen(page, width, "16-move-preview")
    await dialog.get_by_role("button", name="Move").click()
    await expect(dialog).to_be_hidden()
    await expect(row).to_contain_text("Second Co")
    profile = await Profile.get(user=await User.get(username="ada"))
    assert profile.tenant_id == second.id

    # ... adjusts Second Co's balance in dollars with a reason, and reads its ledger.
    await page.get_by_role("navigation", name="Admin").get_by_role("link", name="Billing").click()
    account = await row_of(page, "Accounts", "Second Co")
    await account.get_by_role("button", name="Adjust Second Co").click()
    dialog = page.get_by_role("dialog", name="Adjust the balance of Second Co")
    await dialog.get_by_role("button", name="Adjust").click()
    await expect(dialog.get_by_role("alert").first).to_be_visible()
    await dialog.get_by_label(re.compile("Amount in dollars")).fill("12.50")
    await dialog.get_by_label(re.compile("Reason")).fill("Welcome credit")
    await expect(dialog.get_by_role("alert")).to_have_count(0)  # the last submit's messages go once the form is edited
    await screen(page, width, "17-adjust")
    await dialog.get_by_role("button", name="Adjust").click()
    await expect(dialog).to_be_hidden()
    await expect(account).to_contain_text("$12.50")
    await account.get_by_role("button", name="Ledger of Second Co").click()
    ledger = page.get_by_role("dialog", name="Ledger of Second Co")
    await expect(ledger).to_contain_text("Welcome credit")
    await screen(page, width, "18-account-ledger")
    await ledger.get_by_role("button", name="Close").click()
    await screen(page, width, "19-billing-admin")

    # ... and reads it all in the audit log, by name.
    await page.get_by_role("navigation", name="Admin").get_by_role("link", name="Audit log").click()
    await page.get_by_label("Target").fill("ada")
    await page.get_by_role("button", name="Filter").click()
    events = page.get_by_role("list", name="Audit events")
    await expect(events).to_contain_text("password reset")
    await expect(events).to_contain_text("user moved")
    await page.get_by_label("Kind").select_option(label="billing")
    await page.get_by_label("Target").fill("Second")
    await page.get_by_role("button", name="Filter").click()
    await expect(events).to_contain_text("reserve adjusted")
    await expect(events).to_contain_text("Second Co")
    await screen(page, width, "20-audit")
    assert await AuditEvent.filter(event_type="billing.reserve_adjusted").count() == 1
    await sign_out(page, width)

    # The reset password works.
    await sign_in(page, "ada", new_password)
    assert errors == []
    await context.close()
