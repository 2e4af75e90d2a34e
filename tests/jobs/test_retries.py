"""Provider 5xx and timeouts are retried with backoff, as new attempts of the same job; other failures end
it at once. Either way the hold is settled or released exactly once. The provider is the `openai` one,
talking to a local Chat Completions server."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import SecretStr

from server.auth.scope import RequestMeta
from server.billing.models import JobHold, LedgerEntry
from server.jobs.engine import Runtime, run_job
from server.jobs.models import Job, JobEvent, UsageEvent
from server.llm.pricing import job_cost_cents
from server.llm.providers import build_generator
from server.reports import service as reports
from tests.factories import scope_of
from tests.jobs.conftest import funded_user
from tests.llm.chat_server import ChatServer, Status


@pytest.fixture
def chat():
    with ChatServer() as server:
        yield server


def openai_runtime(runtime: Runtime, chat: ChatServer, **overrides) -> Runtime:
    settings = runtime.settings.model_copy(
        update={
            "llm_provider": "openai",
            "llm_base_url": chat.base_url,
            "llm_api_key": SecretStr("sk-test"),
            "llm_model": "gpt-4o-mini",
            "llm_max_retries": 0,  # the provider gives up at once; the job's own retry is what is tested
            "job_retry_backoff_seconds": 0.01,
            **overrides,
        }
    )
    return Runtime(
        settings=settings,
        bus=runtime.bus,
        storage=runtime.storage,
        generator=build_generator(settings),
        broker=None,
        work_for=runtime.work_for,
    )


async def queue(user, rt: Runtime) -> Job:
    made = await reports.generate_report(
        await scope_of(user),
        reports.ReportRequest(kind="MONTHLY", start=date(2026, 11, 1), end=date(2026, 11, 30)),
        settings=rt.settings,
        generator=rt.generator,
        meta=RequestMeta(),
        bus=rt.bus,
        broker=None,
    )
    return made.job


async def types_of(job_id) -> list[str]:
    return [e.type for e in await JobEvent.filter(job_id=job_id).order_by("seq")]


async def test_a_5xx_is_retried_as_the_next_attempt_and_the_job_succeeds(runtime, chat):
    rt = openai_runtime(runtime, chat)
    user, _ = await funded_user()
    job = await queue(user, rt)
    chat.then(Status(500))
    assert await run_job(job.id, rt) == "success"
    done = await Job.get(id=job.id)
    assert done.attempt == 2
    types = await types_of(job.id)
    assert types[types.index("RETRY") - 1 : types.index("RETRY") + 1] == ["ENTRIES_LOADED", "RETRY"]
    retry = await JobEvent.get(job_id=job.id, type="RETRY")
    assert retry.data["attempt"] == 2 and retry.data["reason"] == "PROVIDER_UNAVAILABLE"
    usage = await UsageEvent.filter(job_id=job.id)
    assert [u.attempt for u in usage] == [2] and usage[0].provider == "openai" and usage[0].model == "gpt-4o-mini"
    assert done.cost_cents == job_cost_cents(usage[0].cost_microcents, rt.settings.job_flat_fee_microcents)
    assert await LedgerEntry.filter(job_id=job.id, type="debit").count() == 1


async def test_5xx_until_no_attempts_are_left_fails_the_job_and_releases_its_hold(runtime, chat):
    rt = openai_runtime(runtime, chat, job_max_attempts=2)
    user, _ = await funded_user()
    job = await queue(user, rt)
    chat.then(Status(500), Status(503), Status(500))
    assert await run_job(job.id, rt) == "failed"
    failed = await Job.get(id=job.id)
    assert failed.error_code == "PROVIDER_UNAVAILABLE" and failed.attempt == 2
    assert (await types_of(job.id)).count("RETRY") == 1
    assert (await JobHold.get(job_id=job.id)).status == "released"
    assert await LedgerEntry.filter(job_id=job.id, type="debit").count() == 0


async def test_a_refusal_is_not_retried(runtime, chat):
    rt = openai_runtime(runtime, chat)
    user, _ = await funded_user()
    job = await queue(user, rt)
    chat.then(Status(400, message="bad request", error_type="invalid_request_error"))
    assert await run_job(job.id, rt) == "failed"
    failed = await Job.get(id=job.id)
    assert failed.error_code == "PROVIDER_REFUSED" and failed.attempt == 1
    assert "RETRY" not in await types_of(job.id)
    assert (await JobHold.get(job_id=job.id)).status == "released"
    assert len(chat.requests) == 1
