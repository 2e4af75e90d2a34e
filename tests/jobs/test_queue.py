"""The broker outlives a lost cache: it waits with backoff and carries on when the cache returns."""

from __future__ import annotations

import asyncio

from taskiq import BrokerMessage

from server.jobs.queue import backoff_delays, build_broker
from tests.own_redis import OwnRedis


def test_backoff_doubles_up_to_its_cap():
    delays = backoff_delays(first=0.5, cap=4)
    assert [next(delays) for _ in range(6)] == [0.5, 1, 2, 4, 4, 4]


async def test_broker_waits_while_the_cache_is_down_and_delivers_after_it_returns(settings, tmp_path, caplog):
    own = OwnRedis(tmp_path).start()
    broker = build_broker(settings.model_copy(update={"redis_url": own.url}))
    try:
        await broker.startup()
        received: asyncio.Queue = asyncio.Queue()

        async def consume():
            async for message in broker.listen():
                received.put_nowait(message)

        consumer = asyncio.create_task(consume())
        own.stop()
        await asyncio.sleep(2.5)
        assert not consumer.done()  # no exception escaped: the worker process would have died on it
        assert "cache unreachable while listening" in caplog.text
        own.start()  # same port, empty: the consumer group is declared again
        await asyncio.sleep(0.5)
        message = BrokerMessage(task_id="t1", task_name="billing.expire_grants", message=b"hello", labels={})
        for _ in range(40):
            try:
                await broker.kick(message)
                break
            except Exception:  # the client reconnects on the next try
                await asyncio.sleep(0.25)
        delivered = await asyncio.wait_for(received.get(), timeout=30)
        assert delivered.data == b"hello"
        consumer.cancel()
    finally:
        own.stop()
        await broker.connection_pool.disconnect()
