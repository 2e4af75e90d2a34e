"""Plain text for applicant-tracking systems: one column, standard section titles, ISO dates, "- " bullets.

No tables, no columns, no glyph bullets, no decoration: what such systems parse best.
"""

from __future__ import annotations

from server.reports.document import Document
from server.reports.formats.citations import Line, clean, generated, jobs, numbered, period


def _line(line: Line) -> str:
    refs = " " + " ".join(f"[{n}]" for n in line.refs) if line.refs else ""
    warning = f" ({line.warning})" if line.unsupported else ""
    return f"- {line.text}{refs}{warning}"


def render(document: Document, *, include_citations: bool) -> bytes:
    parts, footnotes = numbered(document, include_citations=include_citations)
    out = [clean(document.title), clean(document.author), f"Period: {period(document)}", ""]
    if document.kind == "RESUME_BULLETS":
        out += ["EXPERIENCE", ""]
        for job, part in zip(jobs(document), parts, strict=True):
            out.append(", ".join(x for x in (job.title, job.employer) if x) or part.heading)
            if job.start:
                out.append(f"{job.start.isoformat()} to {job.end.isoformat() if job.end else 'present'}")
            out += [_line(line) for line in part.lines]
            out.append("")
    else:
        for part in parts:
            out += [part.heading.upper(), *(_line(line) for line in part.lines), ""]
    if footnotes:
        out += ["SOURCES", *(f"[{f.number}] {f.label}: {f.excerpt}" for f in footnotes), ""]
    out.append(f"Generated {generated(document)}.")
    return ("\n".join(out) + "\n").encode()
