from __future__ import annotations

from dataclasses import field

import strawberry

from server.auth.types import User
from server.graphql.errors import UserError


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
