"""One event bus for live updates across processes: Redis pub/sub, one connection per process.

Publishers call `EventBus.publish` after their transaction commits. Subscribers never open a
Redis subscription of their own: each process keeps one `EventHub`, which holds ONE pub/sub
connection, subscribes each channel once however many local subscribers want it (reference
counts), and fans every message out to those subscribers' bounded queues.

Pub/sub forgets what it could not deliver, so a subscriber is told when it may have missed
something (`MISSED`): its queue overflowed, or the connection dropped and came back (the hub
reconnects with backoff and re-subscribes every channel). A subscriber that must not miss
anything (a job's timeline) then re-reads the database; one that only re-reads anyway (the
status bar) treats it as one more nudge.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar
from uuid import UUID

from redis.asyncio import Redis
from redis.asyncio.client import PubSub

log = logging.getLogger("server.events")

DEFAULT_QUEUE_SIZE = 256  # per subscriber; beyond it the subscriber is told it missed messages
CONFIRM_TIMEOUT_SECONDS = 2.0  # how long a new subscriber waits for Redis to confirm its channel
FIRST_RECONNECT_DELAY = 0.25
MAX_RECONNECT_DELAY = 30.0
_READ_TIMEOUT_SECONDS = 1.0  # the reader wakes this often, so the client's health-check PING runs
_SHARED_READS = 4096  # re-reads remembered for sharing (one per key)

T = TypeVar("T")


def tenant_status_channel(tenant_id: UUID | str) -> str:
    """The status-bar channel of one tenant."""
    return f"tenant:{tenant_id}:status"


class Missed:
    """Yielded by a `Subscription` in place of messages it may have lost."""

    _instance: Missed | None = None

    def __new__(cls) -> Missed:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSED"


MISSED: Final = Missed()

Payload = dict[str, Any]


class Subscription:
    """One local subscriber's view of some channels: a bounded queue of payloads, and a missed flag."""

    def __init__(self, hub: EventHub, channels: tuple[str, ...], max_queue: int) -> None:
        self.hub = hub
        self.channels = channels
        self._max_queue = max_queue
        self._items: deque[Payload] = deque()
        self._missed = False
        self._stale = False  # subscribed while Redis was away: missed once Redis confirms the channel
        self._closed = False
        self._wake = asyncio.Event()

    # --- called by the hub ------------------------------------------------------------------------
    def _deliver(self, payload: Payload) -> None:
        if len(self._items) >= self._max_queue:
            self._missed = True  # dropped; the consumer learns after the queued ones
        else:
            self._items.append(payload)
        self._wake.set()

    def _mark_missed(self) -> None:
        self._missed = True
        self._wake.set()

    def _close(self) -> None:
        self._closed = True
        self._wake.set()

    # --- called by the consumer -------------------------------------------------------------------
    def drain(self) -> list[Payload | Missed]:
        """Everything queued now, without waiting (MISSED last if it applies)."""
        items: list[Payload | Missed] = list(self._items)
        self._items.clear()
        if self._missed:
            self._missed = False
            items.append(MISSED)
        self._wake.clear()
        return items

    async def next(self) -> Payload | Missed:
        """The next payload, or MISSED; raises StopAsyncIteration when the hub stops."""
        while True:
            if self._items:
                return self._items.popleft()
            if self._missed:
                self._missed = False
                return MISSED
            if self._closed:
                raise StopAsyncIteration
            self._wake.clear()
            await self._wake.wait()

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> Payload | Missed:
        return await self.next()


@dataclass
class _Channel:
    subscribers: set[Subscription] = field(default_factory=set)
    confirmed: asyncio.Event = field(default_factory=asyncio.Event)
    last_message: int = 0  # the hub's number of the latest payload on it; lets consumers share a re-read


@dataclass
class _SharedRead:
    since: int = -1  # the channel's last payload number when `current` began
    started: float = float("-inf")
    current: asyncio.Future[Any] | None = None
    upcoming: asyncio.Future[Any] | None = None  # waiting for its turn


