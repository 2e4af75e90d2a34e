"""The event hub: one Redis pub/sub connection per process, fanned out to every local subscriber."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from redis.asyncio import Redis

from server.system.events import MISSED, EventBus, EventHub
from tests import engines
from tests.own_redis import OwnRedis


def channel() -> str:
    # Pub/sub channels are shared by every Redis database: a name of the test's own.
    return f"test:{uuid.uuid4()}"


@pytest.fixture
async def redis():
    client = Redis.from_url(engines.redis_url(), decode_responses=True)
    yield client
    await client.aclose()


@pytest.fixture
async def hub(redis):
    hub = EventHub(redis)
    hub.start()
    yield hub
    await hub.stop()


async def subscribers_in_redis(redis: Redis, name: str) -> int:
    return dict(await redis.pubsub_numsub(name))[name]


async def next_item(subscription, seconds: float = 2.0):
    return await asyncio.wait_for(subscription.next(), seconds)


async def publish_after_restart(client: Redis, name: str, payload: dict) -> None:
    """The publisher's pooled connection died with the server: its first attempt may fail (and say so)."""
    for _ in range(3):
        if await EventBus(client).publish(name, payload) == 1:
            return
    raise AssertionError("nobody received the publication")


async def test_many_local_subscribers_share_one_redis_subscription(redis, hub):
    name = channel()
    async with hub.subscription(name) as a, hub.subscription(name) as b, hub.subscription(name) as c:
        assert await subscribers_in_redis(redis, name) == 1
        assert await EventBus(redis).publish(name, {"n": 1}) == 1  # one process received it
        for subscription in (a, b, c):
            assert await next_item(subscription) == {"n": 1}
    await asyncio.sleep(0.1)
    assert await subscribers_in_redis(redis, name) == 0
    assert hub.subscribers(name) == 0


async def test_the_channel_stays_subscribed_while_one_local_subscriber_remains(redis, hub):
    name = channel()
    async with hub.subscription(name) as staying:
        async with hub.subscription(name):
            pass
        await asyncio.sleep(0.1)
        assert await subscribers_in_redis(redis, name) == 1
        await EventBus(redis).publish(name, {"n": 2})
        assert await next_item(staying) == {"n": 2}


async def test_a_subscription_hears_only_its_channels(redis, hub):
    mine, theirs = channel(), channel()
    async with hub.subscription(mine) as subscription, hub.subscription(theirs):
        await EventBus(redis).publish(theirs, {"for": "them"})
        await EventBus(redis).publish(mine, {"for": "me"})
        assert await next_item(subscription) == {"for": "me"}
        assert subscription.drain() == []


async def test_a_full_queue_drops_and_reports_missed(redis, hub):
    name = channel()
    async with hub.subscription(name, max_queue=3) as subscription:
        for n in range(10):
            await EventBus(redis).publish(name, {"n": n})
        await asyncio.sleep(0.2)
        assert subscription.drain() == [{"n": 0}, {"n": 1}, {"n": 2}, MISSED]


async def test_a_cancelled_consumer_releases_its_channel(redis, hub):
    name = channel()
    started = asyncio.Event()

    async def consume() -> None:
        async with hub.subscription(name) as subscription:
            started.set()
            async for _ in subscription:
                pass

    task = asyncio.create_task(consume())
    await started.wait()
    assert hub.subscribers(name) == 1
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert hub.subscribers(name) == 0
    await asyncio.sleep(0.1)
    assert await subscribers_in_redis(redis, name) == 0


async def test_stopping_the_hub_ends_its_subscribers(redis):
    hub = EventHub(redis)
    hub.start()
    async with hub.subscription(channel()) as subscription:
        await hub.stop()
        with pytest.raises(StopAsyncIteration):
            await next_item(subscription)


async def test_a_process_without_a_hub_subscribes_through_one_of_its_own(redis):
    name = channel()
    bus = EventBus(redis)
    async with bus.subscription(name) as subscription:
        await bus.publish(name, {"n": 3})
        assert await next_item(subscription) == {"n": 3}
    assert await subscribers_in_redis(redis, name) == 0


async def test_redis_going_away_and_back_is_reported_as_missed_and_delivery_resumes(tmp_path):
    own = OwnRedis(tmp_path).start()
    client = Redis.from_url(own.url, decode_responses=True)
    hub = EventHub(client)
    hub.start()
    name = channel()
    try:
        async with hub.subscription(name) as subscription:
            await EventBus(client).publish(name, {"n": 1})
            assert await next_item(subscription) == {"n": 1}
            own.stop()
            await asyncio.sleep(0.3)
            own.start()
            assert await next_item(subscription, 10) is MISSED  # whatever was published meanwhile is gone
            await publish_after_restart(client, name, {"n": 2})
            assert await next_item(subscription) == {"n": 2}
            assert hub.reconnects >= 1
    finally:
        await hub.stop()
        await client.aclose()
        own.stop()


async def test_a_subscriber_arriving_while_redis_is_away_hears_missed_once_it_is_back(tmp_path):
    own = OwnRedis(tmp_path).start()
    client = Redis.from_url(own.url, decode_responses=True)
    hub = EventHub(client)
    hub.start()
    try:
        await asyncio.wait_for(hub.connected.wait(), 5)
        own.stop()
        await asyncio.sleep(0.3)
        name = channel()
        async with hub.subscription(name, confirm_timeout=0.2) as subscription:
            own.start()
            assert await next_item(subscription, 10) is MISSED
            await publish_after_restart(client, name, {"n": 1})
            assert await next_item(subscription) == {"n": 1}
    finally:
        await hub.stop()
        await client.aclose()
        own.stop()
