"""Markdown: headings, one bullet per statement, footnotes ([^1]) for the cited entries.

Every piece of user text is escaped, so it reads literally whatever Markdown renders it.
"""

from __future__ import annotations

import re

from server.reports.document import Document
from server.reports.formats.citations import clean, generated, numbered, period

_PUNCTUATION = re.compile(r"([\\`*_{}\[\]<>()#+!|~&$^])")
_LINE_START = re.compile(r"^(\d+)([.)])|^([-=:])")


def escape(text: str) -> str:
    """Text that Markdown shows as written: punctuation escaped, no list or heading marker at the start."""
    text = _PUNCTUATION.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", text)


def render(document: Document, *, include_citations: bool) -> bytes:
    parts, footnotes = numbered(document, include_citations=include_citations)
    out = [f"# {escape(clean(document.title))}", "", f"{escape(clean(document.author))} · {period(document)}", ""]
    for part in parts:
        out += [f"## {escape(part.heading)}", ""]
        for line in part.lines:
            refs = "".join(f"[^{n}]" for n in line.refs)
            warning = f" _({escape(line.warning)})_" if line.unsupported else ""
            out.append(f"- {escape(line.text)}{refs}{warning}")
        out.append("")
    if footnotes:
        out += ["## Sources", ""]
        out += [f"[^{f.number}]: {escape(f.label)}: {escape(f.excerpt)}" for f in footnotes]
        out.append("")
    out.append(f"Generated {generated(document)}.")
    return ("\n".join(out) + "\n").encode()
