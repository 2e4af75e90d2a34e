"""Stripe at the HTTP boundary: a real loopback server answering like api.stripe.com, and events shaped like Stripe's."""

from __future__ import annotations

import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

WEBHOOK_SECRET = "whsec_test_" + "a" * 32
SECRET_KEY = "sk_test_" + "b" * 24


# Failures Stripe answers with, shaped as its API sends them: status, error body, headers.
# "network_error" is no answer at all: the connection closes after the request is read.
FAILURES: dict[str, tuple[int, dict[str, Any], dict[str, str]]] = {
    "server_error": (500, {"error": {"type": "api_error", "message": "An unknown error occurred"}}, {}),
    "unavailable": (503, {"error": {"type": "api_error", "message": "Stripe is temporarily unavailable."}}, {}),
    "rate_limited": (
        429,
        {
            "error": {
                "type": "invalid_request_error",
                "code": "rate_limit",
                "doc_url": "https://stripe.com/docs/error-codes/rate-limit",
                "message": "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",
            }
        },
        {"Stripe-Rate-Limited-Reason": "global-rate"},
    ),
    "lock_timeout": (
        429,
        {
            "error": {
                "type": "invalid_request_error",
                "code": "lock_timeout",
                "doc_url": "https://stripe.com/docs/error-codes/lock-timeout",
                "message": "This object cannot be accessed right now because another API request or Stripe process is "
                "currently accessing it.",
            }
        },
        {"Stripe-Should-Retry": "true"},
    ),
}


def unflatten(form: list[tuple[str, str]]) -> dict[str, Any]:
    """`line_items[0][price_data][unit_amount]=500` → nested dicts (lists stay dicts keyed '0', '1', ...)."""
    out: dict[str, Any] = {}
    for key, value in form:
        parts = key.replace("]", "").split("[")
        node = out
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return out


