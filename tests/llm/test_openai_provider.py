"""The openai provider against a real local Chat Completions server (tests/llm/chat_server.py), not a mock."""

from __future__ import annotations

import json
import re
import socket
import time
from datetime import date

import pytest
from pydantic import SecretStr

from server.llm.base import Position, ProviderCall, ProviderError
from server.llm.openai_provider import OpenAIGenerator
from server.llm.pricing import approximate_tokens, call_cost_microcents
from server.llm.prompts import KIND_INSTRUCTIONS, build_prompt
from server.llm.providers import build_generator
from server.settings import Settings
from tests.llm.chat_server import ChatServer, Hang, Raw, Reply, Status, answer, cite_every_entry, entries_of
from tests.llm.factories import entry, request

ACME = [
    entry("Cut p95 latency of the invoice API from 420 ms to 180 ms.", employer="Acme", project="Billing", n=1),
    entry("Paired with Dana on the Stripe webhook retries.", day=2, employer="Acme", project="Billing", n=2),
    entry("Wrote the Android release checklist.", day=3, employer="Globex", project="Mobile", n=3),
]


@pytest.fixture
def server():
    with ChatServer() as chat:
        yield chat


def settings_for(server: ChatServer | None, **overrides) -> Settings:
    values = dict(
        _env_file=None,
        llm_provider="openai",
        llm_base_url=server.base_url if server else None,
        llm_api_key=SecretStr("sk-test"),
        llm_model="gpt-4o-mini",
        llm_timeout_seconds=5,
        llm_max_retries=2,
    )
    return Settings(**{**values, **overrides})


def generator(server: ChatServer | None, *, stream: bool = True, redactor=None, **overrides) -> OpenAIGenerator:
    return OpenAIGenerator(
        settings_for(server, **overrides), stream=stream, redactor=redactor, retry_backoff_seconds=0.01
    )


class Recorder:
    def __init__(self) -> None:
        self.calls: list[ProviderCall] = []

    async def __call__(self, call: ProviderCall) -> None:
        self.calls.append(call)


async def failure(gen: OpenAIGenerator, entries=ACME) -> ProviderError:
    with pytest.raises(ProviderError) as raised:
        await gen.generate(request(entries))
    return raised.value


def statements(report) -> list[tuple[str, str, tuple]]:
    return [(section.heading, s.text, s.entry_ids) for section in report.sections for s in section.statements]


def test_build_generator_picks_the_openai_provider():
    gen = build_generator(settings_for(None, llm_base_url="http://127.0.0.1:9/v1"))
    assert isinstance(gen, OpenAIGenerator) and (gen.provider, gen.model) == ("openai", "gpt-4o-mini")


async def test_a_json_answer_with_usage_becomes_cited_statements_and_one_metered_call(server):
    recorder = Recorder()
    report = await generator(server, stream=False).generate(request(ACME), recorder)

    assert report.title == "Monthly summary, November 2026"
    assert statements(report) == [
        ("Acme", ACME[0].content, (ACME[0].id,)),
        ("Acme", ACME[1].content, (ACME[1].id,)),
        ("Globex", ACME[2].content, (ACME[2].id,)),
    ]
    [received] = server.requests
    body = received.body
    assert received.headers["authorization"] == "Bearer sk-test"
    assert body["model"] == "gpt-4o-mini" and body["temperature"] == 0
    assert body["response_format"] == {"type": "json_object"}
    assert "stream" not in body and "stream_options" not in body
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert [e["id"] for e in entries_of(body)] == ["E1", "E2", "E3"]
    assert not any(str(e.id) in server.bodies[0] for e in ACME), "entry ids never leave the server"

    prompt_words = sum(len(m["content"].split()) for m in body["messages"])
    answer_words = len(cite_every_entry(body).split())
    [call] = recorder.calls
    assert report.calls == (call,)
    assert (call.provider, call.model, call.estimated) == ("openai", "gpt-4o-mini", False)
    assert (call.tokens_in, call.tokens_out) == (prompt_words, answer_words)
    assert call.cost_microcents == call_cost_microcents(settings_for(server), "gpt-4o-mini", prompt_words, answer_words)
    assert call.latency_ms >= 0


