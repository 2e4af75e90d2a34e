"""Every format keeps every statement, in order, as written; citations only when asked for."""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import replace
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import docx
import jsonschema
import pypdf
import pytest
from markdown_it import MarkdownIt

from server.reports.document import DocumentPosition, DocumentSection
from server.reports.formats import FORMATS, ats, html, json_resume, markdown, pdf
from server.reports.formats import docx as docx_format
from tests.reports.documents import GENERATED_AT, document, entry, long_document, statement

SCHEMA = json.loads((Path(__file__).parents[1] / "fixtures" / "json-resume-schema-1.2.1.json").read_text())

HOSTILE = [
    '#set text(fill: red) #import "x.typ": * #let a = 1',
    "Cost $5 and $x^2$ math, [a link](http://evil.example) and a footnote[^1]",
    "Back\\slash \\n @citation <label> `code` *bold* _em_ ~strike~ | pipe",
    "// not a comment /* nor this */ = not a heading",
    "<script>alert('x')</script><img src=x onerror=alert(1)> &amp; &lt;",
    "\"Double\" and 'single' quotes, « guillemets », Zoë naïve façade Ελληνικά кириллица",
    "- not a bullet + nor this 1. nor a number # nor a heading",
    "Supercalifragilisticexpialidocious" * 4,
]
PLAIN_HOSTILE = HOSTILE[:7]  # the very long word may be broken across lines by a PDF reader's text extraction


def hostile_document():
    cited = entry(GENERATED_AT.date() - timedelta(days=27), "#entry $with$ [markup] <b>bold</b> \\ @x")
    rows = tuple(statement(text, cited) for text in HOSTILE)
    return document((DocumentSection("Heading #with [markup] $x$ <i>", rows),), title="Title #x $y$ [z] <t> @u \\")


def simple_document():
    march = entry(GENERATED_AT.date() - timedelta(days=25), "cut p95 latency of the invoice API by 40%")
    april = entry(GENERATED_AT.date() - timedelta(days=20), "moved billing exports to a streaming job", "Globex")
    return document(
        (
            DocumentSection(
                "Acme: Billing",
                (
                    statement("Cut p95 latency of the invoice API by 40%.", march),
                    statement("Cut invoice latency by 45%.", march, flagged=("45%",)),
                ),
            ),
            DocumentSection("Globex: Data", (statement("Moved billing exports to a streaming job.", april, march),)),
        )
    )


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def assert_in_order(haystack: str, needles: list[str]) -> None:
    haystack, at = words(haystack), 0
    for needle in needles:
        found = haystack.find(words(needle), at)
        assert found >= 0, f"{needle!r} not found after position {at} in {haystack[at : at + 400]!r}"
        at = found + len(words(needle))


def statements_of(doc) -> list[str]:
    return [s.text for section in doc.sections for s in section.statements]


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(io.BytesIO(data)).paragraphs]


class TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []
        self.attributes: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse_html(data: bytes) -> TextOnly:
    parser = TextOnly()
    parser.feed(data.decode())
    return parser


# --- the registry -------------------------------------------------------------------------------------------


def test_every_report_format_has_a_renderer_extension_and_content_type():
    assert set(FORMATS) == {"MARKDOWN", "HTML", "PDF", "DOCX", "TEXT", "JSON_RESUME"}
    assert {f.extension for f in FORMATS.values()} == {"md", "html", "pdf", "docx", "txt", "json"}
    assert FORMATS["PDF"].content_type == "application/pdf"
    assert FORMATS["JSON_RESUME"].suits("RESUME_BULLETS") and not FORMATS["JSON_RESUME"].suits("MONTHLY")
    assert FORMATS["TEXT"].filename("march") == "march.txt"


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_renders_an_empty_report_and_a_long_one(name):
    empty = document(())
    assert FORMATS[name].render(empty, include_citations=True)
    assert len(FORMATS[name].render(long_document(), include_citations=True)) > 1000


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_without_citations_no_source_note_or_excerpt_is_left(name):
    doc = simple_document()
    kept = FORMATS[name].render(doc, include_citations=True)
    bare = FORMATS[name].render(doc, include_citations=False)
    read = {"PDF": pdf_text, "DOCX": lambda b: "\n".join(t for _, t in docx_paragraphs(b))}.get(name, bytes.decode)
    assert "invoice API by 40%" in read(kept) and "streaming job" in read(kept)
    assert "Sources" in read(kept) or "SOURCES" in read(kept) or "x-afterresume" in read(kept)
    for gone in (
        "Sources",
        "SOURCES",
        "x-afterresume",
        "[1]",
        "[^1]",
        "source-1",
        str(doc.sections[0].statements[0].citations[0].worklog_id),
    ):
        assert gone not in read(bare), gone
    assert "Cut p95 latency of the invoice API by 40%" in read(bare)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_flagged_statement_is_marked_with_what_was_not_found(name):
    data = FORMATS[name].render(simple_document(), include_citations=False)
    read = {"PDF": pdf_text, "DOCX": lambda b: "\n".join(t for _, t in docx_paragraphs(b))}.get(name, bytes.decode)
    assert "not found in the cited entries: 45%" in read(data)


