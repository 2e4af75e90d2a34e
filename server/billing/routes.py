"""Plain HTTP routes of billing: the Stripe webhook and the staff ledger export."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator, Sequence
from uuid import UUID

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from server.auth.http_routes import requires_caller
from server.auth.service import Authenticated
from server.billing import service, webhooks
from server.billing.stripe_gateway import WebhookRejected, verify_webhook
from server.errors import ServiceError
from server.system.events import EventBus
from server.validation import check_text, parse_date

MAX_WEBHOOK_BYTES = 512 * 1024
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


async def stripe_webhook(request: Request) -> Response:
    """Stripe's deliveries: 400 for anything not genuinely signed by Stripe, 200 once the event is applied or known."""
    settings = request.app.state.settings
    if settings.stripe_webhook_secret is None:
        return JSONResponse({"error": "billing_not_configured"}, status_code=503)
    payload = await request.body()
    if len(payload) > MAX_WEBHOOK_BYTES:
        return JSONResponse({"error": "payload_too_large"}, status_code=413)
    try:
        event = verify_webhook(payload, request.headers.get("stripe-signature"), settings)
    except WebhookRejected as exc:
        return JSONResponse({"error": exc.code, "message": str(exc)}, status_code=400)
    outcome = await webhooks.process_event(event, bus=EventBus(request.app.state.redis))
    return JSONResponse({"received": True, "outcome": outcome})


def _csv_cell(value: object) -> object:
    # Spreadsheets run cells that look like formulas; free text is quoted out of that.
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _csv_line(values: Sequence[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow([_csv_cell(v) for v in values])
    return buffer.getvalue()


def _filters(request: Request) -> service.LedgerExportFilter:
    params = request.query_params
    try:
        tenant_id = UUID(params["tenantId"]) if params.get("tenantId") else None
    except ValueError as exc:
        raise ServiceError("INVALID_ID", "`tenantId` is not a valid ID.", "tenantId") from exc
    dates = {name: parse_date(params[name], name) if params.get(name) else None for name in ("startDate", "endDate")}
    entry_type = check_text(params["type"], "type") if params.get("type") else None
    return service.LedgerExportFilter(
        tenant_id=tenant_id, type=entry_type, start=dates["startDate"], end=dates["endDate"]
    )


@requires_caller
async def export_ledger_csv(request: Request, auth: Authenticated) -> Response:
    """Staff only; filters tenantId, type, startDate, endDate; streamed in batches."""
    if not auth.user.is_staff:
        return JSONResponse({"error": "forbidden"}, status_code=403)
    try:
        rows = await service.export_ledger_for_staff(auth.user, _filters(request), meta=request.state.meta)
    except ServiceError as exc:
        return JSONResponse({"error": exc.code, "message": exc.message, "field": exc.field}, status_code=400)

    async def lines() -> AsyncIterator[str]:
        yield _csv_line(service.EXPORT_COLUMNS)
        async for row in rows:
            yield _csv_line(row)

    return StreamingResponse(
        lines(),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="ledger.csv"', "cache-control": "no-store"},
    )


routes = [
    Route("/api/billing/webhook/", stripe_webhook, methods=["POST"]),
    Route("/api/billing/admin/ledger/export.csv", export_ledger_csv, methods=["GET"]),
]