async def test_a_streamed_answer_asks_for_usage_and_reads_it_from_the_last_chunk(server):
    server.then(Reply(cite_every_entry, usage=(1234, 56), chunk_chars=3))
    recorder = Recorder()
    report = await generator(server).generate(request(ACME), recorder)

    body = server.requests[0].body
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert [text for _, text, _ in statements(report)] == [e.content for e in ACME]
    [call] = recorder.calls
    assert (call.tokens_in, call.tokens_out, call.estimated) == (1234, 56, False)


@pytest.mark.parametrize("stream", [True, False])
async def test_a_server_without_usage_is_counted_locally_and_marked_estimated(server, stream):
    server.then(Reply(cite_every_entry, usage=None))
    recorder = Recorder()
    gen = generator(server, stream=stream)
    await gen.generate(request(ACME), recorder)

    body = server.requests[0].body
    counted_in = sum(approximate_tokens(m["content"]) + 4 for m in body["messages"]) + 3
    [call] = recorder.calls
    assert call.estimated is True
    assert (call.tokens_in, call.tokens_out) == (counted_in, approximate_tokens(cite_every_entry(body)))
    assert call.cost_microcents == call_cost_microcents(
        settings_for(server), "gpt-4o-mini", call.tokens_in, call.tokens_out
    )
    estimate = gen.estimate("MONTHLY", len(ACME), sum(len(e.content) for e in ACME))
    assert call.tokens_in <= estimate.tokens_in and call.tokens_out <= estimate.tokens_out
    assert call.cost_microcents <= estimate.cost_microcents


async def test_a_429_is_retried_after_the_wait_the_server_asks_for(server):
    server.then(
        Status(429, "Rate limit reached for requests", retry_after="1", error_type="requests"), Reply(cite_every_entry)
    )
    report = await generator(server).generate(request(ACME))

    assert len(server.requests) == 2
    assert server.requests[1].at - server.requests[0].at >= 1.0
    assert len(statements(report)) == 3


async def test_a_429_that_persists_fails_rate_limited_after_the_retries(server):
    server.default = Status(429, "Rate limit reached", retry_after="0", error_type="requests")
    error = await failure(generator(server, llm_max_retries=2))
    assert error.code == "PROVIDER_RATE_LIMITED" and not error.retryable
    assert len(server.requests) == 3


async def test_a_retry_after_longer_than_a_minute_gives_up_at_once(server):
    server.default = Status(429, "Rate limit reached", retry_after="3600", error_type="requests")
    error = await failure(generator(server))
    assert error.code == "PROVIDER_RATE_LIMITED"
    assert len(server.requests) == 1


async def test_a_500_then_success_is_retried(server):
    server.then(Status(500), Status(503, "overloaded"), Reply(cite_every_entry))
    report = await generator(server).generate(request(ACME))
    assert len(server.requests) == 3 and len(statements(report)) == 3


async def test_500_until_the_retries_run_out_fails_unavailable_and_retryable(server):
    server.default = Status(500)
    recorder = Recorder()
    with pytest.raises(ProviderError) as raised:
        await generator(server, llm_max_retries=3).generate(request(ACME), recorder)
    assert raised.value.code == "PROVIDER_UNAVAILABLE" and raised.value.retryable
    assert "500 after 4 attempts" in str(raised.value)
    assert len(server.requests) == 4
    assert recorder.calls == [], "a failed call used no tokens"


@pytest.mark.parametrize("after_first_chunk", [False, True])
async def test_a_server_hanging_past_the_timeout_fails_unavailable_and_retryable(server, after_first_chunk):
    server.default = Hang(10, after_first_chunk=after_first_chunk)
    started = time.monotonic()
    error = await failure(generator(server, llm_timeout_seconds=0.3, llm_max_retries=1))
    assert error.code == "PROVIDER_UNAVAILABLE" and error.retryable
    assert len(server.requests) == 2
    assert 0.6 <= time.monotonic() - started < 3


async def test_a_timeout_then_an_answer_succeeds(server):
    server.then(Hang(10), Reply(cite_every_entry))
    report = await generator(server, llm_timeout_seconds=0.3).generate(request(ACME))
    assert len(server.requests) == 2 and len(statements(report)) == 3


async def test_a_refused_connection_fails_unavailable_and_retryable():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = await failure(generator(None, llm_base_url=f"http://127.0.0.1:{port}/v1", llm_max_retries=1))
    assert error.code == "PROVIDER_UNAVAILABLE" and error.retryable


