"""HTML: a complete standalone page with a small inline stylesheet and numbered source notes.

User text goes through markdown-it-py's `js-default` preset (raw HTML off, so `<script>` in an entry comes
out as text) after Markdown escaping, so it shows exactly as written; attributes are built only from numbers.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from html import escape as attribute

from markdown_it import MarkdownIt

from server.reports.document import Document
from server.reports.formats import markdown
from server.reports.formats.citations import Footnote, Part, clean, generated, numbered, period

STYLESHEET = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;max-width:46rem;
margin:2rem auto;padding:0 1rem;overflow-wrap:anywhere}
h1{font-size:1.7rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:1.8rem 0 .5rem;border-bottom:1px solid #d8dde6}
.meta{color:#5b6475;margin:0}.flag{color:#9a3412;font-size:.9em}.note{background:#f2f5f9;padding:.6rem .8rem;
border-radius:.4rem}sup a{text-decoration:none}ol.sources{font-size:.9rem;color:#3b4354}
@media print{body{margin:0;max-width:none}a{color:inherit}}
""".strip()
_STYLE_HASH = base64.b64encode(hashlib.sha256(STYLESHEET.encode()).digest()).decode()
# What a page of ours needs, and nothing more: no script, no outside resource, only this stylesheet.
PAGE_CSP = f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; base-uri 'none'; form-action 'none'"


@cache
def _markdown() -> MarkdownIt:
    return MarkdownIt("js-default")


def inline(text: str) -> str:
    """User text as inline HTML: Markdown-escaped, then rendered with raw HTML disabled."""
    return str(_markdown().renderInline(markdown.escape(text)))


def _body(parts: tuple[Part, ...], footnotes: tuple[Footnote, ...]) -> list[str]:
    out: list[str] = []
    for part in parts:
        out.append(f"<section><h2>{inline(part.heading)}</h2><ul>")
        for line in part.lines:
            refs = "".join(f'<sup><a href="#source-{n}" aria-label="source {n}">[{n}]</a></sup>' for n in line.refs)
            flag = f' <span class="flag">({inline(line.warning)})</span>' if line.unsupported else ""
            out.append(f"<li>{inline(line.text)}{refs}{flag}</li>")
        out.append("</ul></section>")
    if footnotes:
        out.append('<section><h2>Sources</h2><ol class="sources">')
        out += [
            f'<li id="source-{f.number}" value="{f.number}">{inline(f.label)}: {inline(f.excerpt)}</li>'
            for f in footnotes
        ]
        out.append("</ol></section>")
    return out


def _page(document: Document, include_citations: bool, banner: list[str], footer: list[str], robots: str) -> bytes:
    parts, footnotes = numbered(document, include_citations=include_citations)
    head = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="robots" content="{attribute(robots)}"><meta name="referrer" content="no-referrer">',
        f"<title>{inline(clean(document.title))}</title>",
        f"<style>{STYLESHEET}</style></head><body><main>",
        f"<header><h1>{inline(clean(document.title))}</h1>",
        f'<p class="meta">{inline(clean(document.author))} · {period(document)}</p></header>',
    ]
    tail = ["</main></body></html>"]
    return "\n".join(head + banner + _body(parts, footnotes) + footer + tail).encode() + b"\n"


def render(document: Document, *, include_citations: bool) -> bytes:
    footer = [f'<p class="meta">Generated {generated(document)}.</p>']
    return _page(document, include_citations, [], footer, "noindex")


def render_share_page(document: Document, *, include_citations: bool) -> bytes:
    """The public page behind a share link: says when the report was generated and that every statement
    was checked against the entries it cites (and how many were flagged)."""
    statements = [s for section in document.sections for s in section.statements]
    flagged = sum(1 for s in statements if s.flagged)
    checked = (
        f"All {len(statements)} statements were checked against the work-log entries they cite; none was flagged."
        if not flagged
        else f"All {len(statements)} statements were checked against the work-log entries they cite; "
        f"{flagged} could not be fully confirmed and {'is' if flagged == 1 else 'are'} marked."
    )
    banner = [
        f'<p class="note">Generated {generated(document)} by AfterResume from {inline(clean(document.author))}\'s work log. '
        f"{checked}</p>"
    ]
    return _page(document, include_citations, banner, [], "noindex, nofollow")
