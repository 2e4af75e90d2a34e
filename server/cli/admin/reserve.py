"""`afterresume admin reserve show|adjust|ledger|export-csv`: a tenant's prepaid reserve."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path
from typing import Any

import typer

from server.cli.admin.base import (
    JSON_OPTION,
    YES_OPTION,
    admin_command,
    confirm,
    find_tenant_id,
    money,
    options,
    pages,
    print_json,
    table,
    when,
)
from server.cli.admin.client import EXIT_REFUSED, AdminFailure, refused
from server.cli.common import console, err

commands = typer.Typer(help="Reserves: balance, adjustments, the ledger and its CSV export.")

TENANT_ARG = typer.Argument(..., help="The tenant's id, or a username or email of one of its users.")
EXPORT_PATH = "/api/billing/admin/ledger/export.csv"


def _ledger_rows(entries: list[dict[str, Any]], currency: str) -> list[list[Any]]:
    return [
        [
            when(e["createdAt"]),
            e["type"].lower(),
            money(e["amountCents"], currency),
            money(e["balanceAfterCents"], currency),
            e["reason"],
            e["actorUsername"],
        ]
        for e in entries
    ]


@commands.command()
@admin_command
def show(ctx: typer.Context, tenant: str = TENANT_ARG, as_json: bool = JSON_OPTION) -> None:
    """A tenant's balance, holds, policy and last five ledger entries."""
    client = options(ctx).client()
    tenant_id = find_tenant_id(client, tenant)
    reserve = client.execute("AdminTenantReserve", {"tenantId": tenant_id, "first": 5})["admin"]["tenantReserve"]
    if as_json:
        ledger = reserve.pop("ledger")
        print_json({**reserve, "recentLedger": [edge["node"] for edge in ledger["edges"]]})
        return
    currency = reserve["currency"]
    console.print(
        f"tenant {reserve['tenantId']}: balance [bold]{money(reserve['balanceCents'], currency)}[/bold], "
        f"held {money(reserve['heldCents'], currency)}, policy {reserve['policy'].lower()}, "
        f"low below {money(reserve['lowBalanceThresholdCents'], currency)}" + (" — LOW" if reserve["isLow"] else ""),
        highlight=False,
    )
    entries = [edge["node"] for edge in reserve["ledger"]["edges"]]
    columns = ("at", "type", "amount", "balance after", "reason", "actor")
    console.print(
        table(
            f"last {len(entries)} of {reserve['ledger']['totalCount']} entries",
            columns,
            _ledger_rows(entries, currency),
        )
    )


@commands.command()
@admin_command
def adjust(
    ctx: typer.Context,
    tenant: str = TENANT_ARG,
    amount_cents: int = typer.Option(
        ..., "--amount-cents", help="Positive adds promotional credit, negative takes money out."
    ),
    reason: str = typer.Option(..., "--reason", help="Why (recorded in the ledger and the audit trail)."),
    expires_at: str = typer.Option(None, "--expires-at", help="Added credit expires then (ISO date/time)."),
    idempotency_key: str = typer.Option(
        None, "--idempotency-key", help="Run again with the same key and nothing moves twice (default: a new one)."
    ),
    yes: bool = YES_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Add promotional credit or take money out of a tenant's reserve, with a reason."""
    client = options(ctx).client()
    tenant_id = find_tenant_id(client, tenant)
    if amount_cents < 0:
        confirm(f"Take {money(-amount_cents)} out of tenant {tenant_id}'s reserve?", yes)
    key = idempotency_key or f"cli-{uuid.uuid4()}"
    variables = {
        "input": {
            "tenantId": tenant_id,
            "amountCents": amount_cents,
            "reason": reason,
            "expiresAt": expires_at,
            "idempotencyKey": key,
        }
    }
    payload = client.execute("AdminAdjustReserve", variables)["adjustReserve"]
    refused(payload)
    if as_json:
        print_json({"reserve": payload["reserve"], "entry": payload["entry"], "idempotencyKey": key})
        return
    currency = payload["reserve"]["currency"]
    console.print(
        f"adjusted by {money(amount_cents, currency)}; balance now {money(payload['reserve']['balanceCents'], currency)} "
        f"(entry {payload['entry']['id']}, idempotency key {key})",
        highlight=False,
    )


@commands.command()
@admin_command
def ledger(
    ctx: typer.Context,
    tenant: str = TENANT_ARG,
    limit: int = typer.Option(50, "--limit", min=1, help="At most this many, newest first."),
    as_json: bool = JSON_OPTION,
) -> None:
    """A tenant's ledger, newest first."""
    client = options(ctx).client()
    tenant_id = find_tenant_id(client, tenant)
    entries, total = pages(
        client,
        "AdminTenantReserve",
        {"tenantId": tenant_id},
        ("admin", "tenantReserve", "ledger"),
        limit=limit,
        what="entries",
    )
    if as_json:
        print_json({"totalCount": total, "entries": entries})
        return
    columns = ("at", "type", "amount", "balance after", "reason", "actor")
    console.print(table(f"{len(entries)} of {total} entries", columns, _ledger_rows(entries, "")))


@commands.command("export-csv")
@admin_command
def export_csv(
    ctx: typer.Context,
    tenant: str = typer.Option(None, "--tenant", help="One tenant (id, or a username of its users); default: all."),
    entry_type: str = typer.Option(None, "--type", help="credit, debit, adjustment, hold, release or expiry."),
    start_date: str = typer.Option(None, "--start-date", help="From this date (YYYY-MM-DD)."),
    end_date: str = typer.Option(None, "--end-date", help="Up to this date, included."),
    output: Path = typer.Option(None, "-o", "--output", help="Write here (default: standard output)."),
) -> None:
    """The ledger as CSV (every tenant, or one), streamed."""
    client = options(ctx).client()
    params = {"type": entry_type, "startDate": start_date, "endDate": end_date}
    if tenant:
        params["tenantId"] = find_tenant_id(client, tenant)
    query = {k: v for k, v in params.items() if v}
    if output is None:
        size = client.download(EXPORT_PATH, query, sys.stdout.buffer.write)
        sys.stdout.flush()
        return
    tmp = output.with_name(f".{output.name}.part")
    try:
        with tmp.open("wb") as sink:
            size = client.download(EXPORT_PATH, query, sink.write)
        tmp.replace(output)
    except (AdminFailure, OSError) as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise AdminFailure(f"cannot write {output}: {exc}", EXIT_REFUSED) from exc
        raise
    err.print(f"wrote {size} bytes to {output}", highlight=False)
