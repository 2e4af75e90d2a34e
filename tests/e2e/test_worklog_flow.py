"""A professional logs work, finds it again, attaches evidence and checks the reserve — in the browser."""

from playwright.async_api import expect

from server.evidence.models import Evidence
from server.worklogs.models import Worklog
from tests.factories import DEFAULT_PASSWORD, create_user


async def test_quick_add_search_and_attach_evidence(page, tmp_path):
    await create_user(username="ada")
    await page.goto("/#/login")
    await page.get_by_label("Username or email").fill("ada")
    await page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    await page.get_by_role("button", name="Log in").click()
    await expect(page.get_by_role("heading", name="Work log")).to_be_visible()

    quick_add = page.get_by_role("form", name="Quick add")
    await quick_add.get_by_label("Employer").fill("Analytical Engines Ltd")
    await quick_add.get_by_label("Project").fill("Difference Engine")
    await quick_add.get_by_label("What did you do?").fill("Wrote the first published algorithm for Bernoulli numbers")
    await quick_add.get_by_label("Tags (comma separated)").fill("math, publishing")
    await quick_add.get_by_label("Outcome").fill("Cited for two centuries")
    await quick_add.get_by_role("button", name="Add entry").click()
    table = page.get_by_role("table", name="Work log entries")
    await expect(table).to_contain_text("Bernoulli numbers")
    await expect(table).to_contain_text("#publishing")
    assert await Worklog.all().count() == 1

    # Bad input gets a clear error and saves nothing.
    await quick_add.get_by_label("What did you do?").fill("   ")
    await quick_add.get_by_role("button", name="Add entry").click()
    await expect(quick_add.get_by_role("alert")).to_be_visible()
    assert await Worklog.all().count() == 1

    await page.get_by_label("Search").fill("bernoulli")
    await page.get_by_role("button", name="Filter").click()
    await expect(table.locator("mark")).to_have_text("Bernoulli")

    note = tmp_path / "notes.txt"
    note.write_text("Note G, the algorithm")
    await page.get_by_label("Attach file to entry of").set_input_files(str(note))
    await expect(table.get_by_role("link", name="notes.txt")).to_be_visible()
    assert await Evidence.filter(original_name="notes.txt").count() == 1

    await page.get_by_role("link", name="Reserve").click()
    await expect(page.get_by_role("heading", name="Credit reserve")).to_be_visible()
    await expect(page.get_by_test_id("balance")).to_be_visible()
