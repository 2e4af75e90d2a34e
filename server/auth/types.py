from __future__ import annotations

from datetime import datetime
from uuid import UUID

import strawberry

from server.auth import tokens
from server.auth.models import ApiToken as ApiTokenModel
from server.auth.models import User as UserModel
from server.auth.scope import TenantScope
from server.auth.service import Authenticated
from server.graphql.context import Info
from server.graphql.mutations import Payload
from server.graphql.permissions import forbidden
from server.profiles import service as profiles
from server.profiles.types import Position
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

    @strawberry.field(description="Your own live browser sessions (another user's: FORBIDDEN).")
    async def sessions(self, info: Info) -> list[Session]:
        auth = _own(info, self.id)
        return [Session.from_model(t, current=t.id == auth.token.id) for t in await tokens.list_sessions(auth)]

    @strawberry.field(description="Your own live personal API tokens (another user's: FORBIDDEN).")
    async def api_tokens(self, info: Info) -> list[ApiToken]:
        return [ApiToken.from_model(t) for t in await tokens.list_api_tokens(_own(info, self.id))]

    @strawberry.field(description="Your own employment history, current first (another user's: FORBIDDEN).")
    async def positions(self, info: Info) -> list[Position]:
        return [Position.from_model(p) for p in await profiles.list_positions(_own_scope(info, self.id))]

    @strawberry.field(description="Your own confidential terms (another user's: FORBIDDEN).")
    async def confidential_terms(self, info: Info) -> list[str]:
        return await profiles.confidential_terms(_own_scope(info, self.id))

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


def _own(info: Info, user_id: str) -> Authenticated:
    """Credentials are the caller's alone: staff reading another user through admin.users get FORBIDDEN."""
    auth = info.context.auth
    if auth is None or str(auth.user.id) != user_id:
        raise forbidden()
    return auth


def _own_scope(info: Info, user_id: str) -> TenantScope:
    """A profile is its owner's alone, like credentials."""
    scope = _own(info, user_id).scope
    if scope is None:
        raise forbidden()
    return scope


@strawberry.type(description="A signed-in browser: a token of kind session.")
class Session:
    id: strawberry.ID
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    user_agent: str = strawberry.field(description="The browser that signed in, as it named itself; may be empty.")
    ip: str = strawberry.field(description="The address it signed in from; may be empty.")
    current: bool = strawberry.field(description="The session making this request.")

    @classmethod
    def from_model(cls, m: ApiTokenModel, *, current: bool) -> Session:
        return cls(
            id=strawberry.ID(str(m.id)),
            created_at=m.created_at,
            last_used_at=m.last_used_at,
            expires_at=m.expires_at,
            user_agent=m.user_agent,
            ip=m.ip,
            current=current,
        )


@strawberry.type(description="A personal API token for scripts; only its prefix is ever shown again.")
class ApiToken:
    id: strawberry.ID
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None

    @classmethod
    def from_model(cls, m: ApiTokenModel) -> ApiToken:
        return cls(
            id=strawberry.ID(str(m.id)),
            name=m.name,
            prefix=m.prefix,
            created_at=m.created_at,
            last_used_at=m.last_used_at,
            expires_at=m.expires_at,
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
    token: str | None = strawberry.field(
        default=None, description="Shown once; send as `Authorization: Bearer <token>`."
    )


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


@strawberry.type
class RevokeSessionPayload(Payload):
    session: Session | None = None


@strawberry.type
class RevokeOtherSessionsPayload(Payload):
    revoked_count: int = 0


@strawberry.type
class CreateApiTokenPayload(Payload):
    api_token: ApiToken | None = None
    token: str | None = strawberry.field(
        default=None, description="Shown once; send as `Authorization: Bearer <token>`."
    )


@strawberry.type
class RevokeApiTokenPayload(Payload):
    api_token: ApiToken | None = None


@strawberry.type(description="The same whether or not an account has the address: nothing is revealed.")
class RequestPasswordResetPayload(Payload):
    ok: bool = strawberry.field(default=False, description="True: if an active account has it, a link is on its way.")


@strawberry.type
class ResetPasswordPayload(Payload):
    user: User | None = None
