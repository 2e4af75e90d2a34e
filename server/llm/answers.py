"""Reading a model's JSON answer back into cited sections.

The answer must be the JSON object the prompt asks for; anything else is unusable (PROVIDER_REFUSED).
Inside a well-formed answer, a statement is dropped when it cites no entry or any alias that was not in
the request: a model cannot make a statement look supported by an entry it was never given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from uuid import UUID

from server.llm.base import GeneratedSection, GeneratedStatement, ProviderError, ProviderFailure

# Some local models wrap JSON in a Markdown code fence despite being asked not to.
_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class ParsedAnswer:
    sections: tuple[GeneratedSection, ...]
    dropped: int  # statements left out for citing nothing, or an alias not in the request


def _unusable(why: str) -> ProviderError:
    return ProviderError(ProviderFailure.REFUSED, f"the model's answer is unusable: {why}")


def _cited_ids(cited: object, aliases: Mapping[str, UUID]) -> tuple[UUID, ...] | None:
    """The entry ids behind the aliases, or None when any alias is unknown or none is given."""
    if not isinstance(cited, list) or not cited:
        return None
    ids: list[UUID] = []
    for alias in cited:
        entry_id = aliases.get(alias.strip().strip("[]").upper()) if isinstance(alias, str) else None
        if entry_id is None:
            return None
        if entry_id not in ids:
            ids.append(entry_id)
    return tuple(ids)


def parse_answer(content: str, aliases: Mapping[str, UUID], restore: Callable[[str], str]) -> ParsedAnswer:
    """Sections of statements with real entry ids, text restored from placeholders; raises REFUSED."""
    fenced = _FENCE.match(content)
    try:
        answer = json.loads(fenced.group(1) if fenced else content)
    except ValueError:
        raise _unusable("not JSON") from None
    if not isinstance(answer, dict) or not isinstance(answer.get("sections"), list):
        raise _unusable('no "sections" list')
    sections: list[GeneratedSection] = []
    dropped = 0
    for raw_section in answer["sections"]:
        if not isinstance(raw_section, dict) or not isinstance(raw_section.get("statements"), list):
            raise _unusable('a section without a "statements" list')
        heading = raw_section.get("heading")
        statements: list[GeneratedStatement] = []
        for raw in raw_section["statements"]:
            text = raw.get("text") if isinstance(raw, dict) else None
            ids = _cited_ids(raw.get("entries"), aliases) if isinstance(raw, dict) else None
            if not isinstance(text, str) or not text.strip() or ids is None:
                dropped += 1
                continue
            statements.append(GeneratedStatement(restore(text.strip()), ids))
        if statements:
            title = restore(heading.strip()) if isinstance(heading, str) and heading.strip() else ""
            sections.append(GeneratedSection(title, tuple(statements)))
    return ParsedAnswer(tuple(sections), dropped)


def merge_sections(parts: list[tuple[GeneratedSection, ...]]) -> tuple[GeneratedSection, ...]:
    """Sections of several calls as one list: the same heading once, its statements in call order."""
    merged: dict[str, list[GeneratedStatement]] = {}
    for sections in parts:
        for section in sections:
            merged.setdefault(section.heading, []).extend(section.statements)
    return tuple(GeneratedSection(heading, tuple(statements)) for heading, statements in merged.items())
