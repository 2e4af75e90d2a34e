"""What an extractive generation counts as usage: the tokens a model would have read and written.

Nothing is sent anywhere, but the run is metered like any provider's, so a job's figures and the reserve
behave the same whichever provider runs. Tokens are approximated from characters (about four per token).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from server.llm.base import GeneratedSection, SourceEntry

CHARS_PER_TOKEN = 4
PROMPT_TOKENS = 40  # the instruction a model would get with the entries
TOKENS_PER_ENTRY = 8  # an entry's id, date and metadata as a model would read them
OUT_TOKENS_PER_STATEMENT = 45  # a statement with its entry ids, for estimates
STATEMENTS_AT_MOST = 60


def approximate_tokens(text: str) -> int:
    return math.ceil(len(text) / CHARS_PER_TOKEN) if text else 0


def tokens_in(entries: Sequence[SourceEntry]) -> int:
    return PROMPT_TOKENS + sum(
        TOKENS_PER_ENTRY + approximate_tokens(e.content) + approximate_tokens(e.outcome) for e in entries
    )


def tokens_out(sections: Sequence[GeneratedSection]) -> int:
    return sum(
        approximate_tokens(s.heading) + sum(approximate_tokens(st.text) + 10 * len(st.entry_ids) for st in s.statements)
        for s in sections
    )


def estimate_tokens(entry_count: int, total_chars: int) -> tuple[int, int]:
    """(in, out) before the entries are read: from their count and total length."""
    tin = PROMPT_TOKENS + TOKENS_PER_ENTRY * entry_count + math.ceil(total_chars / CHARS_PER_TOKEN)
    tout = OUT_TOKENS_PER_STATEMENT * min(entry_count, STATEMENTS_AT_MOST)
    return tin, tout
