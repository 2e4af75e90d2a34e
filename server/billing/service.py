"""Billing rules around the ledger: the tenant's reserve, top-ups, policy, and staff reads and adjustments.

Money itself moves only in server.billing.ledger; this module decides who may ask for it.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from uuid import UUID

from tortoise import connections
from tortoise.transactions import in_transaction

from server.audit.service import record
from server.auth.models import User
from server.auth.ratelimit import Limit, RateLimiter
from server.auth.scope import RequestMeta, TenantScope
from server.billing import ledger
from server.billing.events import CheckoutSessionObject
from server.billing.ledger import Policy
from server.billing.models import LedgerEntry, ReserveAccount
from server.billing.stripe_gateway import CheckoutSession, StripeGateway
from server.billing.webhooks import credit_checkout_session
from server.errors import ServiceError
from server.pagination import Page, clamp_first, cursor_int, decode_keyset_cursor, encode_keyset_cursor, paginate
from server.settings import Settings
from server.system.events import EventBus
from server.tenants.service import get_tenant_for_staff
from server.validation import MAX_DATE, MIN_DATE, check_date

MAX_REASON = 500
# Each top-up opens a Stripe Checkout Session; a few a minute is plenty for a person.
TOPUP_SESSIONS = Limit("topup-tenant", 10, 60)
MAX_USAGE_DAYS = 366
ACCOUNT_STATUSES = ("ACTIVE", "LOW", "DELINQUENT")
DELINQUENT_SUBSCRIPTION = ("past_due", "unpaid")


# --- the tenant's own reserve -------------------------------------------------------------


async def get_reserve(scope: TenantScope) -> ReserveAccount:
    return await ledger.ensure_account(scope.tenant_id)


async def list_ledger(account_id: UUID, *, first: int | None, after: str | None) -> Page[LedgerEntry]:
    """Newest first. The caller has already established that it may see this account."""
    return await paginate(
        LedgerEntry.filter(account_id=account_id), tag=f"ledger:{account_id}", first=first, after=after
    )


async def set_low_balance_policy(
    scope: TenantScope, actor: User, policy: Policy, *, meta: RequestMeta
) -> ReserveAccount:
    await ledger.ensure_account(scope.tenant_id)
    async with in_transaction():
        account = await ReserveAccount.select_for_update().get(tenant_id=scope.tenant_id)
        before = account.policy
        account.policy = policy.value
        await account.save(update_fields=["policy", "updated_at"])
        await record(
            "billing.policy_changed",
            actor=actor,
            meta=meta,
            target_type="reserve",
            target_id=account.id,
            tenant_id=scope.tenant_id,
            before={"policy": before},
            after={"policy": policy.value},
        )
    return account


@dataclass(frozen=True)
class TopupSession:
    session_id: str
    checkout_url: str


def check_topup_amount(amount_cents: int, settings: Settings) -> None:
    if amount_cents <= 0:
        raise ServiceError("INVALID_AMOUNT", "Enter a positive amount in cents.", "amountCents")
    if amount_cents < settings.billing_topup_min_cents:
        raise ServiceError(
            "AMOUNT_TOO_SMALL", f"The smallest top-up is {settings.billing_topup_min_cents} cents.", "amountCents"
        )
    if amount_cents > settings.billing_topup_max_cents:
        raise ServiceError(
            "AMOUNT_TOO_LARGE", f"The largest top-up is {settings.billing_topup_max_cents} cents.", "amountCents"
        )


async def create_topup_session(
    scope: TenantScope, user: User, amount_cents: int, *, settings: Settings, limiter: RateLimiter
) -> TopupSession:
    """A Stripe Checkout page for a top-up; the reserve is credited by the webhook once Stripe says it is paid."""
    async with StripeGateway(settings) as gateway:  # refuses with BILLING_NOT_CONFIGURED before anything else
        check_topup_amount(amount_cents, settings)
        await limiter.enforce(TOPUP_SESSIONS, str(scope.tenant_id))
        account = await ledger.ensure_account(scope.tenant_id)
        session = await gateway.create_topup_session(
            tenant_id=scope.tenant_id,
            user_id=user.id,
            email=user.email,
            amount_cents=amount_cents,
            currency=account.currency,
        )
    if not session.url:
        raise ServiceError("PAYMENT_PROVIDER_ERROR", "The payment provider returned no checkout page.")
    return TopupSession(session_id=session.id, checkout_url=session.url)


async def replay_checkout_session(
    session_id: str, *, settings: Settings, bus: EventBus | None
) -> tuple[str, CheckoutSession]:
    """The runbook's manual webhook: fetch the session from Stripe and credit it if paid (once, ever)."""
    if not session_id.startswith("cs_"):
        raise ServiceError("INVALID_SESSION_ID", "A Checkout Session id starts with cs_.", "sessionId")
    async with StripeGateway(settings) as gateway:
        session = await gateway.retrieve_session(session_id)
    async with in_transaction():
        outcome, account = await credit_checkout_session(
            CheckoutSessionObject.model_validate(session.as_event_object()), event_type="checkout.session.completed"
        )
        await record(
            "billing.checkout_replayed",
            actor=None,
            actor_username="cli",
            meta=RequestMeta(user_agent="cli"),
            target_type="checkout_session",
            target_id=session_id[:64],
            tenant_id=account.tenant_id if account else None,
            after={"outcome": outcome},
        )
    if account is not None:
        await ledger.announce(bus, account)
    return outcome, session


