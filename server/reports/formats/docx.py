"""DOCX (python-docx): Word's own Title, Heading and List styles, one column, numbered source notes.

Word documents built from these styles keep their structure in Word's navigation pane, in screen readers
and in applicant-tracking systems that read .docx.
"""

from __future__ import annotations

import io

import docx
from docx.document import Document as WordDocument
from docx.text.paragraph import Paragraph

from server.reports.document import Document
from server.reports.formats.citations import clean, generated, generated_utc, jobs, numbered, period


def _refs(paragraph: Paragraph, refs: tuple[int, ...]) -> None:
    if refs:
        paragraph.add_run("[" + ",".join(str(n) for n in refs) + "]").font.superscript = True


def render(document: Document, *, include_citations: bool) -> bytes:
    parts, footnotes = numbered(document, include_citations=include_citations)
    title, author = clean(document.title), clean(document.author)
    word: WordDocument = docx.Document()
    at = generated_utc(document).replace(tzinfo=None)
    props = word.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created, props.modified, props.revision = at, at, 1
    props.comments = ""
    word.add_heading(title, level=0)
    word.add_paragraph(f"{author} · {period(document)}")
    subtitles = [""] * len(parts)
    if document.kind == "RESUME_BULLETS":
        subtitles = [
            ", ".join(x for x in (j.title, f"{j.start} to {j.end or 'present'}" if j.start else "") if x)
            for j in jobs(document)
        ]
    for part, subtitle in zip(parts, subtitles, strict=True):
        word.add_heading(part.heading, level=1)
        if subtitle:
            word.add_paragraph(subtitle)
        for line in part.lines:
            paragraph = word.add_paragraph(line.text, style="List Bullet")
            _refs(paragraph, line.refs)
            if line.unsupported:
                paragraph.add_run(f" ({line.warning})").italic = True
    if footnotes:
        word.add_heading("Sources", level=1)
        for f in footnotes:
            word.add_paragraph(f"[{f.number}] {f.label}: {f.excerpt}")
    word.add_paragraph(f"Generated {generated(document)}.")
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()
