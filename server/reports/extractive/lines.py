"""Entries as classified lines: what each line says, how it opens, whether it is weak, what it measures."""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from server.llm.base import SourceEntry
from server.reports.extractive import lexicon
from server.reports.extractive.quantities import has_quantity
from server.reports.extractive.text import split_lines, stem, words

STRONG_STEMS = frozenset(stem(v) for v in lexicon.STRONG_VERBS)
MEDIUM_STEMS = frozenset(stem(v) for v in lexicon.MEDIUM_VERBS)
STOP_STEMS = frozenset(stem(w) for w in lexicon.STOPWORDS)
MIN_WORDS = 3


class LineKind(enum.Enum):
    ACHIEVEMENT = "achievement"  # opens with a strong action verb
    ACTION = "action"  # opens with an ordinary action verb
    WEAK = "weak"  # a weak phrase ("worked on", "attended", "meetings")
    NOTE = "note"  # anything else: context, observations


@dataclass(slots=True, eq=False)  # compared and hashed by identity: one line is one object
class Line:
    """One line of one entry, the unit statements are made of. `text` is the source's own words."""

    entry: SourceEntry
    order: int  # index in the entry; outcome lines come after the content's
    text: str
    terms: frozenset[str]  # stems of the content words, for similarity and topics
    kind: LineKind
    quantity: bool
    from_outcome: bool
    measured_outcome: bool  # the line opens an entry whose outcome has a figure (its statement carries it)
    score: float = 0.0
    cited: list[SourceEntry] = field(default_factory=list)  # filled by merging: the entries saying the same

    @property
    def verb_strength(self) -> float:
        return {LineKind.ACHIEVEMENT: 1.0, LineKind.ACTION: 0.6, LineKind.NOTE: 0.2, LineKind.WEAK: -0.5}[self.kind]

    @property
    def sort_key(self) -> tuple[float, int, str, int]:
        """Best first; ties go to the later entry, then a fixed order (entry id, line order)."""
        return (-self.score, -self.entry.date.toordinal(), str(self.entry.id), self.order)


def strip_opener(text: str) -> str:
    """Drops a leading pronoun or filler ("I", "Today we", "Finally,") so the line opens with its verb."""
    parts = text.split(" ")
    i = 0
    while i < len(parts) - MIN_WORDS and parts[i].rstrip(",:").lower() in lexicon.OPENERS:
        if " ".join(parts[i : i + 2]).lower() in lexicon.HEDGES:
            break  # "I think …" stays whole: a CONFIDENT tone drops it as one hedge
        i += 1
    return " ".join(parts[i:])


_WEAK_WORDS = frozenset(p for p in lexicon.WEAK_PHRASES if " " not in p)
_WEAK_PAIRS = frozenset(tuple(p.split()) for p in lexicon.WEAK_PHRASES if " " in p)


def is_weak(lowered: list[str]) -> bool:
    return not _WEAK_WORDS.isdisjoint(lowered) or not _WEAK_PAIRS.isdisjoint(itertools.pairwise(lowered))


def classify(lowered: list[str], first_stem: str) -> LineKind:
    if is_weak(lowered):
        return LineKind.WEAK
    if first_stem in STRONG_STEMS:
        return LineKind.ACHIEVEMENT
    if first_stem in MEDIUM_STEMS:
        return LineKind.ACTION
    return LineKind.NOTE


@lru_cache(maxsize=4096)
def analyse(raw: str) -> tuple[str, frozenset[str], LineKind, bool] | None:
    """(text, terms, kind, has a quantity) of a raw line; cached, as logs repeat lines ("Standup", "Code review")."""
    text = strip_opener(raw)
    found = words(text)
    if len(found) < MIN_WORDS:
        return None
    stems = list(map(stem, found))
    terms = frozenset(s for s in stems if s not in STOP_STEMS and not s[:1].isdigit())
    # "Successfully migrated …": an adverb before the verb does not hide it.
    verb = stems[1] if stems[0].endswith("ly") and len(stems) > 1 else stems[0]
    return text, terms, classify([w.lower() for w in found], verb), has_quantity(text)


def make_line(entry: SourceEntry, order: int, raw: str, *, from_outcome: bool, measured: bool) -> Line | None:
    seen = analyse(raw)
    if seen is None:
        return None
    text, terms, kind, quantity = seen
    return Line(entry, order, text, terms, kind, quantity, from_outcome, measured)


def lines_of(entries: Iterable[SourceEntry]) -> list[Line]:
    """Every usable line of every entry (content first, then the outcome), in entry order."""
    out: list[Line] = []
    for entry in entries:
        order = 0
        measured = has_quantity(entry.outcome)
        for raw in split_lines(entry.content):
            line = make_line(entry, order, raw, from_outcome=False, measured=measured and order == 0)
            order += 1
            if line is not None:
                out.append(line)
        for raw in split_lines(entry.outcome):
            line = make_line(entry, order, raw, from_outcome=True, measured=measured)
            order += 1
            if line is not None:
                out.append(line)
    return out