# --- Markdown and HTML ---------------------------------------------------------------------------------------


def test_markdown_keeps_hostile_text_literal_when_rendered():
    doc = hostile_document()
    source = markdown.render(doc, include_citations=True).decode()
    rendered = MarkdownIt("commonmark").render(source)  # even a renderer that passes raw HTML through
    parser = parse_html(rendered.encode())
    assert not {"script", "img", "em", "strong", "code", "a", "h3"} & set(parser.tags)
    assert_in_order("".join(parser.text), [doc.title, *statements_of(doc)])
    assert "[^1]" in source and "[^1]: 2024-03-05, Acme / Billing:" in source


def test_html_is_a_standalone_page_where_script_in_an_entry_is_inert():
    doc = hostile_document()
    page = html.render(doc, include_citations=True)
    assert page.startswith(b"<!doctype html>") and b"<style>" in page and b"</html>" in page
    parser = parse_html(page)
    assert "script" not in parser.tags and "img" not in parser.tags
    assert not re.search(rb"<script|<img|javascript:", page, re.IGNORECASE)
    assert not [name for _, attrs in parser.attributes for name in attrs if name.startswith("on")]
    assert b"&lt;script&gt;alert" in page
    assert_in_order(
        "".join(parser.text), [doc.title, *statements_of(doc), "Sources", "#entry $with$ [markup] <b>bold</b>"]
    )
    assert not re.search(rb'(src|href)="(?!#source-)', page)  # no outside resource, only the notes
    assert b'<sup><a href="#source-1"' in page and b'<li id="source-1"' in page


