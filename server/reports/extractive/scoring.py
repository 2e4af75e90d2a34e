"""Ranking lines: verb strength, a measurable result, the entry's outcome, and closeness to the window's theme.

The theme is the window's centroid: how many lines use each term. A line's similarity to it is the cosine
between the line's terms and that centroid, so a line about what the window was mostly about ranks above a
stray one. Everything here is one pass over the lines (linear in the window's size).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from server.reports.extractive.lines import Line

VERB_WEIGHT = 2.0
QUANTITY_WEIGHT = 1.5
OUTCOME_WEIGHT = 1.0
OUTCOME_LINE_WEIGHT = 0.5
CENTROID_WEIGHT = 1.0
IDEAL_WORDS = (6, 30)


def centroid(lines: Sequence[Line]) -> tuple[Counter[str], float]:
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update(line.terms)
    norm = math.sqrt(sum(n * n for n in counts.values())) or 1.0
    return counts, norm


def similarity(line: Line, counts: Counter[str], norm: float) -> float:
    if not line.terms:
        return 0.0
    return sum(counts[t] for t in line.terms) / (math.sqrt(len(line.terms)) * norm)


def score_lines(lines: Sequence[Line]) -> None:
    """Sets each line's score in place."""
    counts, norm = centroid(lines)
    sims = [similarity(line, counts, norm) for line in lines]
    top = max(sims, default=0.0) or 1.0  # scaled to 0..1 within the window
    for line, sim in zip(lines, sims, strict=True):
        n_words = line.text.count(" ") + 1
        length = 0.3 if IDEAL_WORDS[0] <= n_words <= IDEAL_WORDS[1] else 0.0
        line.score = (
            VERB_WEIGHT * line.verb_strength
            + QUANTITY_WEIGHT * (line.quantity or line.measured_outcome)
            + OUTCOME_WEIGHT * bool(line.entry.outcome.strip())
            + OUTCOME_LINE_WEIGHT * line.from_outcome
            + CENTROID_WEIGHT * sim / top
            + length
        )