class EventHub:
    """This process's one Redis pub/sub connection, fanned out to every local subscriber.

    `start()` in the application's lifespan, `stop()` at shutdown. `subscription(*channels)` is an
    async context manager: it returns once Redis confirms the channels (so nothing published after it
    returns is missed), and releases them however the consumer ends (a closed WebSocket cancels it).
    """

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._channels: dict[str, _Channel] = {}
        self._dirty = asyncio.Event()  # the wanted channels changed: the writer reconciles
        self._received = 0  # payloads received, all channels: numbers them
        self._reads: OrderedDict[str, _SharedRead] = OrderedDict()
        self._task: asyncio.Task[None] | None = None
        self.connected = asyncio.Event()
        self.reconnects = 0

    # --- lifecycle --------------------------------------------------------------------------------
    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="event-hub")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            await _cancel(task)
        for channel in self._channels.values():
            for subscriber in channel.subscribers:
                subscriber._close()
        self._channels.clear()

    # --- subscribers ------------------------------------------------------------------------------
    @contextlib.asynccontextmanager
    async def subscription(
        self, *channels: str, max_queue: int = DEFAULT_QUEUE_SIZE, confirm_timeout: float = CONFIRM_TIMEOUT_SECONDS
    ) -> AsyncIterator[Subscription]:
        if self._task is None:
            raise RuntimeError("the event hub is not started")
        subscription = Subscription(self, channels, max_queue)
        self._add(subscription)
        try:
            waits = [self._channels[name].confirmed.wait() for name in channels]
            try:
                await asyncio.wait_for(asyncio.gather(*waits), confirm_timeout)
            except TimeoutError:
                # Redis is away: go on, and be told MISSED once it confirms, so nothing is lost silently.
                subscription._stale = True
            yield subscription
        finally:
            self._remove(subscription)  # synchronous: a cancelled consumer cannot leak a reference

    def subscribers(self, channel: str) -> int:
        state = self._channels.get(channel)
        return len(state.subscribers) if state else 0

    def last_message(self, channel: str) -> int:
        """The number of the latest payload received on `channel` (numbers only grow); 0 for none."""
        state = self._channels.get(channel)
        return state.last_message if state else 0

    async def shared_read(
        self, key: str, channel: str, since: int, read: Callable[[], Awaitable[T]], *, min_interval: float = 0.0
    ) -> T:
        """The result of `read()` begun after payload number `since` of `channel` arrived, shared by every
        local subscriber asking for it, and begun at most once per `min_interval` per key: a burst that
        wakes a thousand subscribers costs a read or two."""
        state = self._reads.get(key)
        if state is None:
            state = self._reads[key] = _SharedRead()
            while len(self._reads) > _SHARED_READS:
                self._reads.popitem(last=False)
        self._reads.move_to_end(key)
        if state.current is not None and state.since >= since and not _failed(state.current):
            future = state.current
        elif state.upcoming is not None:
            future = state.upcoming  # it begins later, so it covers `since` too
        else:
            future = state.upcoming = asyncio.ensure_future(self._read_in_turn(state, channel, read, min_interval))
        result: T = await asyncio.shield(future)  # one subscriber leaving must not cancel the others' read
        return result

    async def _read_in_turn(
        self, state: _SharedRead, channel: str, read: Callable[[], Awaitable[T]], min_interval: float
    ) -> T:
        loop = asyncio.get_running_loop()
        if (wait := state.started + min_interval - loop.time()) > 0:
            await asyncio.sleep(wait)
        state.current, state.upcoming = state.upcoming, None
        state.since, state.started = self.last_message(channel), loop.time()
        return await read()

    def _add(self, subscription: Subscription) -> None:
        for name in subscription.channels:
            state = self._channels.get(name)
            if state is None:
                state = self._channels[name] = _Channel()
                self._dirty.set()
            state.subscribers.add(subscription)

    def _remove(self, subscription: Subscription) -> None:
        for name in subscription.channels:
            state = self._channels.get(name)
            if state is None:
                continue
            state.subscribers.discard(subscription)
            if not state.subscribers:
                self._dirty.set()  # the writer unsubscribes and forgets it, unless someone came back

    # --- the connection ---------------------------------------------------------------------------
    async def _run(self) -> None:
        delay = FIRST_RECONNECT_DELAY
        while True:
            pubsub = self.redis.pubsub()
            try:
                await pubsub.connect()  # type: ignore[no-untyped-call]  # redis leaves PubSub.connect unannotated
                on_wire: set[str] = set()
                self._dirty.set()
                self.connected.set()
                reader = asyncio.create_task(self._read(pubsub))
                writer = asyncio.create_task(self._write(pubsub, on_wire))
                try:
                    done, _ = await asyncio.wait({reader, writer}, return_when=asyncio.FIRST_COMPLETED)
                    for finished in done:
                        finished.result()  # re-raises what ended it
                finally:
                    await _cancel(reader, writer)
            except asyncio.CancelledError:
                raise
            except Exception:  # Redis away: subscribers keep waiting and hear MISSED once it is back
                log.warning("event hub lost Redis; reconnecting in %.2f s", delay, exc_info=True)
            finally:
                self.connected.clear()
                self._lost_connection()
                with contextlib.suppress(Exception):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]  # redis leaves PubSub.aclose unannotated
            await asyncio.sleep(delay)
            delay = min(delay * 2, MAX_RECONNECT_DELAY)
            self.reconnects += 1

    def _lost_connection(self) -> None:
        for state in self._channels.values():
            state.confirmed.clear()
            for subscriber in state.subscribers:
                subscriber._stale = True

    async def _write(self, pubsub: PubSub, on_wire: set[str]) -> None:
        """Keeps the connection's channels equal to the wanted ones, in batches, in order."""
        while True:
            await self._dirty.wait()
            self._dirty.clear()
            wanted = {name for name, state in self._channels.items() if state.subscribers}
            for name in [name for name in self._channels if name not in wanted and name not in on_wire]:
                del self._channels[name]  # came and went before it was ever subscribed
            if added := sorted(wanted - on_wire):
                on_wire.update(added)
                await pubsub.subscribe(*added)
            if removed := sorted(on_wire - wanted):
                for name in removed:
                    self._channels[name].confirmed.clear()  # a subscriber coming back waits for the new SUBSCRIBE
                on_wire.difference_update(removed)
                await pubsub.unsubscribe(*removed)
                for name in removed:
                    state = self._channels.get(name)
                    if state is not None and not state.subscribers:
                        del self._channels[name]
                    elif state is not None:
                        self._dirty.set()  # someone subscribed again meanwhile

    async def _read(self, pubsub: PubSub) -> None:
        while True:
            message = await pubsub.get_message(timeout=_READ_TIMEOUT_SECONDS)
            if message is None:
                continue
            kind, name = message.get("type"), message.get("channel")
            state = self._channels.get(name) if isinstance(name, str) else None
            if state is None:
                continue
            if kind == "message":
                try:
                    payload = json.loads(message["data"])
                except (TypeError, ValueError):
                    log.warning("dropped a malformed event on %s", name)
                    continue
                if not isinstance(payload, dict):
                    continue
                self._received += 1
                state.last_message = self._received
                for subscriber in state.subscribers:
                    subscriber._deliver(payload)
            elif kind == "subscribe":
                self._confirmed(state)

    def _confirmed(self, state: _Channel) -> None:
        # A confirmation of a channel that was confirmed already is the client re-subscribing after a
        # reconnect of its own: whatever was published in between is gone.
        again = state.confirmed.is_set()
        state.confirmed.set()
        for subscriber in state.subscribers:
            if again or subscriber._stale:
                subscriber._stale = False
                subscriber._mark_missed()


