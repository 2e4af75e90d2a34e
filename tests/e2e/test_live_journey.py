"""Live behaviour in the browser, on a phone and on a desktop: a user's WebSocket is dropped by the server side
while their report's job waits; the status bar and the timeline say "offline" honestly; the job runs meanwhile
and staff watch its timeline update live on the admin jobs page; when the socket is back, the user's timeline
resumes after the last event it held (afterSeq) and fills in what it missed, without repeats."""

from __future__ import annotations

import json
import os
import re
import signal
from datetime import date

import pytest
from playwright.async_api import expect

from server.tenants.models import Profile, Tenant
from tests.e2e.conftest import WIDTHS, require_built_spa, screen
from tests.e2e.test_journey import nav, sign_in
from tests.factories import DEFAULT_PASSWORD, create_reserve, create_staff, create_user, create_worklog
from tests.jobs.workers import WorkerProcess


class SocketSwitch:
    """Every WebSocket of a page through Playwright: recorded, droppable as a server going away would drop it,
    and refused while `up` is false."""

    def __init__(self) -> None:
        self.up = True
        self.open: list = []
        self.subscribed: list[dict] = []  # the `subscribe` payloads the page sent

    async def route(self, ws) -> None:
        if not self.up:
            await ws.close(code=1012, reason="restarting")
            return
        server = ws.connect_to_server()

        def from_page(message) -> None:
            data = json.loads(message)
            if data.get("type") == "subscribe":
                self.subscribed.append(data["payload"])
            server.send(message)

        ws.on_message(from_page)
        self.open.append((ws, server))

    async def drop(self) -> None:
        self.up = False
        for ws, server in self.open:
            await server.close()
            await ws.close(code=1012, reason="restarting")
        self.open = []


@pytest.mark.parametrize("width", list(WIDTHS))
async def test_a_dropped_socket_resumes_the_timeline_and_staff_follow_the_job_live(
    browser, live_server, app, settings, width, tmp_path
):
    require_built_spa()
    worker = WorkerProcess(settings, tmp_path).launch()
    await create_staff(username="root", email="root@example.com")
    user = await create_user(username="ada", email="ada@example.com")
    tenant = await Tenant.get(id=(await Profile.get(user_id=user.id)).tenant_id)
    await create_reserve(tenant, balance_cents=2_000)
    for text in ("Wrote the first algorithm for the Analytical Engine.", "Translated Menabrea's memoir, notes A-G."):
        await create_worklog(user, date=date.today(), content=text, employer="Babbage & Co")
    contexts = [await browser.new_context(base_url=live_server, viewport=WIDTHS[width]) for _ in range(2)]
    page, staff = [await c.new_page() for c in contexts]
    errors: list[str] = []
    for p in (page, staff):
        p.set_default_timeout(15_000)
        p.on("pageerror", lambda error: errors.append(str(error)))
    switch = SocketSwitch()
    await page.route_web_socket(re.compile(r"/graphql$"), switch.route)
    try:
        await worker.ready()
        os.killpg(worker.process.pid, signal.SIGSTOP)  # the worker holds still: the job waits in its queue

        await sign_in(page, "ada", DEFAULT_PASSWORD)
        bar = page.get_by_test_id("statusbar")
        await expect(bar.get_by_text("live", exact=True)).to_be_visible()
        await nav(page, width, "Reports")
        form = page.get_by_role("form", name="New report")
        await expect(form.get_by_test_id("estimate")).to_contain_text("for 2 entries")
        await form.get_by_role("button", name="Generate report").click()
        events = page.get_by_role("list", name="Job events")
        await expect(events.locator("li")).to_have_count(2)  # queued, hold placed
        held = len(await events.locator("li").all())

        # Staff open the job's timeline while it waits.
        await sign_in(staff, "root", DEFAULT_PASSWORD)
        await staff.goto("/admin/jobs")
        table = staff.get_by_role("table", name="Every tenant's jobs")
        await expect(table).to_contain_text("queued")
        await table.get_by_role("button", name=re.compile("^Timeline")).click()
        staff_events = staff.get_by_role("list", name="Job events")
        await expect(staff_events.locator("li")).to_have_count(2)

        # The user's socket drops and stays down: "offline", said plainly, the figures kept.
        await switch.drop()
        await expect(bar.get_by_text("offline", exact=True)).to_be_visible()
        await expect(page.get_by_test_id("timeline-state")).to_contain_text("Connection lost")
        await screen(page, width, "44-offline")

        # The job runs meanwhile; staff see it live, to the end, and its row moves on.
        os.killpg(worker.process.pid, signal.SIGCONT)
        await expect(staff_events).to_contain_text("finished", timeout=60_000)
        await expect(table).to_contain_text("success")
        staff_seqs = [int(s.strip("#")) for s in await staff_events.locator(".seq").all_text_contents()]
        assert staff_seqs == list(range(1, len(staff_seqs) + 1)), staff_seqs
        await screen(staff, width, "45-admin-job-live")

        # Back online: the timeline asks for what came after the events it held, and shows each once.
        before = len(switch.subscribed)
        switch.up = True
        await expect(bar.get_by_text("live", exact=True)).to_be_visible(timeout=40_000)
        await expect(events).to_contain_text("finished")
        seqs = [int(s.strip("#")) for s in await events.locator(".seq").all_text_contents()]
        assert seqs == staff_seqs, seqs
        resumed = [s["variables"] for s in switch.subscribed[before:] if "jobEvents" in s["query"]]
        assert resumed and resumed[0]["afterSeq"] == held, switch.subscribed[before:]
        await expect(bar.get_by_test_id("status-jobs")).to_have_text("0")
        await expect(bar.get_by_test_id("status-tokens")).not_to_contain_text("in 0 ↑")
        await screen(page, width, "46-back-online")
        assert errors == []
    finally:
        if worker.process and worker.process.poll() is None:
            os.killpg(worker.process.pid, signal.SIGCONT)
        for c in contexts:
            await c.close()
        worker.kill()
