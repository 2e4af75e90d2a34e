"""Reading a downloaded rendition back as text, to find every statement in it (end-to-end tests)."""

from __future__ import annotations

import hashlib
import html
import io
import json
import re

import docx
import pypdf

from server.reports.formats import FORMATS

_TAG = re.compile(r"<[^>]+>")
_MARKDOWN_ESCAPE = re.compile(r"\\(.)")


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    return " ".join(" ".join(p.text.split()) for p in docx.Document(io.BytesIO(data)).paragraphs)


def readable(name: str, data: bytes) -> str:
    """The rendition's text, white space collapsed: escapes undone, tags and layout left out."""
    if name == "PDF":
        return pdf_text(data)
    if name == "DOCX":
        return docx_text(data)
    text = data.decode()
    if name == "HTML":
        body = text.split("<body", 1)[1]
        text = html.unescape(_TAG.sub(" ", body))
    elif name == "MARKDOWN":
        text = _MARKDOWN_ESCAPE.sub(r"\1", text)
    elif name == "JSON_RESUME":
        resume = json.loads(text)
        text = "\n".join(h for work in resume["work"] for h in work.get("highlights", []))
    return " ".join(text.split())


def assert_rendition_holds(name: str, data: bytes, rendition: dict, statements: list[str]) -> None:
    """The bytes are the recorded ones and hold every statement's text (in reading order, except JSON Resume,
    which groups bullets by position)."""
    assert len(data) == rendition["bytes"] and hashlib.sha256(data).hexdigest() == rendition["sha256"], name
    text = readable(name, data)
    spots = []
    for statement in statements:
        probe = " ".join(statement.split())[:40]
        assert probe in text, (name, rendition["includeCitations"], probe)
        spots.append(text.index(probe))
    if name != "JSON_RESUME":
        assert spots == sorted(spots), name


def content_type(name: str) -> str:
    return FORMATS[name].content_type.split(";")[0]
