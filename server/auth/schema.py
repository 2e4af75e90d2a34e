from __future__ import annotations

import strawberry

from server.auth import recovery, service, tokens
from server.auth.models import ApiToken as ApiTokenModel
from server.auth.types import (
    ApiToken,
    ChangePasswordInput,
    ChangePasswordPayload,
    CreateApiTokenPayload,
    LoginInput,
    LoginPayload,
    LogoutPayload,
    RequestPasswordResetPayload,
    ResetPasswordPayload,
    RevokeApiTokenPayload,
    RevokeOtherSessionsPayload,
    RevokeSessionPayload,
    Session,
    SignupInput,
    SignupPayload,
    User,
)
from server.graphql.context import Info
from server.graphql.ids import parse_id
from server.graphql.mutations import mutation
from server.graphql.permissions import IsAuthenticated


def _set_session_cookie(info: Info, raw: str, token: ApiTokenModel) -> None:
    response = info.context.response
    if response is None:
        return
    settings = info.context.settings
    max_age = int((token.expires_at - service.now()).total_seconds()) if token.expires_at else None
    response.set_cookie(
        settings.session_cookie_name,
        raw,
        max_age=max_age,
        httponly=True,
        samesite="lax",
        secure=settings.is_production,
        path="/",
    )


@strawberry.type
class Query:
    @strawberry.field(description="The logged-in user, or null.")
    def me(self, info: Info) -> User | None:
        auth = info.context.auth
        return User.from_model(auth.user) if auth else None


@strawberry.type
class Mutation:
    @mutation(description="Create an account with an invite passkey.")
    async def signup(self, info: Info, input: SignupInput) -> SignupPayload:
        ctx = info.context
        user, raw, token = await service.signup(
            input.passkey,
            input.username,
            input.email,
            input.password,
            meta=ctx.meta,
            limiter=ctx.limiter,
            settings=ctx.settings,
        )
        _set_session_cookie(info, raw, token)
        return SignupPayload(user=User.from_model(user), token=raw)

    @mutation()
    async def login(self, info: Info, input: LoginInput) -> LoginPayload:
        ctx = info.context
        user, raw, token = await service.login(
            input.username,
            input.password,
            remember_me=input.remember_me,
            meta=ctx.meta,
            limiter=ctx.limiter,
            settings=ctx.settings,
        )
        _set_session_cookie(info, raw, token)
        return LoginPayload(user=User.from_model(user), token=raw, expires_at=token.expires_at)

    @mutation(permission_classes=[IsAuthenticated], description="Revoke the token or session in use.")
    async def logout(self, info: Info) -> LogoutPayload:
        ctx = info.context
        await service.logout(ctx.authenticated, ctx.meta, bus=ctx.bus)
        if ctx.response is not None:
            ctx.response.delete_cookie(ctx.settings.session_cookie_name, path="/")
        return LogoutPayload(ok=True)

    @mutation(permission_classes=[IsAuthenticated], description="Other sessions and tokens are revoked.")
    async def change_password(self, info: Info, input: ChangePasswordInput) -> ChangePasswordPayload:
        ctx = info.context
        await service.change_password(ctx.authenticated, input.old_password, input.new_password, ctx.meta, bus=ctx.bus)
        return ChangePasswordPayload(user=User.from_model(ctx.authenticated.user))

    @mutation(permission_classes=[IsAuthenticated], description="Sign out one of your sessions.")
    async def revoke_session(self, info: Info, id: strawberry.ID) -> RevokeSessionPayload:
        ctx = info.context
        token = await tokens.revoke_session(ctx.authenticated, parse_id(id), meta=ctx.meta, bus=ctx.bus)
        current = token.id == ctx.authenticated.token.id
        if current and ctx.response is not None:
            ctx.response.delete_cookie(ctx.settings.session_cookie_name, path="/")
        return RevokeSessionPayload(session=Session.from_model(token, current=current))

    @mutation(permission_classes=[IsAuthenticated], description="Sign out every session but this one; API tokens stay.")
    async def revoke_other_sessions(self, info: Info) -> RevokeOtherSessionsPayload:
        ctx = info.context
        count = await tokens.revoke_other_sessions(ctx.authenticated, meta=ctx.meta, bus=ctx.bus)
        return RevokeOtherSessionsPayload(revoked_count=count)

    @mutation(
        permission_classes=[IsAuthenticated],
        description="A personal API token for scripts (from a browser session; at most 20 live).",
    )
    async def create_api_token(self, info: Info, name: str, expires_days: int | None = None) -> CreateApiTokenPayload:
        ctx = info.context
        raw, token = await tokens.create_api_token(ctx.authenticated, name, expires_days, meta=ctx.meta)
        return CreateApiTokenPayload(api_token=ApiToken.from_model(token), token=raw)

    @mutation(permission_classes=[IsAuthenticated], description="Revoke one of your personal API tokens.")
    async def revoke_api_token(self, info: Info, id: strawberry.ID) -> RevokeApiTokenPayload:
        ctx = info.context
        token = await tokens.revoke_api_token(ctx.authenticated, parse_id(id), meta=ctx.meta, bus=ctx.bus)
        return RevokeApiTokenPayload(api_token=ApiToken.from_model(token))

    @mutation(
        description="Email a password-reset link to the account with this address, if any; the answer is the same."
    )
    async def request_password_reset(self, info: Info, email: str) -> RequestPasswordResetPayload:
        ctx = info.context
        await recovery.request_password_reset(email, meta=ctx.meta, limiter=ctx.limiter, settings=ctx.settings)
        return RequestPasswordResetPayload(ok=True)

    @mutation(description="Set a new password with an emailed reset link; every session and token of the account ends.")
    async def reset_password(self, info: Info, token: str, new_password: str) -> ResetPasswordPayload:
        ctx = info.context
        user = await recovery.reset_password(
            token, new_password, meta=ctx.meta, limiter=ctx.limiter, settings=ctx.settings, bus=ctx.bus
        )
        return ResetPasswordPayload(user=User.from_model(user))
