"""An operator invites a colleague; the colleague signs up, logs in and out — all in the browser."""

import re

from playwright.async_api import expect

from server.audit.models import AuditEvent
from server.auth.models import User
from tests.factories import DEFAULT_PASSWORD, create_staff, create_user


async def log_in(page, username: str, password: str) -> None:
    await page.goto("/#/login")
    await page.get_by_label("Username or email").fill(username)
    await page.get_by_label("Password").fill(password)
    await page.get_by_role("button", name="Log in").click()


async def test_admin_invites_and_a_new_user_signs_up(page):
    await create_staff(username="root")
    await log_in(page, "root", DEFAULT_PASSWORD)
    await expect(page.get_by_role("link", name="root")).to_be_visible()

    await page.get_by_role("link", name="Admin").click()
    await page.get_by_label("Notes").fill("for Ada")
    await page.get_by_role("button", name="Create invite").click()
    passkey = (await page.get_by_test_id("new-passkey").text_content()).strip()
    assert re.fullmatch(r"ark_[\w-]{40,}", passkey)
    await expect(page.get_by_role("table", name="Invite passkeys")).to_contain_text("for Ada")

    await page.get_by_role("button", name="Log out").click()
    await expect(page.get_by_role("heading", name="Log in")).to_be_visible()

    await page.goto(f"/#/signup?passkey={passkey}")
    await page.get_by_label("Username").fill("ada")
    await page.get_by_label("Email").fill("ada@example.com")
    await page.get_by_label("Password (10+ characters)").fill("analytical-engine-1843")
    await page.get_by_role("button", name="Sign up").click()
    await expect(page.get_by_role("heading", name="Work log")).to_be_visible()
    await expect(page.get_by_role("link", name="ada")).to_be_visible()
    assert await User.filter(username="ada").exists()

    # The invite cannot be used twice.
    await page.get_by_role("button", name="Log out").click()
    await expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    await page.goto(f"/#/signup?passkey={passkey}")
    await page.get_by_label("Username").fill("eve")
    await page.get_by_label("Email").fill("eve@example.com")
    await page.get_by_label("Password (10+ characters)").fill("analytical-engine-1843")
    await page.get_by_role("button", name="Sign up").click()
    await expect(page.get_by_role("alert")).to_have_text("That invite passkey has already been used.")
    assert not await User.filter(username="eve").exists()


async def test_wrong_password_shows_the_error_and_the_audit_log_records_it(page):
    await create_staff(username="root")
    await create_user(username="ada")
    await log_in(page, "ada", "wrong-password-123")
    await expect(page.get_by_role("alert")).to_have_text("Username or password is incorrect.")
    await log_in(page, "root", DEFAULT_PASSWORD)
    await expect(page.get_by_role("link", name="root")).to_be_visible()
    await page.goto("/#/admin/audit")
    table = page.get_by_role("table", name="Audit events")
    await expect(table).to_contain_text("auth.login_failed")
    await expect(table).to_contain_text("bad_credentials")
    assert await AuditEvent.filter(event_type="auth.login_failed").count() == 1


async def test_staff_disables_a_user_whose_session_then_ends(page, browser, live_server):
    await create_staff(username="root")
    await create_user(username="ada")
    ada_context = await browser.new_context(base_url=live_server)
    ada_page = await ada_context.new_page()
    await log_in(ada_page, "ada", DEFAULT_PASSWORD)
    await expect(ada_page.get_by_role("link", name="ada")).to_be_visible()

    await log_in(page, "root", DEFAULT_PASSWORD)
    await expect(page.get_by_role("link", name="root")).to_be_visible()
    await page.goto("/#/admin/users")
    page.on("dialog", lambda dialog: dialog.accept())
    row = page.get_by_role("row").filter(has_text="ada")
    await row.get_by_role("button", name="Disable").click()
    await expect(row).to_contain_text("disabled")

    await ada_page.reload()
    await expect(ada_page.get_by_role("heading", name="Log in")).to_be_visible()
    await ada_context.close()
