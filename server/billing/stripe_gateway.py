"""The only code that talks to Stripe: Checkout Sessions out, signed webhook events in."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from uuid import UUID

import stripe

from server.billing.events import InvalidEvent, StripeEventIn, parse_event
from server.errors import ServiceError
from server.settings import Settings

if TYPE_CHECKING:
    from stripe.params.checkout import SessionCreateParams

TOPUP_PURPOSE = "reserve_topup"


class WebhookRejected(Exception):
    """The delivery is not a genuine, well-formed Stripe event; answer 400 and store nothing."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def billing_not_configured() -> ServiceError:
    return ServiceError(
        "BILLING_NOT_CONFIGURED", "Payments are not set up on this server; an administrator must set STRIPE_SECRET_KEY."
    )


@dataclass(frozen=True)
class CheckoutSession:
    id: str
    url: str | None
    status: str | None
    payment_status: str | None
    amount_total: int | None
    currency: str | None
    metadata: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_stripe(cls, obj: Any) -> CheckoutSession:
        data = obj.to_dict() if hasattr(obj, "to_dict") else dict(obj)
        return cls(
            id=data["id"],
            url=data.get("url"),
            status=data.get("status"),
            payment_status=data.get("payment_status"),
            amount_total=data.get("amount_total"),
            currency=data.get("currency"),
            metadata=dict(data.get("metadata") or {}),
        )

    def as_event_object(self) -> dict[str, Any]:
        """The shape a webhook carries in `data.object`, for replaying a session by hand."""
        return {
            "id": self.id,
            "object": "checkout.session",
            "status": self.status,
            "payment_status": self.payment_status,
            "amount_total": self.amount_total,
            "currency": self.currency,
            "metadata": self.metadata,
        }


def is_configured(settings: Settings) -> bool:
    return settings.stripe_secret_key is not None and bool(settings.stripe_secret_key.get_secret_value())


class StripeGateway:
    """A Stripe client for one unit of work; close it with `aclose` (or `async with`)."""

    def __init__(self, settings: Settings) -> None:
        secret_key = settings.stripe_secret_key
        if secret_key is None or not is_configured(settings):
            raise billing_not_configured()
        self.settings = settings
        self._http = stripe.HTTPXClient(timeout=20)
        self.client = stripe.StripeClient(
            secret_key.get_secret_value(),
            base_addresses={"api": settings.stripe_api_base} if settings.stripe_api_base else None,
            http_client=self._http,
            max_network_retries=2,
        )

    async def __aenter__(self) -> StripeGateway:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.close_async()  # type: ignore[no-untyped-call]  # stripe leaves close_async unannotated

    async def create_topup_session(
        self, *, tenant_id: UUID, user_id: UUID, email: str, amount_cents: int, currency: str
    ) -> CheckoutSession:
        """A one-off payment page for `amount_cents`; the tenant travels in the metadata to the webhook."""
        base = self.settings.public_url.rstrip("/")
        metadata = {"purpose": TOPUP_PURPOSE, "tenant_id": str(tenant_id), "user_id": str(user_id)}
        params: SessionCreateParams = {
            "mode": "payment",
            "line_items": [
                {
                    "quantity": 1,
                    "price_data": {
                        "currency": currency,
                        "unit_amount": amount_cents,
                        "product_data": {"name": "AfterResume reserve top-up"},
                    },
                }
            ],
            "client_reference_id": str(tenant_id),
            "metadata": metadata,
            "payment_intent_data": {"metadata": metadata},
            "success_url": f"{base}/billing?topup=success&session_id={{CHECKOUT_SESSION_ID}}",
            "cancel_url": f"{base}/billing?topup=cancelled",
        }
        if email:  # no address: the field is left out of the request
            params["customer_email"] = email
        try:
            session = await self.client.v1.checkout.sessions.create_async(params=params)
        except stripe.StripeError as exc:
            raise ServiceError(
                "PAYMENT_PROVIDER_ERROR", "The payment provider refused the request; try again later."
            ) from exc
        return CheckoutSession.from_stripe(session)

    async def retrieve_session(self, session_id: str) -> CheckoutSession:
        try:
            session = await self.client.v1.checkout.sessions.retrieve_async(session_id)
        except stripe.InvalidRequestError as exc:
            raise ServiceError("NOT_FOUND", "No such Checkout Session.", "sessionId") from exc
        except stripe.StripeError as exc:
            raise ServiceError("PAYMENT_PROVIDER_ERROR", "The payment provider could not be reached.") from exc
        return CheckoutSession.from_stripe(session)


def verify_webhook(payload: bytes, signature: str | None, settings: Settings) -> StripeEventIn:
    """Check the Stripe-Signature header and the event's shape; raise WebhookRejected.

    The timestamp must lie within the tolerance of now in either direction: Stripe's check refuses
    only old ones, and a signature dated days ahead would otherwise stay replayable until then.
    """
    secret = settings.stripe_webhook_secret.get_secret_value() if settings.stripe_webhook_secret else ""
    tolerance = settings.stripe_webhook_tolerance_seconds
    try:
        body = payload.decode("utf-8")
        stripe.WebhookSignature.verify_header(body, signature or "", secret, tolerance)
    except stripe.SignatureVerificationError as exc:
        raise WebhookRejected("invalid_signature", "The Stripe-Signature header does not verify.") from exc
    except UnicodeDecodeError as exc:
        raise WebhookRejected("invalid_payload", "The body is not a JSON Stripe event.") from exc
    if tolerance and _signed_at(signature or "") > time.time() + tolerance:
        raise WebhookRejected("invalid_signature", "The Stripe-Signature timestamp is in the future.")
    try:
        return parse_event(json.loads(body))
    except ValueError as exc:  # JSONDecodeError and InvalidEvent
        message = str(exc) if isinstance(exc, InvalidEvent) else "The body is not a JSON Stripe event."
        raise WebhookRejected("invalid_payload", message) from exc


def _signed_at(header: str) -> int:
    """The `t=` of a header that has verified (so it holds one that parses as an integer)."""
    for item in header.split(","):
        parts = item.split("=", 2)  # read exactly as Stripe's verify_header reads it
        if parts[0] == "t":
            return int(parts[1])
    raise WebhookRejected("invalid_signature", "The Stripe-Signature header has no timestamp.")