# --- staff -----------------------------------------------------------------------------------


def _reason(reason: str) -> str:
    value = (reason or "").strip()
    if not value:
        raise ServiceError("REASON_REQUIRED", "Say why the reserve is adjusted.", "reason")
    if len(value) > MAX_REASON:
        raise ServiceError("REASON_TOO_LONG", f"The reason must be at most {MAX_REASON} characters.", "reason")
    return value


async def adjust_reserve_for_staff(
    actor: User,
    tenant_id: UUID,
    amount_cents: int,
    reason: str,
    *,
    expires_at: datetime | None,
    settings: Settings,
    meta: RequestMeta,
    bus: EventBus | None,
    idempotency_key: str | None = None,
) -> ledger.Movement:
    """Add promotional credit (optionally expiring) or take money out, audited with the balance before and after."""
    reason = _reason(reason)
    if amount_cents == 0:
        raise ServiceError("INVALID_AMOUNT", "An adjustment must be a non-zero number of cents.", "amountCents")
    if abs(amount_cents) > settings.billing_adjust_max_cents:
        raise ServiceError(
            "AMOUNT_TOO_LARGE",
            f"Adjustments are limited to {settings.billing_adjust_max_cents} cents either way.",
            "amountCents",
        )
    if expires_at is not None:
        if expires_at.tzinfo is None:
            expires_at = expires_at.replace(tzinfo=UTC)
        if expires_at <= ledger.now():
            raise ServiceError("INVALID_EXPIRY", "The expiry must be in the future.", "expiresAt")
    tenant = await get_tenant_for_staff(tenant_id)
    if idempotency_key is not None and not 1 <= len(idempotency_key) <= 100:
        raise ServiceError("INVALID_IDEMPOTENCY_KEY", "The idempotency key must be 1-100 characters.", "idempotencyKey")
    key = f"adjust:{actor.id}:{idempotency_key}" if idempotency_key else f"adjust:{uuid.uuid4()}"
    async with in_transaction():
        movement = await ledger.adjust(
            tenant.id, amount_cents, key=key, reason=reason, actor=actor, expires_at=expires_at
        )
        entry = movement.entry
        if not movement.replayed:
            if entry is None:
                raise RuntimeError("an adjustment that was not replayed always writes a ledger entry")
            await record(
                "billing.reserve_adjusted",
                actor=actor,
                meta=meta,
                target_type="tenant",
                target_id=tenant.id,
                tenant_id=tenant.id,
                message=reason,
                before={"balance_cents": entry.balance_after_cents - entry.amount_cents},
                after={
                    "balance_cents": entry.balance_after_cents,
                    "amount_cents": amount_cents,
                    "entry_id": str(entry.id),
                    "expires_at": expires_at.isoformat() if expires_at else None,
                },
            )
    if not movement.replayed:
        await ledger.announce(bus, movement.account)
    return movement


