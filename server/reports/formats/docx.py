"""DOCX (python-docx): Word's own Title, Heading and List styles, one column, numbered source notes.

Word documents built from these styles keep their structure in Word's navigation pane, in screen readers
and in applicant-tracking systems that read .docx. Every part of the package is dated with the report's
generation time, so the same report gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import docx
from docx.document import Document as WordDocument
from docx.text.paragraph import Paragraph

from server.reports.document import Document
from server.reports.formats.citations import clean, generated, generated_utc, jobs, numbered, period


def _styled(word: WordDocument, text: str, style_id: str) -> Paragraph:
    """A paragraph in a style given by id. python-docx resolves a style *name* with a scan of every style
    on each call (quadratic over a long report); the ids are looked up once per document instead.
    tests/reports/test_formats.py reads the styles back, so a change in python-docx is noticed."""
    paragraph = word.add_paragraph(text)
    paragraph._p.get_or_add_pPr().style = style_id
    return paragraph


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
    styles = {name: word.styles[name].style_id for name in ("Title", "Heading 1", "List Bullet")}
    _styled(word, title, styles["Title"])
    word.add_paragraph(f"{author} · {period(document)}")
    subtitles = [""] * len(parts)
    if document.kind == "RESUME_BULLETS":
        subtitles = [
            ", ".join(x for x in (j.title, f"{j.start} to {j.end or 'present'}" if j.start else "") if x)
            for j in jobs(document)
        ]
    for part, subtitle in zip(parts, subtitles, strict=True):
        _styled(word, part.heading, styles["Heading 1"])
        if subtitle:
            word.add_paragraph(subtitle)
        for line in part.lines:
            paragraph = _styled(word, line.text, styles["List Bullet"])
            _refs(paragraph, line.refs)
            if line.unsupported:
                paragraph.add_run(f" ({line.warning})").italic = True
    if footnotes:
        _styled(word, "Sources", styles["Heading 1"])
        for f in footnotes:
            word.add_paragraph(f"[{f.number}] {f.label}: {f.excerpt}")
    word.add_paragraph(f"Generated {generated(document)}.")
    out = io.BytesIO()
    word.save(out)
    return _dated(out.getvalue(), at)


def _dated(package: bytes, at: datetime) -> bytes:
    """The package with every part dated `at` (python-docx dates them now), so the same report gives the
    same bytes, as its PDF does."""
    stamp = (max(at.year, 1980), at.month, at.day, at.hour, at.minute, at.second)  # zip dates start in 1980
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = zipfile.ZipInfo(info.filename, date_time=stamp)
            part.compress_type = zipfile.ZIP_DEFLATED
            part.external_attr = info.external_attr
            target.writestr(part, source.read(info))
    return out.getvalue()
