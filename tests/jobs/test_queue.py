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


def test_the_broker_acknowledges_after_the_task_reclaims_a_dead_workers_message_and_expires_results(settings):
    from taskiq.acks import AcknowledgeType
    from taskiq.cli.worker.args import WorkerArgs

    from server.jobs.queue import LONGEST_TASK_MS, build_scheduler
    from workers.main import worker_args

    broker = build_broker(settings)
    assert broker.maxlen is not None and broker.maxlen > 0  # the stream is trimmed
    # A message is handed to another consumer only when its task has run longer than any job may:
    # a slow job is not run twice at once, and a SIGKILLed worker's message is reclaimed.
    assert broker.idle_timeout > LONGEST_TASK_MS
    assert broker.unacknowledged_lock_timeout is not None and broker.unacknowledged_lock_timeout > 0
    assert broker.result_backend.result_ex_time == settings.job_result_ttl_seconds
    parsed = WorkerArgs.from_cli(worker_args(2))
    assert parsed.ack_type == AcknowledgeType.WHEN_EXECUTED and parsed.workers == 2
    # Tasks take ids; the sweep runs every minute from the one scheduler's label source.
    tasks = {name: task for name, task in broker.get_all_tasks().items() if name.startswith("jobs.")}
    assert set(tasks) == {"jobs.run", "jobs.sweep"}
    assert tasks["jobs.sweep"].labels["schedule"] == [{"cron": "* * * * *"}]
    assert len(build_scheduler(broker).sources) == 1


def test_the_worker_command_refuses_a_bad_number_of_processes(capsys):
    from workers.main import main

    for argv in (["worker", "--workers", "0"], ["worker", "--workers", "two"], ["worker", "--workers"], ["nope"]):
        assert main(argv) == 2, argv
    assert "--workers takes a whole number of processes" in capsys.readouterr().err
