from __future__ import annotations

from datetime import datetime
from uuid import UUID

import strawberry

from server.auth.models import User as UserModel
from server.graphql.context import Info
from server.graphql.mutations import Payload
from server.tenants.types import Tenant


@strawberry.type
class User:
    id: strawberry.ID
    username: str
    email: str
    full_name: str
    is_active: bool
    is_staff: bool
    is_superuser: bool
    last_login: datetime | None
    date_joined: datetime

    @strawberry.field
    async def tenant(self, info: Info) -> Tenant | None:
        tenant = await info.context.loaders.tenant_by_user.load(UUID(self.id))
        return Tenant.from_model(tenant) if tenant else None

    @classmethod
    def from_model(cls, m: UserModel) -> User:
        return cls(
            id=strawberry.ID(str(m.id)),
            username=m.username,
            email=m.email,
            full_name=m.full_name,
            is_active=m.is_active,
            is_staff=m.is_staff,
            is_superuser=m.is_superuser,
            last_login=m.last_login,
            date_joined=m.date_joined,
        )


def maybe_user(m: UserModel | None) -> User | None:
    return User.from_model(m) if m is not None else None


@strawberry.input
class SignupInput:
    passkey: str
    username: str
    email: str
    password: str


@strawberry.type
class SignupPayload(Payload):
    user: User | None = None
    token: str | None = strawberry.field(default=None, description="Shown once; send as `Authorization: Bearer <token>`.")


@strawberry.input
class LoginInput:
    username: str = strawberry.field(description="Username or email.")
    password: str
    remember_me: bool = False


@strawberry.type
class LoginPayload(Payload):
    user: User | None = None
    token: str | None = strawberry.field(default=None, description="Shown once; also set as an HttpOnly cookie.")
    expires_at: datetime | None = None


@strawberry.type
class LogoutPayload(Payload):
    ok: bool = False


@strawberry.input
class ChangePasswordInput:
    old_password: str
    new_password: str


@strawberry.type
class ChangePasswordPayload(Payload):
    user: User | None = None
