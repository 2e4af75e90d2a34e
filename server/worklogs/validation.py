"""What a well-formed entry and a well-formed filter are: limits, cleaning and the checks that refuse the rest.

Every check raises a ServiceError naming the field it refused; nothing here touches the database.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from server.errors import ServiceError

SOURCES = ("manual", "import", "git", "api")
MAX_CONTENT = 20_000
MAX_TAGS = 50
MAX_TAG = 50
MAX_NAME = 200  # employer, project
MAX_WORK_TYPE = 50
MAX_OUTCOME = 2_000
MAX_SEARCH = 200
FUTURE_GRACE = timedelta(days=1)  # time zones ahead of UTC are already "tomorrow"

TAG_RE = re.compile(r"^[^\W_][\w .+#/&-]*$")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def today() -> date:
    return datetime.now(UTC).date()


@dataclass
class WorklogMetadata:
    employer: str = ""
    project: str = ""
    tags: list[str] = field(default_factory=list)
    work_type: str = ""
    outcome: str = ""


@dataclass
class WorklogFilter:
    start_date: date | None = None
    end_date: date | None = None
    search: str | None = None
    employer: str | None = None
    project: str | None = None
    tag: str | None = None


def clean_text(value: str) -> str:
    return CONTROL_RE.sub("", unicodedata.normalize("NFC", value))


def check_date(value: date, field_name: str = "date") -> date:
    if not isinstance(value, date):
        raise ServiceError("INVALID_DATE", "Date must be a calendar date (YYYY-MM-DD).", field_name)
    if value > today() + FUTURE_GRACE:
        raise ServiceError("DATE_IN_FUTURE", "The date is in the future; log work on the day it happened.", field_name)
    if value.year < 1900:
        raise ServiceError("INVALID_DATE", "The date is too far in the past.", field_name)
    return value


def check_content(value: str, field_name: str = "content") -> str:
    if not isinstance(value, str):
        raise ServiceError("INVALID_CONTENT", "Content must be text.", field_name)
    value = clean_text(value).strip()
    if not value:
        raise ServiceError("CONTENT_REQUIRED", "Write what you did; the entry is empty.", field_name)
    if len(value) > MAX_CONTENT:
        raise ServiceError("CONTENT_TOO_LONG", f"Content must be at most {MAX_CONTENT} characters.", field_name)
    return value


def normalize_tag(value: Any, field_name: str = "metadata.tags") -> str:
    if not isinstance(value, str):
        raise ServiceError("INVALID_TAG", "Each tag must be text.", field_name)
    tag = " ".join(value.split()).lower()
    if not tag or len(tag) > MAX_TAG or not TAG_RE.fullmatch(tag):
        raise ServiceError(
            "INVALID_TAG",
            f"Tag {value[:60]!r} is not valid: up to {MAX_TAG} letters, digits, spaces or . + # / & - _",
            field_name,
        )
    return tag


def check_tags(values: Any, field_name: str = "metadata.tags") -> list[str]:
    if not isinstance(values, list):
        raise ServiceError("INVALID_METADATA", "Tags must be a list of text.", field_name)
    if len(values) > MAX_TAGS:
        raise ServiceError("TOO_MANY_TAGS", f"At most {MAX_TAGS} tags per entry.", field_name)
    tags: list[str] = []
    for value in values:
        tag = normalize_tag(value, field_name)
        if tag not in tags:
            tags.append(tag)
    return tags


def check_line(value: Any, limit: int, field_name: str, label: str) -> str:
    """One line of metadata (employer, project, work type): text, inner spaces collapsed, at most `limit`."""
    if not isinstance(value, str):
        raise ServiceError("INVALID_METADATA", f"{label} must be text.", field_name)
    line = " ".join(clean_text(value).split())
    if len(line) > limit:
        raise ServiceError("INVALID_METADATA", f"{label} must be at most {limit} characters.", field_name)
    return line


def check_outcome(value: Any, field_name: str = "metadata.outcome") -> str:
    if not isinstance(value, str):
        raise ServiceError("INVALID_METADATA", "Outcome must be text.", field_name)
    outcome = clean_text(value).strip()
    if len(outcome) > MAX_OUTCOME:
        raise ServiceError("INVALID_METADATA", f"Outcome must be at most {MAX_OUTCOME} characters.", field_name)
    return outcome


def check_metadata(meta: WorklogMetadata) -> WorklogMetadata:
    outcome = check_outcome(meta.outcome)
    return WorklogMetadata(
        employer=check_line(meta.employer, MAX_NAME, "metadata.employer", "Employer"),
        project=check_line(meta.project, MAX_NAME, "metadata.project", "Project"),
        tags=check_tags(meta.tags),
        work_type=check_line(meta.work_type, MAX_WORK_TYPE, "metadata.workType", "Work type"),
        outcome=outcome,
    )


def check_source(value: str, field_name: str = "source") -> str:
    if value not in SOURCES:
        raise ServiceError("INVALID_SOURCE", f"Source must be one of: {', '.join(SOURCES)}.", field_name)
    return value


def metadata_text(meta: WorklogMetadata) -> str:
    return "\n".join(x for x in (meta.employer, meta.project, " ".join(meta.tags), meta.work_type, meta.outcome) if x)


def fingerprint(day: date, content: str, meta: WorklogMetadata) -> str:
    """What makes two entries the same entry for an import."""
    raw = json.dumps(
        [day.isoformat(), content, meta.employer, meta.project, sorted(meta.tags), meta.work_type, meta.outcome],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(raw.encode()).hexdigest()


def check_filter(flt: WorklogFilter | None) -> WorklogFilter:
    flt = flt or WorklogFilter()
    out = WorklogFilter(start_date=flt.start_date, end_date=flt.end_date)
    if out.start_date and out.end_date and out.start_date > out.end_date:
        raise ServiceError("INVALID_DATE_RANGE", "startDate must be on or before endDate.", "filter.endDate")
    if flt.search is not None:
        search = " ".join(clean_text(flt.search).split())
        if len(search) > MAX_SEARCH:
            raise ServiceError("SEARCH_TOO_LONG", f"Search must be at most {MAX_SEARCH} characters.", "filter.search")
        if search and not re.search(r"\w", search):
            raise ServiceError("INVALID_SEARCH", "Search needs at least one word.", "filter.search")
        out.search = search or None
    for name in ("employer", "project"):
        value = getattr(flt, name)
        if value is not None:
            value = " ".join(clean_text(value).split())
            if not value or len(value) > MAX_NAME:
                raise ServiceError(
                    "INVALID_FILTER", f"{name} filter must be 1-{MAX_NAME} characters.", f"filter.{name}"
                )
            setattr(out, name, value)
    if flt.tag is not None:
        out.tag = normalize_tag(flt.tag, "filter.tag")
    return out