async def get_reserve_for_staff(tenant_id: UUID) -> ReserveAccount:
    tenant = await get_tenant_for_staff(tenant_id)
    return await ledger.ensure_account(tenant.id)


@dataclass(frozen=True)
class ReserveSummary:
    accounts: int
    total_balance_cents: int
    low_balance_count: int
    negative_count: int
    average_balance_cents: int
    median_balance_cents: int


async def _rows(sql: str, values: list[Any] | None = None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = await connections.get("default").execute_query_dict(sql, values or [])
    return rows


async def reserve_summary_for_staff() -> ReserveSummary:
    row = (
        await _rows("""
        SELECT count(*) AS accounts,
               coalesce(sum(balance_cents), 0) AS total,
               count(*) FILTER (WHERE balance_cents < low_balance_threshold_cents) AS low,
               count(*) FILTER (WHERE balance_cents < 0) AS negative,
               coalesce(round(avg(balance_cents)), 0) AS average,
               coalesce(round(percentile_cont(0.5) WITHIN GROUP (ORDER BY balance_cents)), 0) AS median
        FROM reserve_account""")
    )[0]
    return ReserveSummary(
        accounts=int(row["accounts"]),
        total_balance_cents=int(row["total"]),
        low_balance_count=int(row["low"]),
        negative_count=int(row["negative"]),
        average_balance_cents=int(row["average"]),
        median_balance_cents=int(row["median"]),
    )


@dataclass(frozen=True)
class BillingAccountRow:
    account_id: UUID
    tenant_id: UUID
    tenant_name: str
    user_id: UUID | None
    username: str | None
    email: str | None
    balance_cents: int
    held_cents: int
    currency: str
    policy: str
    status: str
    spend_30d_cents: int
    jobs_30d: int
    last_activity_at: datetime | None


BILLING_ACCOUNT_SORTS = {
    "BALANCE": "balance_cents",
    "SPEND_30D": "spend_30d_cents",
    "JOBS_30D": "jobs_30d",
    "LAST_ACTIVITY": "last_activity_at",
    "TENANT_NAME": "tenant_name",
    "CREATED": "created_at",
}

_BILLING_ACCOUNTS_SQL = """
SELECT * FROM (
  SELECT a.id AS account_id, a.tenant_id, t.name AS tenant_name, a.balance_cents, a.held_cents, a.currency,
         a.policy, a.last_activity_at, a.created_at,
         coalesce(s.spend, 0)::bigint AS spend_30d_cents, coalesce(s.jobs, 0)::bigint AS jobs_30d,
         u.id AS user_id, u.username, u.email,
         CASE WHEN a.balance_cents < 0 OR EXISTS (
                SELECT 1 FROM subscription sub WHERE sub.tenant_id = a.tenant_id AND sub.status = ANY($2::text[]))
              THEN 'DELINQUENT'
              WHEN a.balance_cents < a.low_balance_threshold_cents THEN 'LOW'
              ELSE 'ACTIVE' END AS status
  FROM reserve_account a
  JOIN tenant t ON t.id = a.tenant_id
  LEFT JOIN LATERAL (
    SELECT sum(-e.amount_cents) AS spend, count(DISTINCT e.job_id) AS jobs
    FROM ledger_entry e WHERE e.account_id = a.id AND e.type = 'debit' AND e.created_at >= $1
  ) s ON true
  LEFT JOIN LATERAL (
    SELECT u.id, u.username, u.email FROM profile p JOIN "user" u ON u.id = p.user_id
    WHERE p.tenant_id = a.tenant_id ORDER BY p.created_at, p.id LIMIT 1
  ) u ON true
) x
WHERE ($3::text IS NULL OR x.status = $3)
  AND ($4::text IS NULL OR x.tenant_name ILIKE $4 OR x.username ILIKE $4 OR x.email ILIKE $4)
"""


def _offset_cursor(tag: str, offset: int) -> str:
    return encode_keyset_cursor(tag, [offset])


def _offset_from(tag: str, cursor: str | None) -> int:
    if not cursor:
        return 0
    (offset,) = decode_keyset_cursor(tag, cursor, 1)
    return cursor_int(offset)


async def list_billing_accounts_for_staff(
    *,
    search: str | None,
    status: str | None,
    sort: str,
    descending: bool,
    first: int | None,
    after: str | None,
) -> Page[BillingAccountRow]:
    """Every tenant's reserve with its 30-day spend, sortable and filterable; offset cursors (staff lists are small)."""
    if sort not in BILLING_ACCOUNT_SORTS:
        raise ServiceError("INVALID_SORT", "Unknown sort.", "sort")
    if status is not None and status not in ACCOUNT_STATUSES:
        raise ServiceError("INVALID_STATUS", "Unknown account status.", "status")
    size = clamp_first(first)
    tag = f"billing-accounts:{search}:{status}:{sort}:{descending}"
    offset = _offset_from(tag, after)
    pattern = None
    if search and search.strip():
        escaped = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
    values = [ledger.now() - timedelta(days=30), list(DELINQUENT_SUBSCRIPTION), status, pattern]
    column = BILLING_ACCOUNT_SORTS[sort]
    direction = "DESC NULLS LAST" if descending else "ASC NULLS FIRST"
    # Built from constants, a column from BILLING_ACCOUNT_SORTS and integers; every value is a $n parameter.
    total = int((await _rows(f"SELECT count(*) AS n FROM ({_BILLING_ACCOUNTS_SQL}) c", values))[0]["n"])  # noqa: S608
    rows = await _rows(
        f"{_BILLING_ACCOUNTS_SQL} ORDER BY x.{column} {direction}, x.account_id LIMIT {size + 1} OFFSET {offset}",
        values,
    )
    has_next = len(rows) > size
    rows = rows[:size]
    items = [
        BillingAccountRow(
            account_id=r["account_id"],
            tenant_id=r["tenant_id"],
            tenant_name=r["tenant_name"],
            user_id=r["user_id"],
            username=r["username"],
            email=r["email"],
            balance_cents=int(r["balance_cents"]),
            held_cents=int(r["held_cents"]),
            currency=r["currency"],
            policy=r["policy"],
            status=r["status"],
            spend_30d_cents=int(r["spend_30d_cents"]),
            jobs_30d=int(r["jobs_30d"]),
            last_activity_at=r["last_activity_at"],
        )
        for r in rows
    ]
    return Page(
        items=items,
        cursors=[_offset_cursor(tag, offset + i + 1) for i in range(len(items))],
        has_next=has_next,
        total=total,
    )


@dataclass(frozen=True)
class UsageDay:
    day: date
    cost_cents: int
    jobs: int


@dataclass(frozen=True)
class UsageCosts:
    start_date: date
    end_date: date
    total_cost_cents: int
    uncollected_cents: int
    jobs: int
    days: list[UsageDay]


def _day_range(start: date, end: date, *, max_days: int | None = MAX_USAGE_DAYS) -> tuple[datetime, datetime]:
    check_date(start, "startDate")
    check_date(end, "endDate")
    if end < start:
        raise ServiceError("INVALID_DATE_RANGE", "endDate must not be before startDate.", "endDate")
    if max_days is not None and (end - start).days + 1 > max_days:
        raise ServiceError("DATE_RANGE_TOO_LONG", f"Ask for at most {MAX_USAGE_DAYS} days at a time.", "endDate")
    return (datetime.combine(start, time.min, UTC), datetime.combine(end + timedelta(days=1), time.min, UTC))


async def usage_costs_for_staff(start: date, end: date) -> UsageCosts:
    """What jobs cost tenants per day (UTC), from the settlement entries of the ledger."""
    lo, hi = _day_range(start, end)
    rows = await _rows(
        """
        SELECT (created_at AT TIME ZONE 'UTC')::date AS day, coalesce(sum(-amount_cents), 0)::bigint AS cost,
               coalesce(sum(uncollected_cents), 0)::bigint AS uncollected, count(DISTINCT job_id) AS jobs
        FROM ledger_entry WHERE type = 'debit' AND job_id IS NOT NULL AND created_at >= $1 AND created_at < $2
        GROUP BY 1 ORDER BY 1""",
        [lo, hi],
    )
    total_jobs = (
        await _rows(
            """
        SELECT count(DISTINCT job_id) AS n FROM ledger_entry
        WHERE type = 'debit' AND job_id IS NOT NULL AND created_at >= $1 AND created_at < $2""",
            [lo, hi],
        )
    )[0]["n"]
    days = [UsageDay(day=r["day"], cost_cents=int(r["cost"]), jobs=int(r["jobs"])) for r in rows]
    return UsageCosts(
        start_date=start,
        end_date=end,
        total_cost_cents=sum(d.cost_cents for d in days),
        uncollected_cents=sum(int(r["uncollected"]) for r in rows),
        jobs=int(total_jobs),
        days=days,
    )


@dataclass(frozen=True)
class LedgerExportFilter:
    tenant_id: UUID | None = None
    type: str | None = None
    start: date | None = None
    end: date | None = None


EXPORT_COLUMNS = [
    "created_at",
    "entry_id",
    "tenant_id",
    "tenant_name",
    "type",
    "amount_cents",
    "balance_after_cents",
    "currency",
    "reason",
    "actor",
    "job_id",
    "stripe_reference",
    "uncollected_cents",
]


async def export_ledger_for_staff(
    actor: User, filters: LedgerExportFilter, *, meta: RequestMeta, batch: int = 1000
) -> AsyncIterator[list[Any]]:
    """Ledger rows for the CSV export, oldest first, fetched in batches; the export itself is audited."""
    if filters.type is not None and filters.type not in {t.value for t in ledger.EntryType}:
        raise ServiceError("INVALID_ENTRY_TYPE", "Unknown ledger entry type.", "type")
    if filters.tenant_id is not None:
        await get_tenant_for_staff(filters.tenant_id)
    lo = hi = None
    if filters.start or filters.end:
        lo, hi = _day_range(filters.start or MIN_DATE, filters.end or MAX_DATE, max_days=None)
    await record(
        "billing.ledger_exported",
        actor=actor,
        meta=meta,
        target_type="ledger",
        tenant_id=filters.tenant_id,
        after={
            "tenant_id": str(filters.tenant_id) if filters.tenant_id else None,
            "type": filters.type,
            "start": str(filters.start or ""),
            "end": str(filters.end or ""),
        },
    )
    return _export_rows(filters, lo, hi, batch)


async def _export_rows(
    filters: LedgerExportFilter, lo: datetime | None, hi: datetime | None, batch: int
) -> AsyncIterator[list[Any]]:
    cursor: tuple[datetime, UUID] | None = None
    while True:
        rows = await _rows(
            """
            SELECT e.created_at, e.id, e.tenant_id, t.name, e.type, e.amount_cents, e.balance_after_cents, a.currency,
                   e.reason, e.actor_username, e.job_id, e.stripe_reference, e.uncollected_cents
            FROM ledger_entry e JOIN reserve_account a ON a.id = e.account_id JOIN tenant t ON t.id = e.tenant_id
            WHERE ($1::uuid IS NULL OR e.tenant_id = $1) AND ($2::text IS NULL OR e.type = $2)
              AND ($3::timestamptz IS NULL OR e.created_at >= $3) AND ($4::timestamptz IS NULL OR e.created_at < $4)
              AND ($5::timestamptz IS NULL OR (e.created_at, e.id) > ($5, $6::uuid))
            ORDER BY e.created_at, e.id LIMIT $7""",
            [
                filters.tenant_id,
                filters.type,
                lo,
                hi,
                cursor[0] if cursor else None,
                cursor[1] if cursor else None,
                batch,
            ],
        )
        for r in rows:
            yield [
                r["created_at"].isoformat(),
                r["id"],
                r["tenant_id"],
                r["name"],
                r["type"],
                r["amount_cents"],
                r["balance_after_cents"],
                r["currency"],
                r["reason"],
                r["actor_username"],
                r["job_id"] or "",
                r["stripe_reference"] or "",
                r["uncollected_cents"],
            ]
        if len(rows) < batch:
            return
        cursor = (rows[-1]["created_at"], rows[-1]["id"])
