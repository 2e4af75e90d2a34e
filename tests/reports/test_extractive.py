"""The extractive generator's parts and its reports over the fixed six-month log."""

import asyncio
import uuid
from datetime import date

import pytest

from bench.report_quality import KINDS, quality
from server.llm.base import GenerationRequest, Position, ProviderCall, SourceEntry
from server.reports.extractive.dedupe import merge_near_duplicates
from server.reports.extractive.generator import ExtractiveGenerator, compose
from server.reports.extractive.lines import LineKind, lines_of
from server.reports.extractive.positions import assign_positions
from server.reports.extractive.quantities import find_quantities, has_quantity
from server.reports.extractive.scoring import score_lines
from server.settings import Settings
from tests.fixtures import engineer_log

SETTINGS = Settings(_env_file=None)


def entry(content: str, *, day: date = date(2026, 3, 2), outcome: str = "", employer: str = "Acme", project: str = ""):
    return SourceEntry(uuid.uuid4(), day, content, employer=employer, project=project, outcome=outcome)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Cut p95 latency from 800 ms to 120 ms", ["change"]),
        ("Improved conversion by 12 %", ["percent"]),
        ("Saved $18.4k a month", ["money"]),
        ("Builds 3x faster, tests \u00d72", ["multiplier", "multiplier"]),
        ("Migrated 14 services to Kubernetes", ["count"]),
        ("Nightly batch takes 45 min", ["duration"]),
        ("Released v1.2 in 2025 for ticket ENG-42 and #7", []),
        ("Standup at 10 am", []),
    ],
)
def test_quantities_are_found_and_names_are_not(text, kinds):
    assert [q.kind for q in find_quantities(text)] == kinds
    assert has_quantity(text) == bool(kinds)


def test_lines_are_classified_by_their_opening_verb_and_weak_phrases():
    lines = lines_of(
        [
            entry(
                "- I reduced deploy time by 40%\n- Reviewed three pull requests\n"
                "- Worked on various tickets\n- The build is flaky again"
            )
        ]
    )
    assert [(line.text, line.kind, line.quantity) for line in lines] == [
        ("reduced deploy time by 40%", LineKind.ACHIEVEMENT, True),
        ("Reviewed three pull requests", LineKind.ACTION, False),
        ("Worked on various tickets", LineKind.WEAK, False),
        ("The build is flaky again", LineKind.NOTE, False),
    ]


def test_near_duplicates_merge_into_the_best_line_which_cites_every_entry():
    a = entry("Migrated the billing service to Postgres", day=date(2026, 3, 2))
    b = entry("Migrated billing service to Postgres 16", day=date(2026, 3, 3), outcome="queries 30% faster")
    c = entry("Wrote the runbook for the search cluster", day=date(2026, 3, 4))
    lines = lines_of([a, b, c])
    score_lines(lines)
    kept = merge_near_duplicates(lines)
    texts = {line.text: [e.id for e in line.cited] for line in kept if not line.from_outcome}
    assert texts == {
        "Migrated billing service to Postgres 16": [b.id, a.id],
        "Wrote the runbook for the search cluster": [c.id],
    }


def test_entries_go_to_the_position_holding_their_date_and_the_rest_to_inferred_positions():
    early = entry("Built the billing export", day=date(2025, 5, 1), employer="ACME")
    late = entry("Led the search rewrite", day=date(2026, 2, 1), employer="Acme")
    other = entry("Shipped the mobile app", day=date(2025, 9, 1), employer="Globex")
    last = entry("Fixed the app's login", day=date(2025, 12, 1), employer="Globex")
    held = [
        Position("Acme", "Engineer", date(2024, 1, 1), date(2025, 12, 31)),
        Position("Acme", "Staff Engineer", date(2026, 1, 1), None),
    ]
    assigned = assign_positions([early, other, last, late], held)
    assert [(p.employer, p.title, p.start, p.end, [e.id for e in es]) for p, es in assigned] == [
        ("Acme", "Staff Engineer", date(2026, 1, 1), None, [late.id]),
        ("Acme", "Engineer", date(2024, 1, 1), date(2025, 12, 31), [early.id]),
        ("Globex", "", date(2025, 9, 1), date(2025, 12, 1), [other.id, last.id]),
    ]


def test_a_bullet_without_a_figure_carries_its_entrys_measured_outcome():
    e = entry("Rewrote the invoice renderer in Rust", outcome="render time from 900 ms to 80 ms")
    sections = compose(GenerationRequest("RESUME_BULLETS", e.date, e.date, [e]))
    assert [(s.heading, [(t.text, t.entry_ids) for t in s.statements]) for s in sections] == [
        ("Acme", [("Rewrote the invoice renderer in Rust; render time from 900 ms to 80 ms", (e.id,))])
    ]


