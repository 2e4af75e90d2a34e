"""Accounts: signup with an invite passkey, login, tokens, logout, password change."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import UUID

from tortoise import Tortoise
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from server.audit.service import record
from server.auth import passwords
from server.auth.addresses import normalize_email as normalize_email  # re-exported for callers of auth.service
from server.auth.models import ApiToken, PasswordReset, User
from server.auth.ratelimit import Limit, RateLimiter
from server.auth.scope import RequestMeta, TenantScope, scope_for
from server.auth.secrets import TOKEN_PREFIX, digest, display_prefix, new_secret
from server.errors import ServiceError
from server.invitations.service import consume_invite_passkey, passkey_refusal
from server.settings import Settings
from server.system import lockdown
from server.system.events import EventBus
from server.tenants import service as tenants

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{2,149}$")
LAST_USED_GRANULARITY = timedelta(minutes=1)
REVOCATION_CHANNEL = "auth:revocations"


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Authenticated:
    user: User
    token: ApiToken
    scope: TenantScope | None


def normalize_username(username: str, field: str = "username") -> str:
    value = username.strip().lower()
    if not USERNAME_RE.fullmatch(value):
        raise ServiceError(
            "INVALID_USERNAME", "Username must be 3-150 characters: letters, digits, '.', '_' or '-'.", field
        )
    return value


async def issue_token(
    user: User, *, kind: str, ttl: timedelta | None, name: str = "", meta: RequestMeta | None = None
) -> tuple[str, ApiToken]:
    raw = new_secret(TOKEN_PREFIX)
    token = await ApiToken.create(
        user=user,
        kind=kind,
        name=name[:100],
        token_hash=digest(raw),
        prefix=display_prefix(raw),
        expires_at=now() + ttl if ttl else None,
        user_agent=meta.user_agent[:400] if meta else "",
        ip=meta.ip[:45] if meta else "",
    )
    return raw, token


_AUTH_SQL = """
SELECT t.id AS t_id, t.expires_at AS t_expires_at, t.last_used_at AS t_last_used_at, t.kind AS t_kind,
       t.prefix AS t_prefix, p.tenant_id AS p_tenant_id,
       (l.id IS NOT NULL AND l.allow_user_id IS DISTINCT FROM u.id) AS l_locked_out, u.*
FROM api_token t
JOIN "user" u ON u.id = t.user_id
LEFT JOIN profile p ON p.user_id = u.id
LEFT JOIN lockdown l ON l.id = 1 AND l.active
WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.is_active
"""


class LockedOut:
    """A live token that the lockdown refuses (server/system/lockdown.py): anonymous, but not a bad token."""


LOCKED_OUT = LockedOut()


async def authenticate(raw: str) -> Authenticated | None:
    """Resolve a bearer secret to its live token, active user and tenant scope: one query per request."""
    found = await resolve(raw)
    return found if isinstance(found, Authenticated) else None


async def resolve(raw: str) -> Authenticated | LockedOut | None:
    """`authenticate`, telling a token the lockdown refuses (LOCKED_OUT) from one that does not exist (None)."""
    if not raw.startswith(TOKEN_PREFIX) or len(raw) > 100:
        return None
    return await resolve_digest(digest(raw))


async def authenticate_digest(token_hash: str) -> Authenticated | None:
    """`authenticate` by the secret's stored hash: how a WebSocket re-resolves its caller per operation."""
    found = await resolve_digest(token_hash)
    return found if isinstance(found, Authenticated) else None


async def resolve_digest(token_hash: str) -> Authenticated | LockedOut | None:
    conn = Tortoise.get_connection("default")
    rows = await conn.execute_query_dict(_AUTH_SQL, [token_hash])
    if not rows:
        return None
    row = rows[0]
    at = now()
    if row["t_expires_at"] is not None and row["t_expires_at"] <= at:
        return None
    if row.pop("l_locked_out"):
        return LOCKED_OUT
    token_fields = {k: row.pop(k) for k in list(row) if k.startswith("t_")}
    tenant_id = row.pop("p_tenant_id")
    user = User._init_from_db(**row)
    token = ApiToken._init_from_db(
        id=token_fields["t_id"],
        user_id=user.id,
        kind=token_fields["t_kind"],
        prefix=token_fields["t_prefix"],
        expires_at=token_fields["t_expires_at"],
        last_used_at=token_fields["t_last_used_at"],
        name="",
        token_hash=token_hash,
        created_at=None,
        revoked_at=None,
    )
    if token.last_used_at is None or at - token.last_used_at > LAST_USED_GRANULARITY:
        await ApiToken.filter(id=token.id).update(last_used_at=at)
    scope = scope_for(tenant_id, user.id) if tenant_id else None
    return Authenticated(user=user, token=token, scope=scope)


