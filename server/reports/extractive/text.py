"""Splitting entries into lines and lines into words, with the light stemming every comparison uses."""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#.%$'\-]*[A-Za-z0-9%+#]|[A-Za-z0-9]")
_BULLET = re.compile(r"^\s*(?:[-*•·+>]+|\d{1,2}[.)])\s+")
# A sentence ends at . ! ? followed by a space and a capital or digit, not inside "e.g." or "v1.2".
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)\]][.!?])\s+(?=[A-Z0-9\"'(])")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=32768)
def stem(word: str) -> str:
    """A crude, fast English stem: enough for "reduced", "reducing" and "reduces" to meet at "reduc"."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("ied"):
        return w[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix) and not w.endswith("ss"):
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # shipped → shipp → ship
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def words(text: str) -> list[str]:
    """The words of a text as written (numbers with their units and signs kept whole)."""
    return WORD.findall(text)


def split_lines(content: str) -> list[str]:
    """An entry's content as statements-to-be: one per line or sentence, list markers and extra spaces removed."""
    out: list[str] = []
    for raw in content.splitlines():
        line = _BULLET.sub("", raw).strip()
        if not line:
            continue
        for sentence in _SENTENCE_END.split(line):
            sentence = _SPACES.sub(" ", sentence).strip().rstrip(".;:,").strip()
            if sentence:
                out.append(sentence)
    return out


def capitalise_first(text: str) -> str:
    """Upper-case the first letter when the first word is plain lower-case ("iOS" and "eBPF" keep their spelling)."""
    first = text.split(" ", 1)[0]
    if first.isalpha() and first.islower():
        return text[0].upper() + text[1:]
    return text


def lower_first(text: str) -> str:
    """Lower-case a statement's first letter when the word is a capitalised common one (to follow a semicolon)."""
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower() and first.isalpha():
        return text[0].lower() + text[1:]
    return text
