"""The Markdown rendition stored beside the report (`Report.content`, rewritten for each revision): headings, one bullet per statement, and the
entries each statement cites as numbered footnotes. User text is escaped so it cannot add markup."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from server.reports.document import Document

if TYPE_CHECKING:
    from server.reports.models import Report

MARKDOWN_TYPE = "text/markdown; charset=utf-8"


def content_key(report: Report) -> str:
    """Where the Markdown rendition (`Report.content`) is stored; rewritten as the revision changes."""
    return f"reports/{report.tenant_id}/{report.id}/report.md"


_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escape(text: str) -> str:
    """Markdown-inert text on one line: specials backslashed, line breaks folded to spaces."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def markdown(document: Document) -> str:
    lines = [f"# {escape(document.title)}", "", f"_{document.start.isoformat()} to {document.end.isoformat()}_", ""]
    notes: list[str] = []
    numbers: dict[object, int] = {}
    for section in document.sections:
        lines += [f"## {escape(section.heading)}", ""]
        for statement in section.statements:
            refs = []
            for cited in statement.citations:
                if cited.worklog_id not in numbers:
                    numbers[cited.worklog_id] = len(numbers) + 1
                    excerpt = cited.excerpt if len(cited.excerpt) <= 200 else cited.excerpt[:199] + "…"
                    notes.append(f"[^{numbers[cited.worklog_id]}]: {cited.date.isoformat()}: {escape(excerpt)}")
                refs.append(f"[^{numbers[cited.worklog_id]}]")
            lines.append(f"- {escape(statement.text)}{''.join(refs)}")
        lines.append("")
    if notes:
        lines += [*notes, ""]
    return "\n".join(lines)
