from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, TypeAlias
from uuid import UUID

import strawberry

from server.billing import ledger, service, usage
from server.billing.models import LedgerEntry as LedgerEntryModel
from server.billing.models import ReserveAccount
from server.graphql.context import Info
from server.graphql.mutations import Payload
from server.graphql.relay import Connection, connection
from server.graphql.scalars import BigInt

# strawberry.enum registers the domain enums in place and returns them; the aliases keep them usable as types.
strawberry.enum(ledger.Policy, name="LowBalancePolicy")
strawberry.enum(ledger.EntryType, name="LedgerEntryType")
strawberry.enum(usage.UsageBucket, name="UsageBucket", description="UTC days, or ISO weeks (Monday first).")
LowBalancePolicy: TypeAlias = ledger.Policy
LedgerEntryType: TypeAlias = ledger.EntryType
UsageBucket: TypeAlias = usage.UsageBucket

if TYPE_CHECKING:
    from server.jobs.types import Job


@strawberry.enum
class BillingAccountStatus(enum.Enum):
    ACTIVE = "ACTIVE"
    LOW = "LOW"
    DELINQUENT = "DELINQUENT"


@strawberry.enum
class BillingAccountSort(enum.Enum):
    BALANCE = "BALANCE"
    SPEND_30D = "SPEND_30D"
    JOBS_30D = "JOBS_30D"
    LAST_ACTIVITY = "LAST_ACTIVITY"
    TENANT_NAME = "TENANT_NAME"
    CREATED = "CREATED"


@strawberry.type(description="One money movement; amountCents is signed (its effect on the balance).")
class LedgerEntry:
    id: strawberry.ID
    type: LedgerEntryType
    amount_cents: int
    balance_after_cents: int
    reason: str
    actor_username: str
    job_id: strawberry.ID | None
    stripe_reference: str | None
    uncollected_cents: int
    created_at: datetime

    @strawberry.field(
        description="The job the movement belongs to (holds, releases, job costs); the viewer's own or, for staff, any."
    )
    async def job(self, info: Info) -> Annotated[Job, strawberry.lazy("server.jobs.types")] | None:
        from server.jobs.types import Job

        if self.job_id is None:
            return None
        found = await info.context.loaders.job_by_id.load(UUID(self.job_id))
        if found is None or not (found.user_id == info.context.user.id or info.context.user.is_staff):
            return None
        return Job.from_model(found)

    @classmethod
    def from_model(cls, m: LedgerEntryModel) -> LedgerEntry:
        return cls(
            id=strawberry.ID(str(m.id)),
            type=LedgerEntryType(m.type),
            amount_cents=m.amount_cents,
            balance_after_cents=m.balance_after_cents,
            reason=m.reason,
            actor_username=m.actor_username,
            job_id=strawberry.ID(str(m.job_id)) if m.job_id else None,
            stripe_reference=m.stripe_reference,
            uncollected_cents=m.uncollected_cents,
            created_at=m.created_at,
        )


@strawberry.type(description="One bucket of a reserve's usage series.")
class UsagePoint:
    date: date = strawberry.field(description="The bucket's first day (a Monday for weeks); the window may clip it.")
    credits_cents: BigInt = strawberry.field(description="Money added: top-ups and positive adjustments.")
    spent_cents: BigInt = strawberry.field(description="Money charged: job costs and other debits.")
    balance_cents: BigInt = strawberry.field(description="The balance at the end of the bucket (or of the window).")


@strawberry.type(description="A tenant's prepaid reserve. The balance already excludes open job holds.")
class Reserve:
    tenant_id: strawberry.ID
    balance_cents: int
    held_cents: int = strawberry.field(description="Estimates of running jobs, already taken out of balanceCents.")
    currency: str
    is_low: bool
    low_balance_threshold_cents: int
    policy: LowBalancePolicy
    last_activity_at: datetime | None
    account_id: strawberry.Private[UUID]

    @strawberry.field(description="Newest first.")
    async def ledger(self, info: Info, first: int | None = None, after: str | None = None) -> Connection[LedgerEntry]:
        # Only resolvers that checked access to this account (own scope or staff) build a Reserve.
        page = await service.list_ledger(self.account_id, first=first, after=after)
        return connection(page, LedgerEntry.from_model)

    @strawberry.field(
        description="Credits, spend and closing balance per day or week, both dates included (at most 400 days)."
    )
    async def usage(self, start_date: date, end_date: date, bucket: UsageBucket = UsageBucket.DAY) -> list[UsagePoint]:
        points = await usage.usage_series(self.account_id, start_date, end_date, bucket)
        return [
            UsagePoint(
                date=p.day, credits_cents=p.credits_cents, spent_cents=p.spent_cents, balance_cents=p.balance_cents
            )
            for p in points
        ]

    @classmethod
    def from_model(cls, m: ReserveAccount) -> Reserve:
        return cls(
            tenant_id=strawberry.ID(str(m.tenant_id)),
            balance_cents=m.balance_cents,
            held_cents=m.held_cents,
            currency=m.currency.upper(),
            is_low=ledger.is_low(m),
            low_balance_threshold_cents=m.low_balance_threshold_cents,
            policy=ledger.Policy(m.policy),
            last_activity_at=m.last_activity_at,
            account_id=m.id,
        )