def test_a_confident_tone_drops_hedges_and_adds_nothing():
    e = entry("I think we kind of improved the cache hit rate to 92%")
    neutral = compose(GenerationRequest("MONTHLY", e.date, e.date, [e]))[0].statements[0].text
    confident = compose(GenerationRequest("MONTHLY", e.date, e.date, [e], tone="CONFIDENT"))[0].statements[0].text
    assert neutral == "I think we kind of improved the cache hit rate to 92%"
    assert confident == "Improved the cache hit rate to 92%"


def test_a_long_line_is_cut_at_a_clause_to_200_characters():
    long = "Moved every nightly export job to the new scheduler, " + "with retries and alerts for each step " * 8
    e = entry(long.strip())
    text = compose(GenerationRequest("RESUME_BULLETS", e.date, e.date, [e]))[0].statements[0].text
    assert len(text) <= 200
    assert text.startswith("Moved every nightly export job to the new scheduler")


def test_generation_reports_one_metered_call_to_on_call():
    calls: list[ProviderCall] = []

    async def on_call(call: ProviderCall) -> None:
        calls.append(call)

    generator = ExtractiveGenerator(Settings(_env_file=None, llm_prices={"extractive-1": (3_000, 5_000)}))
    report = asyncio.run(generator.generate(engineer_log.request("MONTHLY"), on_call))
    assert [(c.provider, c.model) for c in calls] == [("extractive", "extractive-1")]
    assert calls[0].tokens_in > 0 and calls[0].tokens_out > 0
    assert calls[0].cost_microcents == 3 * calls[0].tokens_in + 5 * calls[0].tokens_out
    assert report.calls == tuple(calls)
    assert report.title == "Monthly summary, 2026-01-05 to 2026-06-30"
    estimate = generator.estimate("MONTHLY", 305, sum(len(e.content) for e in engineer_log.entries()))
    assert estimate.tokens_in > 0 and estimate.cost_microcents == 3 * estimate.tokens_in + 5 * estimate.tokens_out


@pytest.mark.parametrize("kind", KINDS)
def test_fixture_reports_have_no_duplicates_and_cover_both_employers(kind):
    request = engineer_log.request(kind, with_positions=True, window=engineer_log.WINDOWS.get(kind))
    report = asyncio.run(ExtractiveGenerator(SETTINGS).generate(request))
    q = quality(kind, report, request.entries)
    assert q.statements > 0
    assert q.duplicates == 0
    assert q.flagged == 0
    if kind != "STAR_STORIES":  # stories are the few best, wherever they happened
        assert q.employers_covered == 1.0


def test_resume_bullets_cover_every_employer_strongest_first_within_200_characters():
    report = compose(engineer_log.request("RESUME_BULLETS", with_positions=True))
    assert [s.heading for s in report] == [
        "Staff Engineer, Helio Health",
        "Senior Backend Engineer, Northwind Logistics",
    ]
    assert all(len(t.text) <= 200 for s in report for t in s.statements)
    assert all(has_quantity(t.text) for s in report for t in s.statements)
    without = compose(engineer_log.request("RESUME_BULLETS"))
    assert [s.heading for s in without] == ["Helio Health", "Northwind Logistics"]


def test_length_changes_how_much_is_said():
    sizes = [
        sum(len(s.statements) for s in compose(engineer_log.request("MONTHLY", length=length)))
        for length in ("SHORT", "STANDARD", "LONG")
    ]
    assert sizes[0] < sizes[1] < sizes[2]


def test_each_kind_has_its_own_sections():
    headings = {kind: [s.heading for s in compose(engineer_log.request(kind))] for kind in KINDS}
    assert headings["MONTHLY"][0] == "Highlights"
    assert "Northwind Logistics — Billing Migration" in headings["MONTHLY"]
    assert headings["REVIEW"] == ["Accomplishments", "Impact", "Collaboration", "Growth", "Goals"]
    assert headings["BRAG_DOC"] == [
        "Goals",
        "Projects",
        "Collaboration and mentorship",
        "Design and documentation",
        "Learning",
        "Outside work",
    ]
    assert headings["STAR_STORIES"][:1] == ["Story 1 (Billing Migration) · Situation"]
    assert all(h.rsplit(" · ", 1)[1] in {"Situation", "Task", "Action", "Result"} for h in headings["STAR_STORIES"])


@pytest.mark.parametrize("kind", KINDS)
def test_a_window_of_weak_lines_still_says_something(kind):
    items = [
        entry("Worked on various tickets for the billing team", day=date(2026, 3, 2), outcome="tickets closed"),
        entry("Attended the planning meetings with product", day=date(2026, 3, 3)),
    ]
    sections = compose(GenerationRequest(kind, items[0].date, items[-1].date, items))
    said = [t.text for s in sections for t in s.statements]
    if kind == "STAR_STORIES":  # a story needs an action and a result
        assert said == []
    else:
        assert said and set(said) <= {
            "Worked on various tickets for the billing team; tickets closed",
            "Worked on various tickets for the billing team",
            "Attended the planning meetings with product",
            "Tickets closed",
        }
