"""`afterresume admin audit events`: the audit trail, filtered."""

from __future__ import annotations

from datetime import datetime

import typer

from server.cli.admin.base import JSON_OPTION, admin_command, find_user, options, pages, print_json, table, when
from server.cli.admin.client import EXIT_REFUSED, AdminFailure
from server.cli.common import console

commands = typer.Typer(help="The audit trail: who did what, when, from where.")


def _instant(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise AdminFailure(f"{option}: not an ISO date or time: {value!r}", EXIT_REFUSED) from exc
    return parsed.isoformat() if parsed.tzinfo else parsed.isoformat() + "+00:00"


@commands.command()
@admin_command
def events(
    ctx: typer.Context,
    user: str = typer.Option(None, "--user", help="Events by or about this user (username, email or id)."),
    event_type: str = typer.Option(None, "--type", help="Exactly this event type (e.g. auth.login_failed)."),
    prefix: str = typer.Option(None, "--prefix", help="Event types starting with this (e.g. admin.)."),
    since: str = typer.Option(None, "--since", help="From this ISO date/time (UTC unless it says)."),
    until: str = typer.Option(None, "--until", help="Up to this ISO date/time."),
    target: str = typer.Option(None, "--target", help="Events whose target id or name matches."),
    limit: int = typer.Option(50, "--limit", min=1, help="At most this many, newest first."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Audit events, newest first, with filters."""
    client = options(ctx).client()
    variables = {
        "userId": find_user(client, user)["id"] if user else None,
        "eventType": event_type,
        "eventTypePrefix": prefix,
        "since": _instant(since, "--since"),
        "until": _instant(until, "--until"),
        "target": target,
    }
    found, total = pages(client, "AdminAuditEvents", variables, ("admin", "auditEvents"), limit=limit, what="events")
    if as_json:
        print_json({"totalCount": total, "events": found})
        return
    rows = [
        [
            when(e["createdAt"]),
            e["eventType"],
            e["actorUsername"],
            e["targetName"] or e["targetId"],
            e["ip"],
            e["message"],
        ]
        for e in found
    ]
    console.print(table(f"{len(found)} of {total} event(s)", ("at", "event", "actor", "target", "ip", "message"), rows))
