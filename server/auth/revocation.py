"""Ending open WebSockets when the session behind them ends.

Whatever revokes tokens or changes a user's standing (logout, disable, password change or
reset, move, revoke-all, the CLI) announces it on one Redis channel after its transaction
commits (`server.auth.service.announce_revocation`). Each API process listens to that channel through its one
event hub (server/system/events.py) and keeps a registry of its open sockets; on an announcement it re-checks the affected sockets against the database in one
query and ends those whose identity no longer holds. The announcement is only a nudge: the
database decides, so a lost or duplicated message cannot wrongly end or keep a socket, and a
periodic sweep catches what a lost message would have.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import Any, Protocol
from uuid import UUID

from tortoise import Tortoise

from server.auth.service import REVOCATION_CHANNEL, Authenticated
from server.system.events import EventHub, Missed

log = logging.getLogger("server.auth.revocation")

SWEEP_SECONDS = 30.0


@dataclass(frozen=True)
class Identity:
    """What a socket speaks for, fixed when it connects; any change ends the socket."""

    token_id: UUID
    user_id: UUID
    is_staff: bool
    is_superuser: bool
    tenant_id: UUID | None

    @classmethod
    def of(cls, auth: Authenticated | None) -> Identity | None:
        if auth is None:
            return None
        return cls(
            auth.token.id,
            auth.user.id,
            auth.user.is_staff,
            auth.user.is_superuser,
            auth.scope.tenant_id if auth.scope else None,
        )


_LIVE_SQL = """
SELECT t.id AS token_id, u.id AS user_id, u.is_staff, u.is_superuser, p.tenant_id
FROM api_token t
JOIN "user" u ON u.id = t.user_id
LEFT JOIN profile p ON p.user_id = u.id
LEFT JOIN lockdown l ON l.id = 1 AND l.active
WHERE t.id = ANY($1::uuid[]) AND t.revoked_at IS NULL AND u.is_active
  AND (t.expires_at IS NULL OR t.expires_at > now())
  AND (l.id IS NULL OR l.allow_user_id = u.id)
"""


async def live_identities(token_ids: set[UUID]) -> dict[UUID, Identity]:
    """The current identity of each token that still authenticates (the lockdown included), in one query."""
    rows = await Tortoise.get_connection("default").execute_query_dict(_LIVE_SQL, [list(token_ids)])
    return {
        r["token_id"]: Identity(r["token_id"], r["user_id"], r["is_staff"], r["is_superuser"], r["tenant_id"])
        for r in rows
    }


class LiveSocket(Protocol):
    identity: Identity | None

    async def end_session(self) -> None:
        """Stop every operation and close with 4401."""


class SocketRegistry:
    """This process's open sockets, and their listener on the revocation channel."""

    def __init__(self) -> None:
        self._sockets: set[LiveSocket] = set()
        self._tasks: list[asyncio.Task[None]] = []

    def add(self, socket: LiveSocket) -> None:
        self._sockets.add(socket)

    def discard(self, socket: LiveSocket) -> None:
        self._sockets.discard(socket)

    def __len__(self) -> int:
        return len(self._sockets)

    def start(self, hub: EventHub) -> None:
        self._tasks = [asyncio.create_task(self._listen(hub)), asyncio.create_task(self._sweep_periodically())]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []

    async def recheck(self, sockets: list[LiveSocket] | None = None) -> int:
        """End the sockets (default: all) whose identity no longer holds; returns how many."""
        chosen = [(s, s.identity) for s in (self._sockets if sockets is None else sockets) if s.identity is not None]
        if not chosen:
            return 0
        live = await live_identities({identity.token_id for _, identity in chosen})
        ended = [s for s, identity in chosen if live.get(identity.token_id) != identity]
        for socket in ended:
            self.discard(socket)
        await asyncio.gather(*(s.end_session() for s in ended), return_exceptions=True)
        return len(ended)

    def _affected(self, message: dict[str, Any]) -> list[LiveSocket]:
        if message.get("all"):
            return list(self._sockets)
        user_id, token_id = message.get("user_id"), message.get("token_id")
        return [
            s
            for s in self._sockets
            if s.identity is not None and (str(s.identity.user_id) == user_id or str(s.identity.token_id) == token_id)
        ]

    async def _listen(self, hub: EventHub) -> None:
        async with hub.subscription(REVOCATION_CHANNEL) as announcements:
            async for message in announcements:
                if isinstance(message, Missed):  # Redis was away: re-check every socket, not only the named ones
                    try:
                        await self.recheck()
                    except Exception:  # the database may be away too; the sweep tries again
                        log.warning("re-checking sockets after a lost announcement failed", exc_info=True)
                    continue
                await self._apply(message)

    async def _apply(self, payload: dict[str, Any]) -> None:
        affected = self._affected(payload)
        if affected:
            try:
                await self.recheck(affected)
            except Exception:  # the next sweep tries again
                log.exception("re-checking sockets after a revocation failed")

    async def _sweep_periodically(self) -> None:
        while True:
            await asyncio.sleep(SWEEP_SECONDS)
            try:
                await self.recheck()
            except Exception:  # the database may be away; try again next time
                log.warning("socket sweep failed", exc_info=True)
