"""The Chat Completions messages for one report kind over a batch of entries.

Entries are sent under short local aliases (E1, E2, …) that exist only in this request, so the model
cannot cite an entry that was not sent, and entry ids never leave the server. Every piece of user text
(entry text, employer, project, tags, outcome, positions) goes through the redactor first.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from uuid import UUID

from server.llm.base import GenerationRequest, Position, SourceEntry
from server.llm.titles import KIND_TITLES, period_label

STATEMENTS_PER_SECTION = {"SHORT": 3, "STANDARD": 6, "LONG": 12}

RULES = """You write parts of professional documents strictly from a person's work-log entries.
Rules, all of them mandatory:
1. Use only facts stated in the entries. Never add a number, percentage, amount, date, name, product, \
skill, tool, employer, title or outcome that the entries you cite do not contain. Keep every figure and \
name exactly as written in the entry.
2. Every statement cites the ids of the entries it uses, for example ["E3", "E7"]. Cite only ids from the \
list you are given. Leave out anything you cannot support with a cited entry.
3. Text in square brackets such as [CLIENT-1] is a placeholder for a confidential name: copy it unchanged, \
never guess what it stands for.
4. Answer with one JSON object and nothing else, in this shape:
{"sections": [{"heading": "...", "statements": [{"text": "...", "entries": ["E1"]}]}]}"""

SUMMARY = (
    'A {what} for a manager. One section per employer and project, headed "Employer — Project" '
    "(or just the one that is known). In each section the most significant results first; "
    "one statement per accomplishment, one or two sentences, figures kept."
)

KIND_INSTRUCTIONS = {
    "WEEKLY": SUMMARY.format(what="weekly summary"),
    "MONTHLY": SUMMARY.format(what="monthly summary"),
    "QUARTERLY": SUMMARY.format(what="quarterly summary"),
    "RESUME_BULLETS": (
        "Resume bullets. One section per position, headed with the employer. Each statement is one bullet: "
        "action verb + what was done + its measurable result when the entries give one; at most 200 "
        "characters; strongest first. Merge bullets that say the same thing into one that cites all their entries."
    ),
    "REVIEW": (
        "A performance-review self-assessment in these sections, in this order, leaving out any the entries "
        "do not support: Accomplishments, Impact, Collaboration, Growth, Goals. Goals only as stated in the entries."
    ),
    "BRAG_DOC": (
        "A brag document in these sections, in this order, leaving out any the entries do not support: "
        "Goals, Projects, Collaboration and mentorship, Design and documentation, Learning, Outside work."
    ),
    "STAR_STORIES": (
        "Interview stories in the Situation-Task-Action-Result form, built only from entries that record an "
        "outcome. One section per story, headed with a short name taken from the entries' words; its four "
        'statements start with "Situation:", "Task:", "Action:" and "Result:".'
    ),
}

TONES = {
    "NEUTRAL": "Tone: plain and factual.",
    "CONFIDENT": "Tone: confident, active voice, first person implied; confidence never adds a claim.",
}


@dataclass(frozen=True, slots=True)
class Prompt:
    messages: list[dict[str, str]]
    aliases: dict[str, UUID]  # E1 -> the entry's id, for this request only


def system_message(kind: str, length: str, tone: str) -> str:
    task = KIND_INSTRUCTIONS.get(kind, SUMMARY.format(what=KIND_TITLES.get(kind, "summary").lower()))
    limit = STATEMENTS_PER_SECTION.get(length, STATEMENTS_PER_SECTION["STANDARD"])
    return f"{RULES}\n\nTask: {task}\nAt most {limit} statements per section. {TONES.get(tone, TONES['NEUTRAL'])}"


def _entry_line(alias: str, entry: SourceEntry, redact: Callable[[str], str]) -> str:
    fields: dict[str, object] = {"id": alias, "date": entry.date.isoformat()}
    if entry.employer:
        fields["employer"] = redact(entry.employer)
    if entry.project:
        fields["project"] = redact(entry.project)
    if entry.tags:
        fields["tags"] = [redact(tag) for tag in entry.tags]
    if entry.outcome:
        fields["outcome"] = redact(entry.outcome)
    fields["text"] = redact(entry.content)
    return json.dumps(fields, ensure_ascii=False)


def _position_line(position: Position, redact: Callable[[str], str]) -> str:
    fields: dict[str, object] = {"employer": redact(position.employer), "title": redact(position.title)}
    fields["start"] = position.start.isoformat() if position.start else None
    fields["end"] = position.end.isoformat() if position.end else "present"
    return json.dumps(fields, ensure_ascii=False)


def build_prompt(request: GenerationRequest, batch: Sequence[SourceEntry], redact: Callable[[str], str]) -> Prompt:
    aliases = {f"E{i}": entry.id for i, entry in enumerate(batch, start=1)}
    what = KIND_TITLES.get(request.kind, request.kind)
    parts = [f"Document: {what}, {period_label(request.start, request.end)}."]
    if request.positions and request.kind == "RESUME_BULLETS":
        parts.append("Positions held, one JSON object per line:")
        parts.extend(_position_line(p, redact) for p in request.positions)
    parts.append("Entries, one JSON object per line:")
    parts.extend(_entry_line(alias, entry, redact) for alias, entry in zip(aliases, batch, strict=True))
    messages = [
        {"role": "system", "content": system_message(request.kind, request.length, request.tone)},
        {"role": "user", "content": "\n".join(parts)},
    ]
    return Prompt(messages=messages, aliases=aliases)