class _Handler(BaseHTTPRequestHandler):
    fake: FakeStripe  # set on the subclass each FakeStripe serves with

    def log_message(self, *args: Any) -> None:
        pass

    def _send(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Request-Id", "req_" + secrets.token_hex(8))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def _failed(self) -> bool:
        """Answers the next scripted failure, or a wrong key as Stripe does; False when the request may go on."""
        if self.fake.failures:
            failure = self.fake.failures.pop(0)
            if failure == "network_error":
                self.close_connection = True
                return True
            self._send(*FAILURES[failure])
            return True
        if self.headers.get("Authorization") != f"Bearer {SECRET_KEY}":
            given = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            self._send(
                401,
                {
                    "error": {
                        "type": "invalid_request_error",
                        "message": f"Invalid API Key provided: {given[:8]}****{given[-4:]}",
                    }
                },
                {"WWW-Authenticate": 'Basic realm="Stripe"'},
            )
            return True
        return False

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qsl(self.rfile.read(length).decode(), keep_blank_values=True)
        params = unflatten(form)
        self.fake.requests.append(
            {
                "method": "POST",
                "path": self.path,
                "params": params,
                "authorization": self.headers.get("Authorization"),
                "idempotency_key": self.headers.get("Idempotency-Key"),
            }
        )
        if self._failed():
            return
        if self.path != "/v1/checkout/sessions":
            self._send(404, {"error": {"type": "invalid_request_error", "message": "Unrecognized request URL"}})
            return
        if self.fake.fail_next:
            self.fake.fail_next = False
            self._send(400, {"error": {"type": "invalid_request_error", "message": "Invalid currency"}})
            return
        session = checkout_session(
            amount_total=int(params["line_items"]["0"]["price_data"]["unit_amount"]),
            currency=params["line_items"]["0"]["price_data"]["currency"],
            metadata=params.get("metadata", {}),
            payment_status="unpaid",
            status="open",
        )
        session["mode"] = params.get("mode")
        session["success_url"] = params.get("success_url")
        session["cancel_url"] = params.get("cancel_url")
        session["client_reference_id"] = params.get("client_reference_id")
        self.fake.sessions[session["id"]] = session
        self._send(200, session)

    def do_GET(self) -> None:
        self.fake.requests.append({"method": "GET", "path": self.path})
        if self._failed():
            return
        prefix = "/v1/checkout/sessions/"
        session = (
            self.fake.sessions.get(self.path[len(prefix) :].split("?")[0]) if self.path.startswith(prefix) else None
        )
        if session is None:
            self._send(
                404,
                {
                    "error": {
                        "type": "invalid_request_error",
                        "code": "resource_missing",
                        "message": "No such checkout.session",
                    }
                },
            )
            return
        self._send(200, session)


class FakeStripe:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.sessions: dict[str, dict[str, Any]] = {}
        self.fail_next = False
        # Names from FAILURES (or "network_error"), answered one per request, in order, before anything else.
        self.failures: list[str] = []
        handler = type("Handler", (_Handler,), {"fake": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> FakeStripe:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def checkout_session(
    *,
    amount_total: int,
    currency: str = "usd",
    metadata: dict[str, str] | None = None,
    payment_status: str = "paid",
    status: str = "complete",
    session_id: str | None = None,
) -> dict[str, Any]:
    sid = session_id or "cs_test_" + secrets.token_hex(12)
    return {
        "id": sid,
        "object": "checkout.session",
        "amount_subtotal": amount_total,
        "amount_total": amount_total,
        "client_reference_id": (metadata or {}).get("tenant_id"),
        "created": int(time.time()),
        "currency": currency,
        "customer": None,
        "livemode": False,
        "metadata": metadata or {},
        "mode": "payment",
        "payment_intent": "pi_" + secrets.token_hex(12),
        "payment_status": payment_status,
        "status": status,
        "url": f"https://checkout.stripe.com/c/pay/{sid}" if status == "open" else None,
    }


def event(
    event_type: str, obj: dict[str, Any], *, event_id: str | None = None, created: int | None = None
) -> dict[str, Any]:
    return {
        "id": event_id or "evt_" + secrets.token_hex(12),
        "object": "event",
        "api_version": "2025-09-30.clover",
        "created": created if created is not None else int(time.time()),
        "data": {"object": obj},
        "livemode": False,
        "pending_webhooks": 1,
        "request": {"id": None, "idempotency_key": None},
        "type": event_type,
    }


def subscription(
    *,
    sub_id: str,
    status: str = "active",
    unit_amount: int = 1900,
    interval: str = "month",
    tenant_id: str | None = None,
    customer: str = "cus_test_1",
    nickname: str = "Pro",
) -> dict[str, Any]:
    return {
        "id": sub_id,
        "object": "subscription",
        "customer": customer,
        "status": status,
        "currency": "usd",
        "start_date": int(time.time()) - 86400,
        "canceled_at": None,
        "ended_at": None,
        "metadata": {"tenant_id": tenant_id} if tenant_id else {},
        "items": {
            "object": "list",
            "data": [
                {
                    "id": "si_" + secrets.token_hex(6),
                    "object": "subscription_item",
                    "quantity": 1,
                    "price": {
                        "id": "price_pro",
                        "object": "price",
                        "nickname": nickname,
                        "currency": "usd",
                        "unit_amount": unit_amount,
                        "recurring": {"interval": interval, "interval_count": 1},
                    },
                }
            ],
        },
    }


def invoice(
    *, invoice_id: str, subscription_id: str, customer: str = "cus_test_1", status: str = "open", amount_due: int = 1900
) -> dict[str, Any]:
    """An invoice as API version 2025-09-30.clover sends it: the subscription sits under
    `parent.subscription_details` (the top-level `subscription` field is gone since 2025-03-31.basil)."""
    return {
        "id": invoice_id,
        "object": "invoice",
        "customer": customer,
        "status": status,
        "amount_due": amount_due,
        "currency": "usd",
        "billing_reason": "subscription_cycle",
        "parent": {
            "type": "subscription_details",
            "quote_details": None,
            "subscription_details": {"metadata": {}, "subscription": subscription_id},
        },
    }
