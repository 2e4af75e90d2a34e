from __future__ import annotations

import enum

import strawberry

from server.auth.types import User
from server.graphql.mutations import Payload
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
class SetUserActivePayload(Payload):
    user: User | None = None


@strawberry.type
class ResetUserPasswordPayload(Payload):
    user: User | None = None


@strawberry.type
class UpdateUserPayload(Payload):
    user: User | None = None


@strawberry.type
class MoveUserToTenantPayload(Payload):
    user: User | None = None


@strawberry.type
class RevokeAllTokensPayload(Payload):
    revoked: int = 0
