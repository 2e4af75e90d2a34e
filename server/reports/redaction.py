"""Confidential terms out, placeholders in: what an external provider is sent, and the way back.

Each of the user's terms (client names, codenames, figures) becomes a stable placeholder, `[CLIENT-1]` for the
first term of the list, `[CLIENT-2]` for the second…, wherever it appears, case-insensitively and on word
boundaries, the longest term first (so "Acme Bank" is one placeholder, not "[CLIENT-2] Bank" with "Acme" a term
of its own). `restore` maps placeholders in a model's answer back to the user's own spelling, also when the model
echoes them in another case or spacing (`[client-1]`, `[ CLIENT 1 ]`). `count` says how many distinct terms were
redacted so far, which the job records; which terms they were is never recorded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PLACEHOLDER_LABEL = "CLIENT"

# What a model may make of "[CLIENT-12]": other case, spaces inside the brackets, a space or underscore for the dash.
_ECHOED = re.compile(r"\[\s*" + PLACEHOLDER_LABEL + r"[\s_-]*(\d+)\s*\]", re.IGNORECASE)
# …or without its brackets, as long as it keeps its capitals ("for CLIENT-1's team").
_BARE = re.compile(r"(?<![\w\[])" + PLACEHOLDER_LABEL + r"[_-](\d+)(?![\w\]])")


def placeholder(number: int) -> str:
    return f"[{PLACEHOLDER_LABEL}-{number}]"


class Redactor:
    """Replaces a user's confidential terms by placeholders, and back. Deterministic for one list of terms."""

    def __init__(self, terms: Iterable[str]) -> None:
        # One placeholder per term, numbered in the user's order; a term repeated in another case is the same term.
        self._spelling: dict[str, str] = {}
        for term in terms:
            cleaned = " ".join(term.split())
            if cleaned and cleaned.casefold() not in self._spelling:
                self._spelling[cleaned.casefold()] = cleaned
        self._number = {key: i for i, key in enumerate(self._spelling, start=1)}
        self._by_number = {i: self._spelling[key] for key, i in self._number.items()}
        self._seen: set[str] = set()
        self.occurrences = 0
        self._pattern: re.Pattern[str] | None = None
        if self._spelling:
            # Longest first, so a term that contains another wins; whitespace inside a term matches any whitespace.
            alternatives = sorted(self._spelling, key=lambda key: (-len(key), key))
            body = "|".join(r"\s+".join(re.escape(part) for part in key.split(" ")) for key in alternatives)
            # Lookarounds rather than \b: a term may begin or end with a symbol ("C++", "$2.4M").
            self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)

    @property
    def count(self) -> int:
        """How many distinct terms `redact` has replaced so far."""
        return len(self._seen)

    def redact(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(self._replace, text)

    def _replace(self, match: re.Match[str]) -> str:
        key = " ".join(match.group(0).split()).casefold()
        self._seen.add(key)
        self.occurrences += 1
        return placeholder(self._number[key])

    def restore(self, text: str) -> str:
        """Placeholders back to the user's spelling; a placeholder of no term of this list is left as it is."""
        if not self._by_number:
            return text

        def back(match: re.Match[str]) -> str:
            term = self._by_number.get(int(match.group(1)))
            return term if term is not None else match.group(0)

        return _BARE.sub(back, _ECHOED.sub(back, text))
