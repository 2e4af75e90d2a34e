"""Lines into statements: tone, length and citations, without a word the source line does not have.

Every change here removes or reorders: an opener or (in a CONFIDENT tone) a hedge is dropped, a first letter
changes case, a long line is cut at a clause, and a resume bullet may add its entry's own outcome after a
semicolon. No word is ever added, so every statement passes the fabrication check against its cited entries.
"""

from __future__ import annotations

import re

from server.llm.base import GeneratedStatement
from server.reports.extractive import lexicon
from server.reports.extractive.lines import Line, strip_opener
from server.reports.extractive.quantities import has_quantity
from server.reports.extractive.text import capitalise_first, split_lines, stem

MAX_BULLET_CHARS = 200
MAX_SUMMARY_CHARS = 320
_HEDGES = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in lexicon.HEDGES) + r")\b\s*", re.IGNORECASE)
_DASHES = "-\u2013\u2014"
_CLAUSE_END = re.compile(r"[,;:]\s|\s[" + _DASHES + r"]\s|\s(?:and|which|so|while|with)\s")
_COMMON = frozenset(stem(w) for w in lexicon.STRONG_VERBS | lexicon.MEDIUM_VERBS | lexicon.STOPWORDS)


def tidy(text: str, tone: str, *, opening: bool = True) -> str:
    if tone == "CONFIDENT":
        lighter = strip_opener(" ".join(_HEDGES.sub("", text).split()))
        if len(lighter.split()) >= 3:
            text = lighter
    return capitalise_first(text) if opening else text


def shorten(text: str, limit: int) -> str:
    """The text cut at its last clause boundary that fits (or, failing one past half the limit, its last word)."""
    if len(text) <= limit:
        return text
    cuts = [m.start() for m in _CLAUSE_END.finditer(text) if m.start() <= limit]
    if cuts and cuts[-1] >= limit // 2:
        return text[: cuts[-1]].rstrip(" ,;:" + _DASHES)
    head = text[: limit - 1]
    return head[: head.rfind(" ")].rstrip(" ,;:" + _DASHES) + "…" if " " in head else head + "…"


def _follow(text: str) -> str:
    """A clause placed after a semicolon: a capitalised common first word is lower-cased ("Reduced" → "reduced")."""
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower() and stem(first) in _COMMON:
        return text[0].lower() + text[1:]
    return text


def statement(line: Line, text: str) -> GeneratedStatement:
    cited = line.cited or [line.entry]
    return GeneratedStatement(text=text, entry_ids=tuple(e.id for e in cited))


def with_result(line: Line, tone: str, limit: int) -> str:
    """The line, followed after a semicolon by its entry's outcome (a measured one first) when the line opens the
    entry (what an entry is about comes first), has no figure of its own, and both fit in `limit` characters;
    cut at a clause to `limit` either way."""
    text = tidy(line.text, tone)
    if line.order == 0 and not line.quantity and not line.from_outcome:
        outcomes = split_lines(line.entry.outcome)
        result = next((o for o in outcomes if has_quantity(o)), outcomes[0] if outcomes else None)
        if result is not None:
            combined = f"{text}; {_follow(tidy(result, tone, opening=False))}"
            if len(combined) <= limit:
                text = combined
    return shorten(text, limit)


def summary_statement(line: Line, tone: str) -> GeneratedStatement:
    return statement(line, with_result(line, tone, MAX_SUMMARY_CHARS))


def bullet_statement(line: Line, tone: str) -> GeneratedStatement:
    """ "Verb + what + measurable result", at most MAX_BULLET_CHARS."""
    return statement(line, with_result(line, tone, MAX_BULLET_CHARS))


def plain_statement(line: Line, tone: str) -> GeneratedStatement:
    """The line alone (a STAR story tells its result in a section of its own)."""
    return statement(line, shorten(tidy(line.text, tone), MAX_SUMMARY_CHARS))