def test_html_page_csp_allows_exactly_its_stylesheet():
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(html.STYLESHEET.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in html.PAGE_CSP and "script-src" not in html.PAGE_CSP
    assert f"<style>{html.STYLESHEET}</style>".encode() in html.render(simple_document(), include_citations=False)


def test_the_share_page_says_when_it_was_generated_and_that_statements_were_checked():
    page = html.render_share_page(simple_document(), include_citations=False).decode()
    assert "Generated 2024-04-01 09:30 UTC" in page
    assert "All 3 statements were checked against the work-log entries they cite" in page
    assert "1 could not be fully confirmed and is marked" in page
    assert 'name="robots" content="noindex, nofollow"' in page and "source-1" not in page
    clean = html.render_share_page(
        document((DocumentSection("A", (statement("Did it.", entry(GENERATED_AT.date(), "did it")),)),)),
        include_citations=True,
    )
    assert b"none was flagged" in clean and b"source-1" in clean


# --- PDF -----------------------------------------------------------------------------------------------------


def test_pdf_keeps_every_statement_in_reading_order_and_markup_literal():
    doc = hostile_document()
    text = pdf_text(pdf.render(doc, include_citations=True))
    assert_in_order(text, [doc.title, doc.sections[0].heading, *PLAIN_HOSTILE, "Sources", "#entry $with$ [markup]"])
    assert HOSTILE[-1] in "".join(text.split())  # broken across lines, not cut or run off the page


def test_pdf_breaks_a_very_long_word_inside_the_margins():
    doc = document(
        (
            DocumentSection(
                "Links", (statement("See https://example.com/" + "a" * 300, entry(GENERATED_AT.date(), "x")),)
            ),
        )
    )
    text = pdf_text(pdf.render(doc, include_citations=False))
    lines = [line for line in text.splitlines() if "aaaa" in line]
    assert len(lines) >= 3 and all(len(line) < 100 for line in lines)
    assert "https://example.com/" + "a" * 300 in "".join(text.split())


def test_pdf_with_characters_its_fonts_lack_is_still_a_tagged_pdf():
    doc = document(
        (DocumentSection("東京", (statement("Shipped 🚀 in 東京 with Zoë", entry(GENERATED_AT.date(), "x")),)),)
    )
    data = pdf.render(doc, include_citations=True)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert bool(reader.trailer["/Root"]["/MarkInfo"]["/Marked"]) and b"pdfuaid" not in data
    assert "Zoë" in pdf_text(data)
    assert pdf.render(doc, include_citations=True) == data
    assert b"pdfuaid" in pdf.render(simple_document(), include_citations=True)


def test_pdf_of_a_long_report_keeps_every_statement_in_order():
    doc = long_document()
    data = pdf.render(doc, include_citations=True)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 4
    assert_in_order(
        pdf_text(data),
        [t for section in doc.sections for t in (section.heading, *(s.text for s in section.statements))],
    )


def test_the_same_report_gives_the_same_pdf_bytes():
    doc = simple_document()
    first = pdf.render(doc, include_citations=True)
    assert pdf.render(doc, include_citations=True) == first
    assert pdf.render(replace(doc, generated_at=GENERATED_AT + timedelta(days=1)), include_citations=True) != first


def test_pdf_is_tagged_pdf_ua_with_its_title_and_embedded_fonts():
    data = pdf.render(simple_document(), include_citations=True)
    reader = pypdf.PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root and root["/Lang"] == "en"
    assert reader.metadata.title == "March 2024 summary" and reader.metadata.author == "Ada Lovelace"
    assert b"pdfuaid:part" in data or b"pdfuaid" in reader.xmp_metadata.stream.get_data()
    assert reader.metadata.creation_date.replace(tzinfo=None) == GENERATED_AT.replace(tzinfo=None)
    fonts = [f.get_object() for page in reader.pages for f in page["/Resources"]["/Font"].values()]
    descriptors = [
        (f["/DescendantFonts"][0].get_object() if "/DescendantFonts" in f else f)["/FontDescriptor"] for f in fonts
    ]
    assert fonts and all({"/FontFile", "/FontFile2", "/FontFile3"} & set(d.keys()) for d in descriptors)


# --- DOCX ----------------------------------------------------------------------------------------------------


def test_docx_uses_word_styles_and_keeps_every_statement_in_order():
    doc = hostile_document()
    data = docx_format.render(doc, include_citations=True)
    paragraphs = docx_paragraphs(data)
    assert paragraphs[0] == ("Title", doc.title)
    assert ("Heading 1", doc.sections[0].heading) in paragraphs
    bullets = [text for style, text in paragraphs if style == "List Bullet"]
    assert [b.removesuffix("[1]") for b in bullets] == HOSTILE
    assert_in_order("\n".join(t for _, t in paragraphs), [doc.title, *HOSTILE, "Sources"])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = z.read("word/document.xml").decode()
    assert "<w:tbl>" not in body and 'w:num="2"' not in body  # no tables, one column
    word = docx.Document(io.BytesIO(data))
    assert word.core_properties.title == doc.title and word.core_properties.author == "Ada Lovelace"


def test_the_same_report_gives_the_same_docx_bytes_dated_when_it_was_generated():
    doc = simple_document()
    first = docx_format.render(doc, include_citations=True)
    assert docx_format.render(doc, include_citations=True) == first
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        stamp = GENERATED_AT.timetuple()[:6]
        assert z.testzip() is None and {info.date_time for info in z.infolist()} == {stamp}
    assert docx.Document(io.BytesIO(first)).paragraphs[0].text == doc.title  # still a Word document
    later = docx_format.render(replace(doc, generated_at=GENERATED_AT + timedelta(days=1)), include_citations=True)
    assert later != first


def test_docx_of_a_long_report_keeps_every_statement_in_order():
    doc = long_document()
    paragraphs = docx_paragraphs(docx_format.render(doc, include_citations=False))
    expected = [
        ("Heading 1" if i == 0 else "List Bullet", t)
        for section in doc.sections
        for i, t in enumerate((section.heading, *(s.text for s in section.statements)))
    ]
    assert [p for p in paragraphs if p[0] in {"Heading 1", "List Bullet"}] == expected


def test_docx_citations_are_superscript_numbers_with_a_numbered_source_list():
    data = docx_format.render(simple_document(), include_citations=True)
    word = docx.Document(io.BytesIO(data))
    refs = [run.text for p in word.paragraphs for run in p.runs if run.font.superscript]
    assert refs == ["[1]", "[1]", "[2,1]"]
    sources = [p.text for p in word.paragraphs if p.text.startswith("[")]
    assert sources[0].startswith("[1] 2024-03-07, Acme / Billing: cut p95") and sources[1].startswith(
        "[2] 2024-03-12, Globex"
    )
    bare = docx.Document(io.BytesIO(docx_format.render(simple_document(), include_citations=False)))
    assert not [run for p in bare.paragraphs for run in p.runs if run.font.superscript]


def test_control_characters_never_break_a_format():
    doc = document(
        (DocumentSection("Bell\x07", (statement("Null\x00 and form\x0cfeed", entry(GENERATED_AT.date(), "x\x01")),)),)
    )
    for name, fmt in FORMATS.items():
        assert b"Null and formfeed" in fmt.render(doc, include_citations=True) or name in {"PDF", "DOCX"}
    assert ("List Bullet", "Null and formfeed[1]") in docx_paragraphs(docx_format.render(doc, include_citations=True))
    assert "Null and formfeed" in pdf_text(pdf.render(doc, include_citations=True))


# --- ATS text ------------------------------------------------------------------------------------------------


def test_ats_text_is_one_column_with_plain_bullets_and_iso_dates():
    doc = long_document(kind="RESUME_BULLETS")
    text = ats.render(doc, include_citations=False).decode()
    assert "\t" not in text and "•" not in text and "|" not in text
    lines = text.splitlines()
    assert lines[:3] == [doc.title, "Ada Lovelace", "Period: 2024-03-01 to 2024-03-31"] and "EXPERIENCE" in lines
    assert "Senior Engineer, Acme" in lines and "2021-05-01 to present" in lines
    assert "Engineer, Globex" in lines and "2018-09-01 to 2024-06-30" in lines
    bullets = [line for line in lines if line.startswith("- ")]
    assert bullets == [f"- {t}" for t in statements_of(doc)]


def test_ats_text_of_a_summary_uses_its_headings_and_keeps_hostile_text():
    doc = hostile_document()
    text = ats.render(doc, include_citations=True).decode()
    assert doc.sections[0].heading.upper() in text
    assert_in_order(text, [f"- {t} [1]" for t in HOSTILE] + ["SOURCES", "[1] 2024-03-05, Acme / Billing: #entry"])


# --- a promotion: two positions at one employer, in every format -----------------------------------------------


def promotion_document():
    """Engineer at Acme until June, Senior Engineer from July, and Acme entries after the positions' dates."""
    june = entry(date(2026, 6, 10), "cut the invoice API's p95 latency by 40%", "Acme Corp")
    may = entry(date(2026, 5, 12), "moved billing exports to a streaming job", "Acme Corp")
    august = entry(date(2026, 8, 4), "led the search migration to OpenSearch", "Acme Corp", "Search")
    later = entry(date(2027, 2, 3), "ran the terraform upgrade", "Acme Corp", "Platform")
    return replace(
        document(
            (
                DocumentSection(
                    "Senior Engineer, Acme Corp", (statement("Led the search migration to OpenSearch.", august),)
                ),
                DocumentSection(
                    "Engineer, Acme Corp",
                    (
                        statement("Cut the invoice API's p95 latency by 40%.", june),
                        statement("Moved billing exports to a streaming job.", may),
                    ),
                ),
                # Acme entries no position holds: an inferred section with the employer alone as its heading.
                DocumentSection("Acme Corp", (statement("Ran the Terraform upgrade.", later),)),
            ),
            kind="RESUME_BULLETS",
            title="Resume bullets",
            positions=(
                DocumentPosition("Acme Corp", "Engineer", date(2025, 1, 1), date(2026, 6, 30)),
                DocumentPosition("Acme Corp", "Senior Engineer", date(2026, 7, 1), date(2026, 12, 31)),
            ),
        ),
        start=date(2026, 1, 1),
        end=date(2027, 3, 31),
    )


PROMOTED = [
    ("Senior Engineer", "2026-07-01", "2026-12-31", ["Led the search migration to OpenSearch."]),
    (
        "Engineer",
        "2025-01-01",
        "2026-06-30",
        ["Cut the invoice API's p95 latency by 40%.", "Moved billing exports to a streaming job."],
    ),
    ("", "2027-02-03", "2027-02-03", ["Ran the Terraform upgrade."]),
]


# Headings, subtitles ("Title, dates") and bullets as DOCX and PDF print them.
PROMOTED_PAGE = [
    "Senior Engineer, Acme Corp",
    "Senior Engineer, 2026-07-01 to 2026-12-31",
    "Led the search migration",
    "Engineer, Acme Corp",
    "Engineer, 2025-01-01 to 2026-06-30",
    "Cut the invoice API",
    "Acme Corp",
    "2027-02-03 to 2027-02-03",
    "Ran the Terraform upgrade.",
]


@pytest.mark.parametrize("swap", [False, True])
def test_two_positions_at_one_employer_keep_their_own_titles_and_dates_in_every_format(swap):
    doc = promotion_document()
    if swap:  # the match does not depend on the order positions are listed in
        doc = replace(doc, positions=doc.positions[::-1])
    for cited in (True, False):
        text = ats.render(doc, include_citations=cited).decode()
        assert_in_order(
            text,
            [
                "Senior Engineer, Acme Corp",
                "2026-07-01 to 2026-12-31",
                "- Led the search migration",
                "Engineer, Acme Corp",
                "2025-01-01 to 2026-06-30",
                "- Cut the invoice API",
                "- Moved billing exports",
                "Acme Corp",
                "2027-02-03 to 2027-02-03",
                "- Ran the Terraform upgrade.",
            ],
        )
        resume = json.loads(json_resume.render(doc, include_citations=cited))
        assert [(w["name"], w["position"], w["startDate"], w["endDate"], w["highlights"]) for w in resume["work"]] == [
            ("Acme Corp", title, start, end, bullets) for title, start, end, bullets in PROMOTED
        ]
        paragraphs = [t for _, t in docx_paragraphs(docx_format.render(doc, include_citations=cited))]
        assert_in_order(
            "\n".join(paragraphs),
            PROMOTED_PAGE,
        )
        assert "Senior Engineer, 2025-01-01 to 2026-06-30" not in paragraphs
        assert "Engineer, 2026-07-01 to 2026-12-31" not in paragraphs
        data = pdf.document_data(doc, include_citations=cited)
        assert [(s["heading"], s["subtitle"]) for s in data["sections"]] == [  # type: ignore[union-attr]
            ("Senior Engineer, Acme Corp", "Senior Engineer, 2026-07-01 to 2026-12-31"),
            ("Engineer, Acme Corp", "Engineer, 2025-01-01 to 2026-06-30"),
            ("Acme Corp", "2027-02-03 to 2027-02-03"),
        ]
        for rendered in (
            markdown.render(doc, include_citations=cited).decode(),
            " ".join(parse_html(html.render(doc, include_citations=cited)).text),
        ):
            assert_in_order(
                rendered,
                [
                    "Senior Engineer, Acme Corp",
                    "Led the search migration",
                    "Engineer, Acme Corp",
                    "Cut the invoice API",
                    "Acme Corp",
                    "Ran the Terraform",
                ],
            )
    assert_in_order(
        pdf_text(pdf.render(doc, include_citations=False)),
        PROMOTED_PAGE,
    )


def test_a_resume_section_without_the_position_heading_is_matched_by_its_entries_dates():
    doc = promotion_document()
    # Headings an external model might write: the employer alone; the dates of the cited entries decide.
    doc = replace(doc, sections=tuple(replace(s, heading="Acme Corp") for s in doc.sections))
    resume = json.loads(json_resume.render(doc, include_citations=False))
    assert [(w["position"], w["startDate"], w["endDate"]) for w in resume["work"]] == [
        (title, start, end) for title, start, end, _ in PROMOTED
    ]


# --- JSON Resume ---------------------------------------------------------------------------------------------


def resume_document():
    acme = entry(GENERATED_AT.date() - timedelta(days=30), "moved invoices to kubernetes, 40% cheaper")
    old = entry(GENERATED_AT.date() - timedelta(days=900), "built the python ETL", "Initech", "Data")
    nopos = entry(GENERATED_AT.date() - timedelta(days=400), "ran the terraform upgrade", "Freelance", "")
    return document(
        (
            DocumentSection("Acme", (statement("Moved invoices to Kubernetes, cutting cost 40%.", acme),)),
            DocumentSection("Initech", (statement("Built the Python ETL <b>pipeline</b>.", old),)),
            DocumentSection("Freelance", (statement("Ran the Terraform upgrade.", nopos),)),
        ),
        kind="RESUME_BULLETS",
        title="Resume bullets",
        positions=(
            DocumentPosition("Acme", "Staff Engineer", GENERATED_AT.date() - timedelta(days=365), None),
            DocumentPosition(
                "Initech",
                "Engineer",
                GENERATED_AT.date() - timedelta(days=1500),
                GENERATED_AT.date() - timedelta(days=700),
            ),
        ),
    )


def test_json_resume_validates_against_schema_1_2_and_groups_bullets_by_position():
    resume = json.loads(json_resume.render(resume_document(), include_citations=True))
    jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER).validate(resume)
    assert resume["basics"] == {"name": "Ada Lovelace"}
    assert [(w["name"], w["position"], w.get("startDate"), w.get("endDate")) for w in resume["work"]] == [
        ("Acme", "Staff Engineer", "2023-04-02", None),
        ("Initech", "Engineer", "2020-02-22", "2022-05-02"),
        ("Freelance", "", "2023-02-26", "2023-02-26"),  # no position: dates from its entries, no title
    ]
    assert resume["work"][1]["highlights"] == ["Built the Python ETL <b>pipeline</b>."]
    assert [s["name"] for s in resume["skills"]] == ["Kubernetes", "Python", "ETL", "Terraform"]
    extension = resume["x-afterresume"]
    assert extension["highlights"][0] == {"work": 0, "highlight": 0, "sources": [1]}
    assert extension["sources"][1]["employer"] == "Initech" and extension["sources"][1]["date"] == "2021-10-14"


