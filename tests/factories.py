"""Plain async factories and a small GraphQL client for tests."""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from httpx import AsyncClient

from server.auth import passwords
from server.auth.models import User
from server.auth.secrets import PASSKEY_PREFIX, digest, display_prefix, new_secret
from server.auth.service import issue_token
from server.invitations.models import InvitePasskey
from server.tenants.models import Profile, Tenant

DEFAULT_PASSWORD = "correct-horse-battery-7"
_seq = itertools.count(1)


async def create_tenant(**overrides: Any) -> Tenant:
    return await Tenant.create(**{"name": f"Tenant {next(_seq)}", **overrides})


async def create_user(*, tenant: Tenant | None = None, password: str = DEFAULT_PASSWORD, **overrides: Any) -> User:
    n = next(_seq)
    fields = {"username": f"user{n}", "email": f"user{n}@example.com", **overrides}
    user = await User.create(password_hash=passwords.hash_password(password), **fields)
    await Profile.create(user=user, tenant=tenant or await create_tenant())
    return user


async def create_staff(**overrides: Any) -> User:
    return await create_user(is_staff=True, **overrides)


async def token_for(user: User) -> str:
    raw, _ = await issue_token(user, kind="api", ttl=None, name="test")
    return raw


async def create_passkey(*, expires_in: timedelta = timedelta(days=7), **overrides: Any) -> tuple[str, InvitePasskey]:
    raw = new_secret(PASSKEY_PREFIX)
    passkey = await InvitePasskey.create(
        key_hash=digest(raw),
        prefix=display_prefix(raw),
        expires_at=datetime.now(UTC) + expires_in,
        **overrides,
    )
    return raw, passkey


class GraphQLClient:
    """POSTs GraphQL documents; `token` sends `Authorization: Bearer`.

    `settle`, when given, is awaited after each request: the app's work left running after the response
    (marking the user active) ends before the test goes on, so statement counts never see it.
    """

    def __init__(self, client: AsyncClient, settle: Callable[[], Awaitable[None]] | None = None) -> None:
        self.client = client
        self.settle = settle

    async def raw(
        self, query: str, variables: dict | None = None, *, token: str | None = None, headers: dict | None = None
    ):
        hdrs = {"authorization": f"Bearer {token}"} if token else {}
        hdrs.update(headers or {})
        response = await self.client.post("/graphql", json={"query": query, "variables": variables or {}}, headers=hdrs)
        if self.settle is not None:
            await self.settle()
        return response

    async def __call__(
        self, query: str, variables: dict | None = None, *, token: str | None = None, headers: dict | None = None
    ) -> dict:
        response = await self.raw(query, variables, token=token, headers=headers)
        assert response.status_code == 200, response.text
        return response.json()

    async def ok(self, query: str, variables: dict | None = None, *, token: str | None = None) -> dict:
        body = await self(query, variables, token=token)
        assert "errors" not in body, body["errors"]
        return body["data"]


def error_codes(body: dict) -> list[str]:
    return [e.get("extensions", {}).get("code") for e in body.get("errors", [])]


async def create_worklog(user: User, **overrides: Any):
    """A worklog of `user` in their tenant, saved directly (no validation)."""
    from datetime import date as _date

    from server.worklogs.models import Worklog

    profile = await Profile.get(user_id=user.id)
    fields = {
        "date": _date.today(),
        "content": f"Did thing {next(_seq)}",
        "fingerprint": f"fp-{next(_seq)}",
        **overrides,
    }
    tags = fields.get("tags") or []
    fields.setdefault("metadata_text", " ".join([fields.get("employer", ""), fields.get("project", ""), *tags]).strip())
    return await Worklog.create(tenant_id=profile.tenant_id, user_id=user.id, **fields)


async def create_reserve(tenant: Tenant, *, balance_cents: int = 0, policy: str = "BLOCK", **overrides: Any):
    """The tenant's reserve account, funded with purchased credit through the ledger."""
    from server.billing import ledger
    from server.billing.models import ReserveAccount

    account = await ledger.ensure_account(tenant.id)
    await ReserveAccount.filter(id=account.id).update(policy=policy, **overrides)
    if balance_cents:
        await ledger.credit(tenant.id, balance_cents, key=f"factory:{next(_seq)}", reason="test funds")
    return await ReserveAccount.get(id=account.id)


def stripe_signature(payload: str | bytes, secret: str, timestamp: int | None = None) -> str:
    """A Stripe-Signature header exactly as Stripe builds it."""
    import hashlib
    import hmac
    import time

    ts = int(time.time()) if timestamp is None else timestamp
    body = payload.decode() if isinstance(payload, bytes) else payload
    mac = hmac.new(secret.encode(), f"{ts}.{body}".encode(), hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


async def scope_of(user: User):
    """The tenant scope a request of `user` would carry, for calling services directly."""
    from server.auth.scope import scope_for

    return scope_for((await Profile.get(user_id=user.id)).tenant_id, user.id)
