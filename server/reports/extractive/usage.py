"""What an extractive generation counts as usage: the tokens a model would have read and written.

Nothing is sent anywhere, but the run is metered like any provider's (one call per generation), so a job's
figures and the reserve behave the same whichever provider runs. Tokens are `pricing.approximate_tokens`:
the entries' content in, the statements' text out.
"""

from __future__ import annotations

from collections.abc import Sequence

from server.llm.base import GeneratedSection, SourceEntry
from server.llm.pricing import approximate_tokens, tokens_for_characters


def tokens_in(entries: Sequence[SourceEntry]) -> int:
    return sum(approximate_tokens(e.content) for e in entries)


def tokens_out(sections: Sequence[GeneratedSection]) -> int:
    return sum(approximate_tokens(s.text) for section in sections for s in section.statements)


def estimate_tokens(entry_count: int, total_chars: int) -> tuple[int, int]:
    """(in, out) before the entries are read, from their count and the length of their content.

    Each entry's count is rounded up on its own (hence + entry_count). The output is a selection of the
    entries' lines, some followed by their entry's outcome: twice the input covers it unless outcomes are far
    longer than the entries themselves."""
    tokens = tokens_for_characters(total_chars) + entry_count
    return tokens, 2 * tokens