async def test_statements_citing_an_id_not_in_the_request_are_dropped(server):
    server.then(
        Reply(
            answer(
                [
                    (
                        "Acme",
                        [("Cut p95 latency from 420 ms to 180 ms.", ["E1"]), ("Led the Q3 rewrite.", ["E1", "E99"])],
                    ),
                    ("Globex", [("Wrote the Android release checklist.", ["[E3]"]), ("Mentored two interns.", [])]),
                    ("Initech", [("Saved $2M.", ["E7"])]),
                ]
            )
        )
    )
    report = await generator(server).generate(request(ACME))
    assert statements(report) == [
        ("Acme", "Cut p95 latency from 420 ms to 180 ms.", (ACME[0].id,)),
        ("Globex", "Wrote the Android release checklist.", (ACME[2].id,)),
    ]


async def test_an_answer_citing_only_unknown_ids_is_refused(server):
    server.then(Reply(answer([("Acme", [("Invented it all.", ["E42"])])])))
    error = await failure(generator(server))
    assert error.code == "PROVIDER_REFUSED" and not error.retryable


@pytest.mark.parametrize(
    "content",
    ["Here is your summary: Acme did well.", '{"summary": "Acme"}', '{"sections": [{"heading": "Acme"}]}', "[1, 2]"],
)
async def test_a_malformed_answer_is_refused_but_its_tokens_are_reported(server, content):
    server.then(Reply(content, usage=(900, 12)))
    recorder = Recorder()
    with pytest.raises(ProviderError) as raised:
        await generator(server).generate(request(ACME), recorder)
    assert raised.value.code == "PROVIDER_REFUSED" and not raised.value.retryable
    assert [(c.tokens_in, c.tokens_out) for c in recorder.calls] == [(900, 12)]
    assert len(server.requests) == 1, "an unusable answer is not retried"


async def test_an_answer_in_a_markdown_fence_is_read(server):
    server.then(Reply(lambda body: f"```json\n{cite_every_entry(body)}\n```"))
    report = await generator(server).generate(request(ACME))
    assert len(statements(report)) == 3


async def test_a_stream_that_breaks_the_protocol_is_refused(server):
    server.default = Raw('data: {"id": "x", "object": "chat.completion.chunk", "choices": [\n\ndata: [DONE]\n\n')
    error = await failure(generator(server))
    assert error.code == "PROVIDER_REFUSED"


@pytest.mark.parametrize(
    "reply",
    [
        Reply("", refusal="I can't help with that."),
        Reply(cite_every_entry, finish_reason="content_filter"),
        Reply('{"sections": [', finish_reason="length"),
    ],
)
@pytest.mark.parametrize("stream", [True, False])
async def test_a_refusal_a_filtered_or_cut_off_answer_is_refused(server, reply, stream):
    server.then(reply)
    error = await failure(generator(server, stream=stream))
    assert error.code == "PROVIDER_REFUSED"


@pytest.mark.parametrize(
    ("status", "code"), [(401, "PROVIDER_MISCONFIGURED"), (404, "PROVIDER_MISCONFIGURED"), (400, "PROVIDER_REFUSED")]
)
async def test_client_errors_are_not_retried(server, status, code):
    server.default = Status(
        status, "Incorrect API key provided" if status == 401 else "bad", error_type="invalid_request_error"
    )
    error = await failure(generator(server))
    assert error.code == code and not error.retryable
    assert len(server.requests) == 1


async def test_without_a_key_or_a_base_url_generation_fails_misconfigured_before_any_call():
    gen = build_generator(settings_for(None, llm_api_key=None))
    assert gen.problems == ["LLM_PROVIDER=openai needs LLM_API_KEY or LLM_BASE_URL"]
    with pytest.raises(ProviderError) as refused:
        gen.estimate("MONTHLY", 3, 300)
    assert refused.value.code == "PROVIDER_MISCONFIGURED"
    error = await failure(gen)
    assert error.code == "PROVIDER_MISCONFIGURED" and not error.retryable
    assert "LLM_API_KEY or LLM_BASE_URL" in str(error)


