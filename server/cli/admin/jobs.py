"""`afterresume admin jobs list|show|cancel`: every tenant's background jobs, a job's timeline, cancelling."""

from __future__ import annotations

import json
from typing import Any

import typer

from server.cli.admin.base import (
    JSON_OPTION,
    PAGE,
    YES_OPTION,
    admin_command,
    confirm,
    find_tenant_id,
    find_user,
    money,
    options,
    pages,
    print_json,
    table,
    when,
)
from server.cli.admin.client import EXIT_REFUSED, AdminFailure, refused
from server.cli.common import console

commands = typer.Typer(help="Background jobs: list, show (with the timeline), cancel.")

STATUSES = ("queued", "running", "success", "failed", "cancelled")
COLUMNS = ("id", "kind", "status", "user", "queued", "started", "finished", "held", "cost", "error")


def _rows(jobs: list[dict[str, Any]]) -> list[list[Any]]:
    return [
        [
            j["id"],
            j["kind"],
            j["status"].lower()
            + (" (cancel requested)" if j["cancelRequestedAt"] and j["status"] == "RUNNING" else ""),
            j["username"],
            when(j["queuedAt"]),
            when(j["startedAt"]),
            when(j["finishedAt"]),
            money(j["heldCents"]),
            money(j["costCents"]),
            j["errorCode"],
        ]
        for j in jobs
    ]


@commands.command("list")
@admin_command
def list_jobs(
    ctx: typer.Context,
    status: str = typer.Option(None, "--status", help="queued, running, success, failed or cancelled."),
    tenant: str = typer.Option(None, "--tenant", help="One tenant: its id, or a member's username or email."),
    user: str = typer.Option(None, "--user", help="One user's jobs (username, email or id)."),
    limit: int = typer.Option(50, "--limit", min=1, help="At most this many, newest first."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Every tenant's jobs, newest first, with filters."""
    if status is not None and status.lower() not in STATUSES:
        raise AdminFailure(f"--status must be one of {', '.join(STATUSES)}", EXIT_REFUSED)
    client = options(ctx).client()
    variables = {
        "status": status.upper() if status else None,
        "tenantId": find_tenant_id(client, tenant) if tenant else None,
        "userId": find_user(client, user)["id"] if user else None,
    }
    found, total = pages(client, "AdminJobs", variables, ("admin", "jobs"), limit=limit, what="jobs")
    if as_json:
        print_json({"totalCount": total, "jobs": found})
        return
    console.print(table(f"{len(found)} of {total} job(s)", COLUMNS, _rows(found)))


def _data(value: Any) -> str:
    return "" if not value else json.dumps(value, sort_keys=True, separators=(",", ":"))


@commands.command()
@admin_command
def show(
    ctx: typer.Context,
    job_id: str = typer.Argument(..., metavar="ID", help="The job's id (from `jobs list`)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """One job: what it held and cost, and its event timeline, oldest first."""
    client = options(ctx).client()
    variables: dict[str, Any] = {"id": job_id.strip(), "first": PAGE, "after": None}
    job = client.execute("AdminJob", variables)["admin"]["job"]
    events = [edge["node"] for edge in job["events"]["edges"]]
    while job["events"]["pageInfo"]["hasNextPage"]:
        variables["after"] = job["events"]["pageInfo"]["endCursor"]
        job = client.execute("AdminJob", variables)["admin"]["job"]
        events.extend(edge["node"] for edge in job["events"]["edges"])
    job = {**{k: v for k, v in job.items() if k != "events"}, "events": events}
    if as_json:
        print_json(job)
        return
    summary = [
        ("status", job["status"].lower()),
        ("kind", job["kind"]),
        ("user", job["username"]),
        ("tenant", job["tenantId"]),
        ("attempt", job["attempt"]),
        ("estimate / held / cost", " / ".join(money(job[k]) for k in ("estimateCents", "heldCents", "costCents"))),
        ("queued", when(job["queuedAt"])),
        ("started", when(job["startedAt"])),
        ("finished", when(job["finishedAt"])),
        ("last heartbeat", when(job["heartbeatAt"])),
        ("cancel requested", when(job["cancelRequestedAt"])),
        ("error", f"{job['errorCode']}: {job['errorMessage']}" if job["errorCode"] else ""),
        ("warnings", "; ".join(job["warnings"])),
    ]
    console.print(table(f"job {job['id']}", ("", ""), [row for row in summary if row[1] not in ("", None)]))
    rows = [
        [e["seq"], e["at"][:19].replace("T", " "), e["type"].lower(), e["message"], _data(e["data"])] for e in events
    ]
    console.print(table(f"timeline: {len(events)} event(s)", ("seq", "at", "event", "message", "data"), rows))


@commands.command()
@admin_command
def cancel(
    ctx: typer.Context,
    job_id: str = typer.Argument(..., metavar="ID", help="The job's id (from `jobs list`)."),
    yes: bool = YES_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Cancel a job and release its hold: a queued job at once, a running one at its next step (audited)."""
    client = options(ctx).client()
    job_id = job_id.strip()
    confirm(f"Cancel job {job_id}?", yes)
    payload = client.execute("AdminCancelJob", {"id": job_id})["cancelJob"]
    refused(payload)
    job = payload["job"]
    if as_json:
        print_json(job)
        return
    if job["status"] == "CANCELLED":
        console.print(f"cancelled job {job['id']}; its hold was released", highlight=False)
    else:
        console.print(f"cancel requested for job {job['id']} ({job['status'].lower()}): it stops at its next step")
