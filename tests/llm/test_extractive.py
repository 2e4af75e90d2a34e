"""The plain extractive generator: entries' own sentences, grouped, cited, metered, deterministic."""

from __future__ import annotations

import random

import pytest

from server.llm.base import GeneratedReport, ProviderCall
from server.llm.extractive import ExtractiveGenerator, sentences_of
from server.llm.pricing import approximate_tokens, call_cost_microcents
from server.llm.providers import build_generator
from server.settings import Settings
from tests.llm.factories import entry, random_log, request

SETTINGS = Settings(_env_file=None)


async def generate(entries, **kwargs) -> GeneratedReport:
    return await ExtractiveGenerator(SETTINGS).generate(request(entries, **kwargs))


def texts(report: GeneratedReport) -> list[list[str]]:
    return [[s.text for s in section.statements] for section in report.sections]


def test_build_generator_picks_the_extractive_provider_by_default():
    generator = build_generator(SETTINGS)
    assert (generator.provider, generator.model) == ("extractive", "extractive-1")


def test_sentences_are_split_and_kept_exactly_as_written():
    content = "- Cut p95 latency from 420 ms to 180 ms. Paired with Dana on the Q3 rollout!\n* Reviewed 14 PRs"
    assert sentences_of(content) == [
        "Cut p95 latency from 420 ms to 180 ms.",
        "Paired with Dana on the Q3 rollout!",
        "Reviewed 14 PRs",
    ]


async def test_statements_are_grouped_by_employer_then_project_and_cite_their_entry():
    a = entry("Cut p95 latency of the invoice API from 420 ms to 180 ms.", employer="Acme", project="Billing", n=1)
    b = entry("Set up the nightly search index rebuild job.", day=2, employer="Acme", project="Search", n=2)
    c = entry("Wrote the Android release checklist for the team.", day=3, employer="Globex", project="Mobile", n=3)
    d = entry("Moved the Stripe webhooks to a queue with retries.", day=4, employer="Acme", project="Billing", n=4)
    report = await generate([a, b, c, d])
    assert report.title == "Monthly summary, November 2026"
    assert [s.heading for s in report.sections] == ["Acme — Billing", "Acme — Search", "Globex — Mobile"]
    billing = report.sections[0].statements
    assert [(s.text, s.entry_ids) for s in billing] == [
        ("Cut p95 latency of the invoice API from 420 ms to 180 ms.", (a.id,)),  # a figure first
        ("Moved the Stripe webhooks to a queue with retries.", (d.id,)),
    ]


async def test_entries_without_employer_or_project_come_last_under_other_work():
    report = await generate(
        [
            entry("Read the Designing Data-Intensive Applications book.", n=1),
            entry("Fixed the flaky login test.", employer="Acme", n=2),
        ]
    )
    assert [s.heading for s in report.sections] == ["Acme", "Other work"]


async def test_the_same_sentence_in_two_entries_is_one_statement_citing_both():
    a = entry("Ran the weekly on-call handover.", employer="Acme", n=1)
    b = entry("ran the weekly  on-call handover", day=8, employer="Acme", n=2)
    report = await generate([a, b])
    assert texts(report) == [["Ran the weekly on-call handover."]]
    assert report.sections[0].statements[0].entry_ids == (a.id, b.id)


async def test_fragments_shorter_than_three_words_are_left_out():
    report = await generate([entry("Meetings.\nSynced with design.", employer="Acme", n=1)])
    assert texts(report) == [["Synced with design."]]


@pytest.mark.parametrize(("length", "limit"), [("SHORT", 3), ("STANDARD", 6), ("LONG", 12)])
async def test_length_caps_the_statements_per_section(length, limit):
    entries = [
        entry(f"Closed support ticket number {i} for Initech.", day=1 + i % 28, employer="Acme", n=i + 1)
        for i in range(20)
    ]
    report = await generate(entries, length=length)
    assert len(report.sections[0].statements) == limit


async def test_every_kind_falls_back_to_the_plain_generator_with_its_own_title():
    entries = [entry("Shipped the new onboarding flow to 100% of users.", employer="Acme", n=1)]
    for kind, title in [
        ("WEEKLY", "Weekly summary"),
        ("RESUME_BULLETS", "Resume bullets"),
        ("STAR_STORIES", "STAR stories"),
        ("SOMETHING_NEW", "Something new"),
    ]:
        report = await generate(entries, kind=kind)
        assert report.title == f"{title}, November 2026"
        assert texts(report) == [["Shipped the new onboarding flow to 100% of users."]]


async def test_one_metered_call_is_reported_to_on_call_with_counted_tokens():
    entries = [
        entry("Cut p95 latency from 420 ms to 180 ms.", employer="Acme", n=1),
        entry("Ok.", employer="Acme", n=2),
    ]
    seen: list[ProviderCall] = []

    async def on_call(call: ProviderCall) -> None:
        seen.append(call)

    report = await ExtractiveGenerator(SETTINGS).generate(request(entries), on_call)
    assert seen == list(report.calls) and len(seen) == 1
    call = seen[0]
    assert (call.provider, call.model, call.estimated) == ("extractive", "extractive-1", False)
    assert call.tokens_in == approximate_tokens(entries[0].content) + approximate_tokens("Ok.") == 11
    assert call.tokens_out == approximate_tokens("Cut p95 latency from 420 ms to 180 ms.") == 10
    assert call.cost_microcents == call_cost_microcents(SETTINGS, "extractive-1", 11, 10) > 0


async def test_on_call_may_stop_the_generation():
    async def stop(call: ProviderCall) -> None:
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError, match="cancelled"):
        await ExtractiveGenerator(SETTINGS).generate(request([entry("Fixed the flaky login test.", n=1)]), stop)


async def test_no_entries_give_no_sections_and_cost_nothing_but_are_still_reported():
    report = await generate([])
    assert report.sections == ()
    assert report.calls[0].tokens_in == report.calls[0].tokens_out == 0


@pytest.mark.parametrize("seed", range(25))
async def test_on_random_logs_statements_are_verbatim_cited_unique_and_within_the_estimate(seed):
    rng = random.Random(seed)
    entries = random_log(rng, rng.randint(1, 120))
    by_id = {e.id: e for e in entries}
    generator = ExtractiveGenerator(SETTINGS)
    report = await generator.generate(request(entries, length=rng.choice(["SHORT", "STANDARD", "LONG"])))
    again = await generator.generate(request(entries, length="STANDARD"))
    assert texts(again) == texts(await generator.generate(request(entries)))  # deterministic

    seen: set[str] = set()
    for section in report.sections:
        assert section.statements
        for statement in section.statements:
            assert statement.entry_ids, "a statement without a citation"
            for entry_id in statement.entry_ids:
                cited = by_id[entry_id]  # only ids from the request
                normalised = " ".join(cited.content.split()).casefold()
                assert " ".join(statement.text.split()).rstrip(".!;").casefold() in normalised
            assert statement.text in by_id[statement.entry_ids[0]].content  # the first citation has it verbatim
            key = statement.text.casefold().rstrip(".!;")
            assert key not in seen
            seen.add(key)
            heading_parts = {by_id[i].employer or by_id[i].project or "Other work" for i in statement.entry_ids}
            assert all(part in section.heading for part in heading_parts)

    estimate = generator.estimate("MONTHLY", len(entries), sum(len(e.content) for e in entries))
    call = report.calls[0]
    assert call.tokens_in <= estimate.tokens_in and call.tokens_out <= estimate.tokens_out
    assert call.cost_microcents <= estimate.cost_microcents
