"""`afterresume admin health` and `afterresume admin metrics` against a live server (no worker runs here)."""

import json

from server.jobs.models import Job
from tests.cli.admin_process import admin, as_json
from tests.factories import create_staff, create_user, token_for


async def test_health_is_a_table_of_components_and_exits_1_when_one_is_down(app, live_server):
    token = await token_for(await create_staff(username="boss", is_superuser=True))
    report = admin(live_server, "health", "--json", token=token)
    assert report.returncode == 1  # no worker runs beside this server
    checks = {c["name"]: c for c in json.loads(report.stdout)["checks"]}
    assert checks["workers"]["status"] == "DOWN" and "no worker heartbeat" in checks["workers"]["reason"]
    assert checks["database"]["status"] == "OK"
    shown = admin(live_server, "health", token=token)
    assert shown.returncode == 1
    assert "workers down no worker heartbeat" in " ".join(shown.stdout.replace("│", " ").split())
    assert "down: " in shown.stdout and "workers" in shown.stdout.split("down: ")[-1]
    member = admin(live_server, "health", token=await token_for(await create_user(username="member")))
    assert member.returncode == 1 and "not allowed" in member.stderr


async def test_metrics_prints_the_headline_figures_of_a_window(app, live_server):
    token = await token_for(await create_staff(username="boss", is_superuser=True))
    for n in range(2):
        await create_user(username=f"new{n}")
    figures = as_json(
        admin(live_server, "metrics", "--start", "2026-01-01", "--end", "2027-12-31", "--json", token=token)
    )
    assert figures["startDate"] == "2026-01-01" and figures["engagement"]["signups"] >= 2
    assert figures["system"]["jobsQueued"] == await Job.filter(status="queued").count()
    shown = admin(live_server, "metrics", token=token)
    assert shown.returncode == 0, shown.stderr
    assert "metrics " in shown.stdout and "sign-ups" in shown.stdout and "MRR / ARR" in shown.stdout
    bad = admin(live_server, "metrics", "--start", "last-week", token=token)
    assert bad.returncode == 2 and "--start" in bad.stderr
    too_long = admin(live_server, "metrics", "--start", "2020-01-01", "--end", "2026-12-01", "--json", token=token)
    assert too_long.returncode == 2 and json.loads(too_long.stdout)["errors"][0]["code"] == "DATE_RANGE_TOO_LONG"
