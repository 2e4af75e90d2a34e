"""Staff-only GraphQL: the `admin` namespace and the user-management mutations."""

from __future__ import annotations

from datetime import datetime

import strawberry

from server.admin import service
from server.admin.types import (
    MoveUserToTenantPayload,
    ResetUserPasswordPayload,
    RevokeAllTokensPayload,
    SetUserActivePayload,
    TenantMovePreview,
    UpdateUserInput,
    UpdateUserPayload,
    UserRole,
    UserSort,
)
from server.audit.service import list_audit_events_for_staff
from server.audit.types import AuditEvent
from server.auth.types import User
from server.billing.schema import BillingAdminQuery
from server.graphql.context import Info
from server.graphql.ids import parse_id
from server.graphql.mutations import mutation
from server.graphql.permissions import IsStaff
from server.graphql.relay import Connection, connection
from server.invitations.schema import InvitationsAdminQuery
from server.jobs.schema import JobsAdminQuery
from server.metrics.schema import MetricsAdminQuery
from server.tenants.service import list_tenants_for_staff
from server.tenants.types import Tenant
from server.worklogs.schema import WorklogsAdminQuery


@strawberry.type
class UsersAdminQuery:
    @strawberry.field(permission_classes=[IsStaff])
    async def users(
        self,
        search: str | None = None,
        is_active: bool | None = None,
        first: int | None = None,
        after: str | None = None,
        role: UserRole | None = None,
        sort: UserSort = UserSort.JOINED,
        descending: bool = True,
    ) -> Connection[User]:
        page = await service.list_users_for_staff(
            search=search,
            is_active=is_active,
            first=first,
            after=after,
            role=role.value if role else None,
            sort=sort.value,
            descending=descending,
        )
        return connection(page, User.from_model)

    @strawberry.field(permission_classes=[IsStaff], description="What moving the user to the tenant would take along.")
    async def tenant_move_preview(self, user_id: strawberry.ID, tenant_id: strawberry.ID) -> TenantMovePreview:
        found = await service.preview_tenant_move_for_staff(
            parse_id(user_id, "userId"), parse_id(tenant_id, "tenantId")
        )
        return TenantMovePreview(
            worklogs=found["worklogs"],
            evidence=found["evidence"],
            tokens=found["tokens"],
            ledger_entries=found["ledger_entries"],
            from_tenant=Tenant.from_model(found["from_tenant"]),
            to_tenant=Tenant.from_model(found["to_tenant"]),
        )

    @strawberry.field(permission_classes=[IsStaff])
    async def tenants(self, first: int | None = None, after: str | None = None) -> Connection[Tenant]:
        page = await list_tenants_for_staff(first=first, after=after)
        return connection(page, Tenant.from_model)

    @strawberry.field(permission_classes=[IsStaff])
    async def audit_events(
        self,
        user_id: strawberry.ID | None = None,
        event_type: str | None = None,
        first: int | None = None,
        after: str | None = None,
        event_type_prefix: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        target: str | None = None,
    ) -> Connection[AuditEvent]:
        page = await list_audit_events_for_staff(
            user_id=parse_id(user_id, "userId") if user_id else None,
            event_type=event_type,
            first=first,
            after=after,
            event_type_prefix=event_type_prefix,
            since=since,
            until=until,
            target=target,
        )
        return connection(page, AuditEvent.from_model)


@strawberry.type(description="Staff-only reads across tenants.")
class AdminQuery(
    InvitationsAdminQuery, UsersAdminQuery, BillingAdminQuery, WorklogsAdminQuery, JobsAdminQuery, MetricsAdminQuery
):
    pass


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsStaff])
    def admin(self) -> AdminQuery:
        return AdminQuery()


@strawberry.type
class Mutation:
    @mutation(permission_classes=[IsStaff], description="Disabling revokes the user's tokens and sessions.")
    async def set_user_active(self, info: Info, user_id: strawberry.ID, is_active: bool) -> SetUserActivePayload:
        ctx = info.context
        user = await service.set_user_active_as_staff(
            ctx.user, parse_id(user_id, "userId"), is_active, meta=ctx.meta, bus=ctx.bus
        )
        return SetUserActivePayload(user=User.from_model(user))

    @mutation(permission_classes=[IsStaff])
    async def reset_user_password(
        self, info: Info, user_id: strawberry.ID, new_password: str
    ) -> ResetUserPasswordPayload:
        ctx = info.context
        user = await service.reset_user_password_as_staff(
            ctx.user, parse_id(user_id, "userId"), new_password, meta=ctx.meta, bus=ctx.bus
        )
        return ResetUserPasswordPayload(user=User.from_model(user))

    @mutation(permission_classes=[IsStaff])
    async def update_user(self, info: Info, user_id: strawberry.ID, input: UpdateUserInput) -> UpdateUserPayload:
        ctx = info.context
        user = await service.update_user_as_staff(
            ctx.user,
            parse_id(user_id, "userId"),
            username=input.username,
            email=input.email,
            full_name=input.full_name,
            is_staff=input.is_staff,
            meta=ctx.meta,
            bus=ctx.bus,
        )
        return UpdateUserPayload(user=User.from_model(user))

    @mutation(permission_classes=[IsStaff], description="Moves the user and all their data.")
    async def move_user_to_tenant(
        self, info: Info, user_id: strawberry.ID, tenant_id: strawberry.ID
    ) -> MoveUserToTenantPayload:
        ctx = info.context
        user = await service.move_user_to_tenant_as_staff(
            ctx.user, parse_id(user_id, "userId"), parse_id(tenant_id, "tenantId"), meta=ctx.meta, bus=ctx.bus
        )
        return MoveUserToTenantPayload(user=User.from_model(user))

    @mutation(
        permission_classes=[IsStaff], description="Superuser: revokes every token of every user but the caller's."
    )
    async def revoke_all_tokens(self, info: Info) -> RevokeAllTokensPayload:
        ctx = info.context
        count = await service.revoke_all_tokens_as_staff(
            ctx.user, meta=ctx.meta, keep_token_id=ctx.authenticated.token.id, bus=ctx.bus
        )
        return RevokeAllTokensPayload(revoked=count)