def login_limits(settings: Settings) -> tuple[Limit, Limit]:
    window = settings.rate_limit_window_seconds
    return (
        Limit("login-ip", settings.rate_limit_login_per_ip, window),
        Limit("login-account-ip", settings.rate_limit_login_per_username, window),
    )


def login_account_key(user: User | None, identifier: str, ip: str) -> str:
    """One bucket per account and client address: a user's username and email share it (the user id),
    an unknown name has its own; keyed by address too, so guesses from elsewhere never lock the owner out."""
    account = f"user:{user.id}" if user is not None else f"name:{identifier}"
    return f"{account}|{ip}"


async def login(
    username: str,
    password: str,
    *,
    remember_me: bool,
    meta: RequestMeta,
    limiter: RateLimiter,
    settings: Settings,
) -> tuple[User, str, ApiToken]:
    by_ip, by_account = login_limits(settings)
    key = username.strip().lower()[:150]
    await limiter.enforce(by_ip, meta.ip)
    user = await User.get_or_none(username=key) if key else None
    if user is None and "@" in key:
        user = await User.get_or_none(email=key)
    account_key = login_account_key(user, key, meta.ip)
    await limiter.enforce(by_account, account_key)
    closed = await lockdown.login_refusal(user)
    if closed is not None:
        await record(
            "auth.login_refused",
            actor=user,
            actor_username=key,
            meta=meta,
            target_type="user",
            target_id=user.id if user else "",
            message="lockdown",
        )
        raise closed
    if user is None:
        await asyncio.to_thread(passwords.burn_verify_time, password)
    ok = user is not None and await asyncio.to_thread(passwords.verify_password, user.password_hash, password)
    if user is None or not ok or not user.is_active:
        reason = "bad_credentials" if not ok else "disabled"
        await record(
            "auth.login_failed",
            actor=user,
            actor_username=key,
            meta=meta,
            target_type="user",
            target_id=user.id if user else "",
            message=reason,
        )
        if ok and user is not None and not user.is_active:
            raise ServiceError("ACCOUNT_DISABLED", "This account is disabled; contact your administrator.")
        raise ServiceError("INVALID_CREDENTIALS", "Username or password is incorrect.")
    ttl = timedelta(days=settings.remember_me_ttl_days) if remember_me else timedelta(hours=settings.session_ttl_hours)
    fields = ["last_login"]
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = await asyncio.to_thread(passwords.hash_password, password)
        fields.append("password_hash")
    async with in_transaction():
        raw, token = await issue_token(user, kind="session", ttl=ttl, name=meta.user_agent[:100], meta=meta)
        user.last_login = now()
        await user.save(update_fields=fields)
        await record(
            "auth.login",
            actor=user,
            meta=meta,
            target_type="user",
            target_id=user.id,
            after={"token": token.prefix, "remember_me": remember_me},
        )
    await limiter.reset(by_account, account_key)
    return user, raw, token


async def logout(auth: Authenticated, meta: RequestMeta, *, bus: EventBus | None) -> None:
    async with in_transaction():
        await ApiToken.filter(id=auth.token.id, revoked_at=None).update(revoked_at=now())
        await record(
            "auth.logout",
            actor=auth.user,
            meta=meta,
            target_type="token",
            target_id=auth.token.id,
            tenant_id=auth.scope.tenant_id if auth.scope else None,
        )
    await announce_revocation(bus, token_id=auth.token.id)