def _failed(future: asyncio.Future[Any]) -> bool:
    return future.done() and (future.cancelled() or future.exception() is not None)


async def _cancel(*tasks: asyncio.Task[None]) -> None:
    """Cancel and wait for `tasks`, cancelling again any that swallowed it (a redis-py command interrupted
    mid-flight can eat the CancelledError and carry on)."""
    pending = {task for task in tasks if not task.done()}
    while pending:
        for task in pending:
            task.cancel()
        _, pending = await asyncio.wait(pending, timeout=0.5)
    for task in tasks:
        if not task.cancelled() and task.exception() is not None:
            log.debug("event hub task ended with %r", task.exception())


class EventBus:
    """Publishing (any process) and subscribing (through this process's hub, when it has one)."""

    def __init__(self, redis: Redis, hub: EventHub | None = None) -> None:
        self.redis = redis
        self.hub = hub

    async def publish(self, channel: str, payload: Payload) -> int:
        """Send to current subscribers; returns how many processes received it. Never raises: a missed
        push is not a failed write."""
        try:
            return await self.redis.publish(channel, json.dumps(payload, separators=(",", ":"), default=str))
        except Exception:  # the change is committed already; live updates are best effort
            log.warning("publish to %s failed", channel, exc_info=True)
            return 0

    @contextlib.asynccontextmanager
    async def subscription(self, *channels: str, max_queue: int = DEFAULT_QUEUE_SIZE) -> AsyncIterator[Subscription]:
        """Payloads (and MISSED) of `channels`, through the process's hub; a process without one (a
        worker, a command) gets a hub of its own for the duration."""
        if self.hub is not None:
            async with self.hub.subscription(*channels, max_queue=max_queue) as subscription:
                yield subscription
            return
        hub = EventHub(self.redis)
        hub.start()
        try:
            async with hub.subscription(*channels, max_queue=max_queue) as subscription:
                yield subscription
        finally:
            await hub.stop()

    async def subscribe(self, channel: str) -> AsyncIterator[Payload]:
        """Yield each payload published on `channel` until the consumer stops iterating (losses unannounced)."""
        async with self.subscription(channel) as subscription:
            async for item in subscription:
                if not isinstance(item, Missed):
                    yield item
