"""`afterresume admin health` and `afterresume admin metrics`: is it up, and the headline figures."""

from __future__ import annotations

from datetime import date
from typing import Any

import typer

from server.cli.admin.base import JSON_OPTION, admin_command, money, options, print_json, table, when
from server.cli.admin.client import EXIT_FAILED, EXIT_REFUSED, AdminFailure
from server.cli.common import console

commands = typer.Typer()


@commands.command()
@admin_command
def health(ctx: typer.Context, as_json: bool = JSON_OPTION) -> None:
    """Every dependency and process with its state and reason; exit 1 when any is down."""
    report = options(ctx).client().execute("AdminSystemHealth")["admin"]["systemHealth"]
    down = [c["name"] for c in report["checks"] if c["status"] == "DOWN"]
    if as_json:
        print_json(report)
    else:
        rows = [
            [c["name"], c["status"].lower(), c["reason"], "" if c["latencyMs"] is None else f"{c['latencyMs']:.1f}"]
            for c in report["checks"]
        ]
        console.print(
            table(
                f"system {report['status'].lower()} at {when(report['checkedAt'])} UTC",
                ("component", "state", "reason", "ms"),
                rows,
            )
        )
        console.print(
            f"workers alive: {len(report['workers'])}; queue: {report['queueLength']} message(s), "
            f"{report['queuePending']} pending; scheduler last tick: {when(report['schedulerLastTickAt']) or 'never'}",
            highlight=False,
        )
    if down:
        if not as_json:
            console.print(f"down: {', '.join(down)}", highlight=False)
        raise typer.Exit(EXIT_FAILED)


def _date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise AdminFailure(f"{option}: not an ISO date (YYYY-MM-DD): {value!r}", EXIT_REFUSED) from exc


def _rate(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.1f} %"


def _plain(value: Any) -> str:
    return "" if value is None else f"{value:.0f}" if isinstance(value, float) else str(value)


@commands.command()
@admin_command
def metrics(
    ctx: typer.Context,
    start: str = typer.Option(None, "--start", help="First day, YYYY-MM-DD (default: 30 days ago)."),
    end: str = typer.Option(None, "--end", help="Last day, YYYY-MM-DD (default: today)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """The headline business and system figures of a window (default: the last 30 days)."""
    variables = {"startDate": _date(start, "--start"), "endDate": _date(end, "--end")}
    m = options(ctx).client().execute("AdminMetrics", variables)["admin"]["metrics"]
    if as_json:
        print_json(m)
        return
    revenue, credit, engagement, system, jobs = m["revenue"], m["credit"], m["engagement"], m["system"], m["jobs"]
    rows = [
        ("MRR / ARR", f"{money(revenue['mrrCents'])} / {money(revenue['arrCents'])}"),
        (
            "paying customers",
            f"{revenue['payingCustomers']} (+{revenue['newCustomers']} new, -{revenue['churnedCustomers']} churned)",
        ),
        ("credit bought", f"{money(credit['topupCents'])} in {credit['topups']} top-up(s)"),
        ("credit used by jobs", money(credit["consumedByJobsCents"])),
        ("credit outstanding", money(credit["outstandingCents"])),
        ("active users (day / week / month)", f"{engagement['dau']} / {engagement['wau']} / {engagement['mau']}"),
        ("sign-ups", f"{engagement['signups']} (activation {_rate(engagement['activationRate']) or 'n/a'})"),
        (
            "jobs finished",
            f"{jobs['finished']} ({jobs['succeeded']} ok, {jobs['failed']} failed, {jobs['cancelled']} cancelled)",
        ),
        ("job failure rate", _rate(jobs["failureRate"]) or "n/a"),
        ("requests / errors", f"{system['requests']} / {system['errors']} ({_rate(system['errorRate']) or 'n/a'})"),
        ("p95 latency ms", _plain(system["p95Ms"]) or "n/a"),
        ("jobs queued", f"{system['jobsQueued']} (oldest {_plain(system['oldestQueuedSeconds']) or '-'} s)"),
        ("workers alive", _plain(system["workersAlive"]) or "n/a"),
    ]
    console.print(table(f"metrics {m['startDate']} to {m['endDate']}", ("figure", "value"), rows))
    for alert in m["alerts"]:
        console.print(f"alert {alert['code']}: {alert['message']}", highlight=False)