def test_json_resume_marks_a_flagged_bullet_and_lists_no_skill_its_entries_lack():
    doc = resume_document()
    acme = doc.sections[0].statements[0].citations[0]
    invented = statement("Ran Kafka and Terraform for the invoices, 40% cheaper.", acme, flagged=("Kafka", "Terraform"))
    doc = replace(doc, sections=(DocumentSection("Acme", (invented,)), *doc.sections[1:]))
    for cited in (True, False):
        resume = json.loads(json_resume.render(doc, include_citations=cited))
        jsonschema.Draft7Validator(SCHEMA).validate(resume)
        assert resume["work"][0]["highlights"] == [
            "Ran Kafka and Terraform for the invoices, 40% cheaper. (not found in the cited entries: Kafka, Terraform)"
        ]
        # Kafka is named only by the flagged bullet; Terraform also by a checked one, which keeps it listed.
        assert [s["name"] for s in resume["skills"]] == ["Python", "ETL", "Terraform"]
    extension = json.loads(json_resume.render(doc, include_citations=True))["x-afterresume"]
    assert extension["highlights"][0] == {
        "work": 0,
        "highlight": 0,
        "sources": [1],
        "unsupported": ["Kafka", "Terraform"],
    }


def test_json_resume_without_citations_has_no_extension_and_still_validates():
    resume = json.loads(json_resume.render(resume_document(), include_citations=False))
    jsonschema.Draft7Validator(SCHEMA).validate(resume)
    assert "x-afterresume" not in resume


def test_the_schema_copy_rejects_what_json_resume_rejects():
    bad = {"work": [{"name": "Acme", "startDate": "March 2024", "highlights": "not a list"}]}
    errors = list(jsonschema.Draft7Validator(SCHEMA).iter_errors(bad))
    assert {e.validator for e in errors} >= {"pattern", "type"}
