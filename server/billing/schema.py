from __future__ import annotations

from datetime import date

import strawberry

from server.billing import service
from server.billing.types import (
    AdjustReserveInput,
    AdjustReservePayload,
    BillingAccount,
    BillingAccountSort,
    BillingAccountStatus,
    CreateTopupSessionPayload,
    LedgerEntry,
    LowBalancePolicy,
    Reserve,
    ReserveSummary,
    SetLowBalancePolicyPayload,
    UsageCosts,
)
from server.graphql.context import Info
from server.graphql.ids import parse_id
from server.graphql.mutations import mutation
from server.graphql.permissions import IsAuthenticated, IsStaff
from server.graphql.relay import Connection, connection


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAuthenticated], description="The viewer's tenant reserve.")
    async def reserve(self, info: Info) -> Reserve:
        return Reserve.from_model(await service.get_reserve(info.context.scope))


@strawberry.type
class BillingAdminQuery:
    @strawberry.field(permission_classes=[IsStaff])
    async def reserve_summary(self) -> ReserveSummary:
        return ReserveSummary.from_service(await service.reserve_summary_for_staff())

    @strawberry.field(
        permission_classes=[IsStaff], description="Every tenant's reserve; search matches tenant, username, email."
    )
    async def billing_accounts(
        self,
        search: str | None = None,
        status: BillingAccountStatus | None = None,
        sort: BillingAccountSort = BillingAccountSort.BALANCE,
        descending: bool = False,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[BillingAccount]:
        page = await service.list_billing_accounts_for_staff(
            search=search,
            status=status.value if status else None,
            sort=sort.value,
            descending=descending,
            first=first,
            after=after,
        )
        return connection(page, BillingAccount.from_row)

    @strawberry.field(permission_classes=[IsStaff], description="One tenant's reserve and ledger.")
    async def tenant_reserve(self, tenant_id: strawberry.ID) -> Reserve:
        return Reserve.from_model(await service.get_reserve_for_staff(parse_id(tenant_id, "tenantId")))

    @strawberry.field(permission_classes=[IsStaff], description="Job costs per UTC day, both dates included.")
    async def usage_costs(self, start_date: date, end_date: date) -> UsageCosts:
        return UsageCosts.from_service(await service.usage_costs_for_staff(start_date, end_date))


@strawberry.type
class Mutation:
    @mutation(permission_classes=[IsAuthenticated], description="A Stripe Checkout page to top up the reserve.")
    async def create_topup_session(self, info: Info, amount_cents: int) -> CreateTopupSessionPayload:
        ctx = info.context
        session = await service.create_topup_session(
            ctx.scope, ctx.user, amount_cents, settings=ctx.settings, limiter=ctx.limiter
        )
        return CreateTopupSessionPayload(session_id=session.session_id, checkout_url=session.checkout_url)

    @mutation(permission_classes=[IsAuthenticated])
    async def set_low_balance_policy(self, info: Info, policy: LowBalancePolicy) -> SetLowBalancePolicyPayload:
        ctx = info.context
        account = await service.set_low_balance_policy(ctx.scope, ctx.user, policy, meta=ctx.meta)
        return SetLowBalancePolicyPayload(reserve=Reserve.from_model(account))

    @mutation(
        permission_classes=[IsStaff], description="Staff: add promotional credit or take money out, with a reason."
    )
    async def adjust_reserve(self, info: Info, input: AdjustReserveInput) -> AdjustReservePayload:
        ctx = info.context
        movement = await service.adjust_reserve_for_staff(
            ctx.user,
            parse_id(input.tenant_id, "tenantId"),
            input.amount_cents,
            input.reason,
            expires_at=input.expires_at,
            settings=ctx.settings,
            meta=ctx.meta,
            bus=ctx.bus,
            idempotency_key=input.idempotency_key,
        )
        return AdjustReservePayload(
            reserve=Reserve.from_model(movement.account),
            entry=LedgerEntry.from_model(movement.entry) if movement.entry else None,
        )
