"""JSON Resume (schema 1.2.x) for RESUME_BULLETS: basics, work[] per position with its bullets as
highlights, and skills — the skill terms the bullets name (each one already checked against the entries).

Citations travel in an `x-afterresume` extension (the schema allows extra properties), left out entirely
when citations are switched off.
"""

from __future__ import annotations

import json
from datetime import date

from server.reports.document import Document
from server.reports.formats.citations import clean, generated_utc, jobs, numbered
from server.reports.verify import skill_terms

SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.2.1/schema.json"


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def render(document: Document, *, include_citations: bool) -> bytes:
    parts, footnotes = numbered(document, include_citations=include_citations)
    work: list[dict[str, object]] = []
    highlights_sources: list[dict[str, object]] = []
    skills: dict[str, str] = {}
    for w, (job, part) in enumerate(zip(jobs(document), parts, strict=True)):
        item: dict[str, object] = {"name": job.employer, "position": job.title}
        if job.start:
            item["startDate"] = _iso(job.start)
        if job.end:
            item["endDate"] = _iso(job.end)
        item["summary"] = ""
        # A flagged bullet keeps its note in the text, as in every format: the bare copy has no extension.
        item["highlights"] = [f"{line.text} ({line.warning})" if line.unsupported else line.text for line in part.lines]
        work.append(item)
        for h, line in enumerate(part.lines):
            if line.refs or line.unsupported:
                note: dict[str, object] = {"work": w, "highlight": h, "sources": list(line.refs)}
                if line.unsupported:
                    note["unsupported"] = list(line.unsupported)
                highlights_sources.append(note)
            unsupported = {claim.casefold() for claim in line.unsupported}
            for term in skill_terms(line.text):
                if term.casefold() not in unsupported:  # a skill its entries do not name is no skill
                    skills.setdefault(term.casefold(), term)
    resume: dict[str, object] = {
        "$schema": SCHEMA_URL,
        "basics": {"name": clean(document.author)},
        "work": work,
        "skills": [{"name": name} for name in skills.values()],
        "meta": {"lastModified": generated_utc(document).strftime("%Y-%m-%dT%H:%M:%S")},
    }
    if include_citations:
        resume["x-afterresume"] = {
            "title": clean(document.title),
            "period": {"start": _iso(document.start), "end": _iso(document.end)},
            "sources": [
                {
                    "number": f.number,
                    "worklogId": str(f.entry.worklog_id),
                    "date": f.entry.date.isoformat(),
                    "employer": clean(f.entry.employer),
                    "project": clean(f.entry.project),
                    "excerpt": f.excerpt,
                }
                for f in footnotes
            ],
            "highlights": highlights_sources,
        }
    return (json.dumps(resume, ensure_ascii=False, indent=2) + "\n").encode()