@strawberry.type
class CreateTopupSessionPayload(Payload):
    session_id: str | None = None
    checkout_url: str | None = strawberry.field(default=None, description="Send the user here to pay.")


@strawberry.type
class SetLowBalancePolicyPayload(Payload):
    reserve: Reserve | None = None


@strawberry.input
class AdjustReserveInput:
    tenant_id: strawberry.ID
    amount_cents: int = strawberry.field(description="Positive adds promotional credit, negative takes money out.")
    reason: str
    expires_at: datetime | None = strawberry.field(default=None, description="Added credit expires then (promotional).")
    idempotency_key: str | None = strawberry.field(
        default=None,
        description="Send the same key again (a retry, a double click) and the first result comes back; nothing moves twice.",
    )


@strawberry.type
class AdjustReservePayload(Payload):
    reserve: Reserve | None = None
    entry: LedgerEntry | None = None


@strawberry.type
class ReserveSummary:
    accounts: int
    total_balance_cents: BigInt
    low_balance_count: int
    negative_count: int
    average_balance_cents: BigInt
    median_balance_cents: BigInt

    @classmethod
    def from_service(cls, s: service.ReserveSummary) -> ReserveSummary:
        return cls(
            accounts=s.accounts,
            total_balance_cents=s.total_balance_cents,
            low_balance_count=s.low_balance_count,
            negative_count=s.negative_count,
            average_balance_cents=s.average_balance_cents,
            median_balance_cents=s.median_balance_cents,
        )


@strawberry.type
class BillingAccountUser:
    id: strawberry.ID
    username: str
    email: str


@strawberry.type(description="A tenant's reserve as the billing admin sees it.")
class BillingAccount:
    tenant_id: strawberry.ID
    tenant_name: str
    user: BillingAccountUser | None = strawberry.field(description="The tenant's first user.")
    balance_cents: int
    held_cents: int
    currency: str
    policy: LowBalancePolicy
    status: BillingAccountStatus
    spend_30d_cents: BigInt = strawberry.field(name="spend30dCents")
    jobs_30d: int = strawberry.field(name="jobs30d")
    last_activity_at: datetime | None

    @classmethod
    def from_row(cls, r: service.BillingAccountRow) -> BillingAccount:
        user = (
            BillingAccountUser(id=strawberry.ID(str(r.user_id)), username=r.username, email=r.email)
            # The user columns come from one joined row: all set or all null.
            if r.user_id is not None and r.username is not None and r.email is not None
            else None
        )
        return cls(
            tenant_id=strawberry.ID(str(r.tenant_id)),
            tenant_name=r.tenant_name,
            user=user,
            balance_cents=r.balance_cents,
            held_cents=r.held_cents,
            currency=r.currency.upper(),
            policy=ledger.Policy(r.policy),
            status=BillingAccountStatus(r.status),
            spend_30d_cents=r.spend_30d_cents,
            jobs_30d=r.jobs_30d,
            last_activity_at=r.last_activity_at,
        )


@strawberry.type
class UsageCostDay:
    date: date
    cost_cents: BigInt
    jobs: int


@strawberry.type(description="What jobs cost tenants, from the ledger's settlements.")
class UsageCosts:
    start_date: date
    end_date: date
    total_cost_cents: BigInt
    uncollected_cents: BigInt
    jobs: int
    days: list[UsageCostDay]

    @classmethod
    def from_service(cls, u: service.UsageCosts) -> UsageCosts:
        return cls(
            start_date=u.start_date,
            end_date=u.end_date,
            total_cost_cents=u.total_cost_cents,
            uncollected_cents=u.uncollected_cents,
            jobs=u.jobs,
            days=[UsageCostDay(date=d.day, cost_cents=d.cost_cents, jobs=d.jobs) for d in u.days],
        )
