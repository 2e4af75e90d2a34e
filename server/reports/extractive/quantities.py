"""Measurable results in a line: percentages, durations, money, multipliers, "from X to Y" and counts."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("change", re.compile(rf"\bfrom\s+[$€£]?{_NUMBER}\s*[\w%]*\s+to\s+[$€£]?{_NUMBER}\s*[\w%]*", re.IGNORECASE)),
    ("percent", re.compile(rf"(?<![\w.]){_NUMBER}\s?(?:%|percent\b|pct\b|pp\b|percentage points\b)", re.IGNORECASE)),
    ("money", re.compile(rf"[$€£]\s?{_NUMBER}(?:\s?(?:[kmb]n?|million|billion|thousand)\b)?", re.IGNORECASE)),
    ("money", re.compile(rf"(?<![\w.]){_NUMBER}\s?(?:[kmb]\s)?(?:usd|eur|gbp|dollars|euros)\b", re.IGNORECASE)),
    (
        "duration",
        re.compile(
            rf"(?<![\w.]){_NUMBER}\s?(?:ms|µs|us|ns|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?)\b",
            re.IGNORECASE,
        ),
    ),
    ("multiplier", re.compile(rf"(?<![\w.]){_NUMBER}\s?[x\u00d7](?!\w)|[x\u00d7]\s?{_NUMBER}\b", re.IGNORECASE)),
    (
        "size",
        re.compile(
            rf"(?<![\w.]){_NUMBER}\s?(?:[kmgtp]i?b|bytes|rps|qps|req/s|rpm|tps|k|m)\b",
            re.IGNORECASE,
        ),
    ),
    # A count: a number before a word ("12 services", "3 engineers"); a year or a version number is none.
    ("count", re.compile(rf"(?<![\w.$€£#-])(?!(?:19|20)\d\d\b){_NUMBER}\+?\s+(?!(?:am|pm)\b)[A-Za-z][a-z-]{{2,}}")),
)


@dataclass(frozen=True, slots=True)
class Quantity:
    kind: str  # change | percent | money | duration | multiplier | size | count
    text: str
    start: int
    end: int


_DIGIT = re.compile(r"\d")
# The quick test: look only around each number, at what may precede it (a currency, "from", "x") and follow it.
_NUMBER_RUN = re.compile(_NUMBER)
_BEFORE = re.compile(r"(?:[$€£\u00d7]|\bx|\bfrom)\s?$", re.IGNORECASE)
_AFTER = re.compile(
    r"\s?(?:%|percent\b|pct\b|pp\b|[x\u00d7](?!\w)|(?:ms|µs|us|ns|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?"
    r"|days?|weeks?|months?|[kmgtp]i?b|bytes|rps|qps|req/s|rpm|tps|k|m|[kmb]n?|million|billion|thousand|usd|eur|gbp"
    r"|dollars|euros)\b|\+?\s+(?!(?:am|pm)\b)[A-Za-z][a-z-]{2,})",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d$")


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in the text, first match wins where two overlap, in reading order."""
    if not _DIGIT.search(text):
        return []
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            found.append(Quantity(kind, m.group(0).strip(), start, end))
    return sorted(found, key=lambda q: q.start)


def has_quantity(text: str) -> bool:
    """Whether `find_quantities` finds anything, answered from the numbers of the text alone (the question is
    asked of every line of a window, most of which have no number or one)."""
    for m in _NUMBER_RUN.finditer(text):
        start, end = m.span()
        before = text[max(0, start - 6) : start]
        if before[-1:] in ("-", "#", ".", "v", "V") or (before[-1:].isalpha() and not before.endswith(("x", "X"))):
            continue  # "ENG-123", "#42", "v1.2", "p95": names, not quantities
        if _BEFORE.search(before):
            return True
        if _AFTER.match(text, end) and not (_YEAR.match(m.group(0)) and text[end : end + 1] != "%"):
            return True
    return False
