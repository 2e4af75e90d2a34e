"""The shapes of the Stripe events we apply, checked with pydantic before anything reads them.

A delivery can be correctly signed and still not be what we expect (an API version we do not know, a test
tool, a bug at Stripe): the envelope and the object of each handled type are validated here, so a bad shape is
refused with a clear message (HTTP 400, nothing stored) instead of failing half-way through applying it.
Only the fields we read are declared; the rest of Stripe's object is kept as it came, in the stored payload.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from server.validation import MAX_DATETIME

CHECKOUT_EVENTS = {"checkout.session.completed", "checkout.session.async_payment_succeeded"}
SUBSCRIPTION_EVENTS = {
    "customer.subscription.created",
    "customer.subscription.updated",
    "customer.subscription.deleted",
}
INVOICE_EVENTS = {"invoice.payment_failed"}
HANDLED = CHECKOUT_EVENTS | SUBSCRIPTION_EVENTS | INVOICE_EVENTS

MAX_BIGINT = 2**63 - 1
Int64 = Annotated[int, Field(strict=True, ge=-MAX_BIGINT, le=MAX_BIGINT)]
Epoch = Annotated[int, Field(strict=True, ge=0, le=int(MAX_DATETIME.timestamp()))]
Text = Annotated[str, Field(strict=True)]
Id = Annotated[str, Field(strict=True, min_length=1, max_length=255)]
PER_MONTH = {"day": 365 / 12, "week": 52 / 12, "month": 1, "year": 1 / 12}


class InvalidEvent(ValueError):
    """A signed delivery whose body is not an event we can apply; the message says where it failed."""


class _Shape(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class CheckoutSessionObject(_Shape):
    id: Id
    payment_status: Text | None = None
    amount_total: Int64 | None = None
    currency: Text | None = None
    metadata: dict[str, Text | None] = Field(default_factory=dict)


class Recurring(_Shape):
    interval: Text | None = None
    interval_count: Annotated[int, Field(strict=True, ge=1, le=1000)] | None = None


class Price(_Shape):
    id: Text | None = None
    nickname: Text | None = None
    lookup_key: Text | None = None
    currency: Text | None = None
    unit_amount: Int64 | None = None
    amount: Int64 | None = None  # legacy Plan objects
    recurring: Recurring | None = None
    interval: Text | None = None  # legacy Plan objects
    interval_count: Annotated[int, Field(strict=True, ge=1, le=1000)] | None = None

    def monthly_cents(self, quantity: int) -> float:
        recurring = self.recurring or Recurring(interval=self.interval, interval_count=self.interval_count)
        unit = self.unit_amount or self.amount or 0
        factor = PER_MONTH.get(recurring.interval or "month", 1)
        return unit * quantity * factor / (recurring.interval_count or 1)


class SubscriptionItem(_Shape):
    quantity: Annotated[int, Field(strict=True, ge=0, le=MAX_BIGINT)] | None = None
    price: Price | None = None
    plan: Price | None = None


class SubscriptionItems(_Shape):
    data: list[SubscriptionItem] = Field(default_factory=list)


class SubscriptionObject(_Shape):
    id: Id
    customer: Text | None = None
    status: Text | None = None
    currency: Text | None = None
    start_date: Epoch | None = None
    canceled_at: Epoch | None = None
    ended_at: Epoch | None = None
    metadata: dict[str, Text | None] = Field(default_factory=dict)
    items: SubscriptionItems | None = None

    @property
    def item_list(self) -> list[SubscriptionItem]:
        return self.items.data if self.items else []

    def plan_and_monthly(self) -> tuple[str, int, str]:
        """Plan name and the amount normalised to a month (the unit of MRR), in cents, and the currency."""
        plan, monthly, currency = "", 0, self.currency or ""
        for item in self.item_list:
            price = item.price or item.plan or Price()
            plan = plan or price.nickname or price.lookup_key or price.id or ""
            currency = currency or price.currency or ""
            monthly += round(price.monthly_cents(item.quantity or 1))
        return plan[:255], monthly, (currency or "usd")[:3]

    @model_validator(mode="after")
    def _monthly_amount_fits(self) -> SubscriptionObject:
        if abs(self.plan_and_monthly()[1]) > MAX_BIGINT:
            raise ValueError("the subscription's monthly amount (price × quantity) is out of range")  # noqa: RUF001 - the sign is meant
        return self


class SubscriptionDetails(_Shape):
    subscription: Text | None = None


class InvoiceParent(_Shape):
    subscription_details: SubscriptionDetails | None = None


class InvoiceObject(_Shape):
    id: Text | None = None
    customer: Text | None = None
    subscription: Text | None = None
    parent: InvoiceParent | None = None

    @property
    def subscription_id(self) -> str | None:
        if self.subscription:
            return self.subscription
        details = self.parent.subscription_details if self.parent else None
        return details.subscription if details else None


class _Data(_Shape):
    object: dict[str, Any]


class _Envelope(_Shape):
    id: Id
    type: Annotated[str, Field(strict=True, min_length=1, max_length=100)]
    created: Epoch
    data: _Data


OBJECT_SHAPES: dict[str, type[_Shape]] = {
    **dict.fromkeys(CHECKOUT_EVENTS, CheckoutSessionObject),
    **dict.fromkeys(SUBSCRIPTION_EVENTS, SubscriptionObject),
    **dict.fromkeys(INVOICE_EVENTS, InvoiceObject),
}


@dataclass(frozen=True)
class StripeEventIn:
    """A verified, well-formed event: `object` is typed for the event types we handle, `raw` is stored as sent."""

    id: str
    type: str
    created: int
    object: CheckoutSessionObject | SubscriptionObject | InvoiceObject | dict[str, Any]
    raw: dict[str, Any]


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def _describe(exc: ValidationError, *prefix: str) -> str:
    error = exc.errors()[0]
    where = ".".join([*prefix, *(str(part) for part in error["loc"])])
    return f"{where}: {error['msg']}" if where else error["msg"]


def parse_event(raw: Any) -> StripeEventIn:
    """The event in `raw` (decoded JSON), or InvalidEvent naming the first field that does not fit."""
    if not isinstance(raw, dict):
        raise InvalidEvent("The body is not a Stripe event object.")
    if _has_nul(raw):  # PostgreSQL text and jsonb cannot hold it
        raise InvalidEvent("The event contains a NUL character.")
    try:
        envelope = _Envelope.model_validate(raw)
    except ValidationError as exc:
        raise InvalidEvent(f"Not a Stripe event: {_describe(exc)}.") from exc
    shape = OBJECT_SHAPES.get(envelope.type)
    obj: Any = envelope.data.object
    if shape is not None:
        try:
            obj = shape.model_validate(obj)
        except ValidationError as exc:
            raise InvalidEvent(
                f"Not a {envelope.type} event we can apply: {_describe(exc, 'data', 'object')}."
            ) from exc
    return StripeEventIn(id=envelope.id, type=envelope.type, created=envelope.created, object=obj, raw=raw)