async def change_password(
    auth: Authenticated, old_password: str, new_password: str, meta: RequestMeta, *, bus: EventBus | None
) -> None:
    """Keep the session that asked; every other token of the user is revoked."""
    user = auth.user
    if not await asyncio.to_thread(passwords.verify_password, user.password_hash, old_password):
        await record("auth.password_change_failed", actor=user, meta=meta, target_type="user", target_id=user.id)
        raise ServiceError("INVALID_CREDENTIALS", "Current password is incorrect.", "oldPassword")
    if old_password == new_password:
        raise ServiceError("PASSWORD_UNCHANGED", "The new password must differ from the current one.", "newPassword")
    passwords.validate_password(new_password, username=user.username, email=user.email, field="newPassword")
    new_hash = await asyncio.to_thread(passwords.hash_password, new_password)
    async with in_transaction():
        user.password_hash = new_hash
        await user.save(update_fields=["password_hash"])
        revoked = (
            await ApiToken.filter(user_id=user.id, revoked_at=None).exclude(id=auth.token.id).update(revoked_at=now())
        )
        await end_password_resets_of(user.id)
        await record(
            "auth.password_changed",
            actor=user,
            meta=meta,
            target_type="user",
            target_id=user.id,
            after={"other_tokens_revoked": revoked},
        )
    await announce_revocation(bus, user_id=user.id)


async def signup(
    passkey: str,
    username: str,
    email: str,
    password: str,
    *,
    meta: RequestMeta,
    limiter: RateLimiter,
    settings: Settings,
) -> tuple[User, str, ApiToken]:
    """Create tenant, user and profile, and consume the passkey — all or nothing."""
    await limiter.enforce(
        Limit("signup-ip", settings.rate_limit_signup_per_ip, settings.rate_limit_window_seconds), meta.ip
    )
    username = normalize_username(username)
    email = normalize_email(email)
    closed = await lockdown.login_refusal(None)
    if closed is not None:
        raise closed
    passwords.validate_password(password, username=username, email=email)
    refusal = await passkey_refusal(passkey)
    if refusal is not None:
        await record("auth.signup_refused", actor=None, actor_username=username, meta=meta, message=refusal.code)
        raise refusal
    if await User.filter(username=username).exists():
        raise ServiceError("USERNAME_TAKEN", "That username is taken.", "username")
    if await User.filter(email=email).exists():
        raise ServiceError("EMAIL_TAKEN", "An account with that email exists.", "email")
    password_hash = await asyncio.to_thread(passwords.hash_password, password)
    try:
        async with in_transaction():
            tenant = await tenants.create_tenant(f"{username}'s workspace")
            user = await User.create(username=username, email=email, password_hash=password_hash)
            await tenants.create_profile(user, tenant)
            invite = await consume_invite_passkey(passkey, user)
            raw, token = await issue_token(
                user, kind="session", ttl=timedelta(hours=settings.session_ttl_hours), meta=meta
            )
            await record(
                "auth.signup",
                actor=user,
                meta=meta,
                target_type="user",
                target_id=user.id,
                tenant_id=tenant.id,
                after={"username": username, "email": email, "passkey": invite.prefix},
            )
            await record(
                "passkey.used", actor=user, meta=meta, target_type="passkey", target_id=invite.id, tenant_id=tenant.id
            )
    except IntegrityError as exc:
        # Lost a race for the username or email between the check and the insert.
        raise ServiceError("USERNAME_TAKEN", "That username or email is taken.", "username") from exc
    return user, raw, token


async def revoke_tokens_of(user_id: UUID) -> int:
    """Inside the caller's transaction; the caller announces the revocation after it commits.
    Unused password-reset links end too: whoever ends a user's credentials ends all of them."""
    await end_password_resets_of(user_id)
    return await ApiToken.filter(user_id=user_id, revoked_at=None).update(revoked_at=now())


async def end_password_resets_of(user_id: UUID) -> int:
    return await PasswordReset.filter(user_id=user_id, used_at=None).update(used_at=now())


async def announce_revocation(
    bus: EventBus | None, *, user_id: UUID | None = None, token_id: UUID | None = None, everyone: bool = False
) -> None:
    """Tell every API process to re-check its open sockets of this user / token / everyone (after commit)."""
    if bus is None:
        return
    await bus.publish(
        REVOCATION_CHANNEL,
        {
            "user_id": str(user_id) if user_id else None,
            "token_id": str(token_id) if token_id else None,
            "all": everyone,
        },
    )
