from __future__ import annotations

import enum
from dataclasses import field

import strawberry

from server.auth.types import User
from server.graphql.errors import UserError
from server.tenants.types import Tenant


@strawberry.enum(description="MEMBER: neither staff nor superuser; STAFF: staff, not superuser.")
class UserRole(enum.Enum):
    MEMBER = "MEMBER"
    STAFF = "STAFF"
    SUPERUSER = "SUPERUSER"


@strawberry.enum
class UserSort(enum.Enum):
    JOINED = "JOINED"
    USERNAME = "USERNAME"
    LAST_LOGIN = "LAST_LOGIN"


@strawberry.type(description="What moveUserToTenant would take along; nothing is changed.")
class TenantMovePreview:
    worklogs: int
    evidence: int
    tokens: int = strawberry.field(description="Sessions and API tokens the move signs out.")
    ledger_entries: int = strawberry.field(description="The old tenant's ledger; the reserve stays with the tenant.")
    from_tenant: Tenant | None
    to_tenant: Tenant


@strawberry.input
class UpdateUserInput:
    username: str | None = None
    email: str | None = None
    full_name: str | None = None
    is_staff: bool | None = None


@strawberry.type
class SetUserActivePayload:
    user: User | None = None
    errors: list[UserError] = field(default_factory=list)


@strawberry.type
class ResetUserPasswordPayload:
    user: User | None = None
    errors: list[UserError] = field(default_factory=list)


@strawberry.type
class UpdateUserPayload:
    user: User | None = None
    errors: list[UserError] = field(default_factory=list)


@strawberry.type
class MoveUserToTenantPayload:
    user: User | None = None
    errors: list[UserError] = field(default_factory=list)


@strawberry.type
class RevokeAllTokensPayload:
    revoked: int = 0
    errors: list[UserError] = field(default_factory=list)
