"""PDF typeset by Typst from a fixed template (report.typ), tagged for accessibility (PDF/UA-1).

User text never touches the markup: the whole document travels as one JSON string in `sys_inputs`.
Typst uses only the fonts inside its wheel (`ignore_system_fonts`), and the PDF's creation date is the
report's generation time, so the same report always gives the same bytes.
"""

from __future__ import annotations

import json
import re
import threading
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

import typst

from server.reports.document import Document
from server.reports.formats.citations import clean, generated, generated_utc, jobs, numbered, period

TEMPLATE = Path(__file__).with_name("report.typ")
_lock = threading.Lock()  # one compiler, reused: its caches make later documents ~5x faster


@cache
def _compiler() -> typst.Compiler:
    return typst.Compiler(TEMPLATE, ignore_system_fonts=True)


_LONG_WORD = re.compile(r"\S{40,}")


def breakable(text: str) -> str:
    """Long unbroken runs (URLs, hashes) get a zero-width space every 30 characters, where Typst may break
    the line instead of running off the page; text extraction and search ignore it."""
    return _LONG_WORD.sub(lambda m: "\u200b".join(m[0][i : i + 30] for i in range(0, len(m[0]), 30)), text)


def document_data(document: Document, *, include_citations: bool, banner: str = "") -> dict[str, object]:
    """What the template reads: plain strings and numbers only."""
    parts, footnotes = numbered(document, include_citations=include_citations)
    subtitles = [""] * len(parts)
    if document.kind == "RESUME_BULLETS":
        subtitles = [", ".join(x for x in (job.title, _span(job.start, job.end)) if x) for job in jobs(document)]
    return {
        "title": clean(document.title) or "Report",
        "author": clean(document.author),
        "period": period(document),
        "generated": generated(document),
        "banner": banner,
        "sections": [
            {
                "heading": breakable(part.heading) or "Untitled section",  # PDF/UA refuses an empty heading
                "subtitle": subtitle,
                "lines": [
                    {
                        "text": breakable(line.text),
                        "refs": list(line.refs),
                        "warning": line.warning if line.unsupported else "",
                    }
                    for line in part.lines
                ],
            }
            for part, subtitle in zip(parts, subtitles, strict=True)
        ],
        "sources": [{"number": f.number, "label": f.label, "excerpt": breakable(f.excerpt)} for f in footnotes],
    }


def _span(start: object, end: object) -> str:
    if start is None:
        return ""
    return f"{start} to {end if end is not None else 'present'}"


def render(document: Document, *, include_citations: bool) -> bytes:
    data = json.dumps(document_data(document, include_citations=include_citations), ensure_ascii=False)
    with _lock:
        try:
            pdf = _compile(data, document, ["ua-1"])
        except typst.TypstError as error:
            # PDF/UA forbids text its fonts cannot show (the bundled fonts have no CJK or emoji): such a
            # report is still a tagged PDF, only not declared PDF/UA.
            if "could not be displayed" not in error.message:
                raise
            pdf = _compile(data, document, [])
    return pdf


def _compile(data: str, document: Document, standards: list[typst.PDFStandard]) -> bytes:
    pdf = _compiler().compile(
        format="pdf", sys_inputs={"document": data}, pdf_standards=standards, timestamp=generated_utc(document)
    )
    assert isinstance(pdf, bytes)  # noqa: S101 - one page format asked, one document answered
    return pdf


def warm_up() -> None:
    """Compile a one-line document, so that a worker's first real report does not pay for loading the
    fonts and building the compiler (about a quarter of a second)."""
    render(
        Document("MONTHLY", "-", date(2000, 1, 1), date(2000, 1, 1), datetime(2000, 1, 1, tzinfo=UTC), "-", ()),
        include_citations=False,
    )