async def test_an_unpriced_model_fails_misconfigured_before_any_call(server):
    gen = generator(server, llm_model="llama3.1")
    error = await failure(gen)
    assert error.code == "PROVIDER_MISCONFIGURED"
    assert "'llama3.1' has no price" in str(error)
    with pytest.raises(ProviderError, match="has no price"):
        gen.estimate("MONTHLY", 3, 300)
    assert server.requests == []


async def test_a_local_server_needs_no_key_once_its_model_is_priced(server):
    gen = generator(server, llm_api_key=None, llm_model="llama3.1", llm_prices={"llama3.1": [0, 0]})
    report = await gen.generate(request(ACME))
    assert report.calls[0].model == "llama3.1" and report.calls[0].cost_microcents == 0
    assert server.requests[0].headers["authorization"] == "Bearer not-needed"


class PlaceholderRedactor:
    """Terms to placeholders and back, as the reports' redactor does."""

    def __init__(self, terms: list[str]) -> None:
        self.placeholders = {term: f"[CLIENT-{i}]" for i, term in enumerate(terms, start=1)}

    def redact(self, text: str) -> str:
        for term, placeholder in self.placeholders.items():
            text = re.sub(re.escape(term), placeholder, text, flags=re.IGNORECASE)
        return text

    def restore(self, text: str) -> str:
        for term, placeholder in self.placeholders.items():
            text = text.replace(placeholder, term)
        return text


async def test_redacted_terms_never_reach_the_server_and_come_back_in_the_answer(server):
    entries = [
        entry("Migrated Initech's billing to Kafka for Project Falcon.", employer="Initech", project="Falcon", n=1),
        entry("Reviewed the Falcon launch plan with the Initech team.", day=2, employer="Initech", n=2),
    ]
    server.then(Status(500), Reply(cite_every_entry))  # the retried request is redacted too
    report = await generator(server, redactor=PlaceholderRedactor(["Initech", "Falcon"])).generate(request(entries))

    assert len(server.bodies) == 2
    for body in server.bodies:
        assert "initech" not in body.lower() and "falcon" not in body.lower()
        assert "[CLIENT-1]" in body and "[CLIENT-2]" in body
    assert statements(report) == [
        ("Initech", entries[0].content, (entries[0].id,)),
        ("Initech", entries[1].content, (entries[1].id,)),
    ]


async def test_a_large_window_takes_several_calls_each_reported_before_the_next(server):
    entries = [
        entry(f"Closed support ticket {i} " + "with a long write-up " * 40, day=1 + i % 28, employer="Acme", n=i + 1)
        for i in range(120)
    ]
    server.default = Reply(cite_every_entry, chunk_chars=4096)
    recorder = Recorder()
    report = await generator(server).generate(request(entries), recorder)

    assert len(server.requests) >= 2 and len(recorder.calls) == len(server.requests)
    sent = [e["id"] for r in server.requests for e in entries_of(r.body)]
    assert len(sent) == len(entries) and sent.count("E1") == len(server.requests)
    assert [ids[0] for _, _, ids in statements(report)] == [e.id for e in entries]
    assert [s.heading for s in report.sections] == ["Acme"]

    async def stop(call: ProviderCall) -> None:
        raise RuntimeError("cancel requested")

    server.requests.clear()
    with pytest.raises(RuntimeError, match="cancel requested"):
        await generator(server).generate(request(entries), stop)
    assert len(server.requests) == 1, "on_call stops the generation before the next call"


@pytest.mark.parametrize("kind", list(KIND_INSTRUCTIONS))
def test_every_kind_has_a_prompt_that_forbids_invention_and_asks_for_cited_json(kind):
    positions = (Position("Acme", "Staff Engineer", date(2024, 1, 1), None),)
    req = request(ACME, kind=kind)
    req = type(req)(**{**{f: getattr(req, f) for f in req.__dataclass_fields__}, "positions": positions})
    prompt = build_prompt(req, ACME, lambda text: text)
    system, user = (m["content"] for m in prompt.messages)
    assert "Never add a number" in system and "Cite only ids from the list" in system
    assert '"entries": ["E1"]' in system
    assert KIND_INSTRUCTIONS[kind] in system
    assert prompt.aliases == {"E1": ACME[0].id, "E2": ACME[1].id, "E3": ACME[2].id}
    assert ('"title": "Staff Engineer"' in user) == (kind == "RESUME_BULLETS")
    assert json.loads(user.splitlines()[-1])["text"] == ACME[2].content
