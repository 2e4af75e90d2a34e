"""The report formats: each a `render(document, *, include_citations) -> bytes`, with its file extension
and content type, by `ReportFormat` name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

from server.reports.document import Document
from server.reports.formats import ats, docx, html, json_resume, markdown, pdf


class Renderer(Protocol):
    def __call__(self, document: Document, *, include_citations: bool) -> bytes: ...


@dataclass(frozen=True, slots=True)
class Format:
    name: str  # the ReportFormat value
    extension: str
    content_type: str
    render: Renderer
    kinds: frozenset[str] | None = None  # the report kinds it suits; None: every kind

    def suits(self, kind: str) -> bool:
        return self.kinds is None or kind in self.kinds

    def filename(self, stem: str) -> str:
        return f"{stem}.{self.extension}"


FORMATS: Mapping[str, Format] = MappingProxyType(
    {
        f.name: f
        for f in (
            Format("MARKDOWN", "md", "text/markdown; charset=utf-8", markdown.render),
            Format("HTML", "html", "text/html; charset=utf-8", html.render),
            Format("PDF", "pdf", "application/pdf", pdf.render),
            Format(
                "DOCX", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.render
            ),
            Format("TEXT", "txt", "text/plain; charset=utf-8", ats.render),
            Format("JSON_RESUME", "json", "application/json", json_resume.render, frozenset({"RESUME_BULLETS"})),
        )
    }
)


def render(format_name: str, document: Document, *, include_citations: bool) -> bytes:
    """Render `document` in the named format (a KeyError for a name not in FORMATS)."""
    return FORMATS[format_name].render(document, include_citations=include_citations)
