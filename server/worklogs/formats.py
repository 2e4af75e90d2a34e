"""The import and export file formats (CSV and JSON), and reading a file into rows.

Each row is read by a pydantic model whose fields run the same checks as a new entry, so a refused
row is reported with its number and the field at fault, in the file's own names: `rows[3].tags` in
a CSV, `rows[3].metadata.tags[0]` in a JSON file. The first bad row refuses the whole file.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any, TypeVar
from uuid import UUID

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainValidator, ValidationError
from pydantic_core import PydanticCustomError

from server.errors import ServiceError
from server.worklogs.validation import (
    MAX_NAME,
    MAX_TAGS,
    MAX_WORK_TYPE,
    SOURCES,
    WorklogMetadata,
    check_content,
    check_date,
    check_line,
    check_outcome,
    normalize_tag,
)

R = TypeVar("R")

FORMATS = ("csv", "json", "markdown")
CSV_FIELDS = [
    "id",
    "date",
    "content",
    "source",
    "draft",
    "employer",
    "project",
    "tags",
    "workType",
    "outcome",
    "createdAt",
    "updatedAt",
]
TAG_SEPARATOR = ";"
MAX_IMPORT_ROWS = 200_000
JSON_FORMAT = "afterresume.worklogs"


@dataclass
class ImportRow:
    number: int
    day: Any
    content: Any
    meta: WorklogMetadata
    source: str = "import"
    draft: bool = False
    id: UUID | None = None
    fingerprint: str | None = None
    # A git day: its commits (hash, subject), oldest first. When the day is already in the log as a
    # draft, the commits after the newest one it took (Worklog.source_ref) are appended to it.
    commits: list[tuple[str, str]] | None = None
    # From an export: kept, so a round trip keeps when each entry was written and last changed.
    created_at: datetime | None = None
    updated_at: datetime | None = None


def row_error(number: int, exc: ServiceError) -> ServiceError:
    """`exc` as the refusal of row `number`: the message starts "Row N:", the field is rows[N].<field>."""
    if exc.field:
        return ServiceError(exc.code, f"Row {number}: {exc.field}: {exc.message}", f"rows[{number}].{exc.field}")
    return ServiceError(exc.code, f"Row {number}: {exc.message}", f"rows[{number}]")


def _bad_row(number: int, message: str) -> ServiceError:
    return row_error(number, ServiceError("INVALID_ROW", message))


# --- one field each: a value from the file in, a checked value out, or a coded refusal -------------


def _refuse(code: str, message: str) -> PydanticCustomError:
    # The message travels in the context: a template would read braces in the user's value as placeholders.
    return PydanticCustomError(code, "{message}", {"message": message})


def _checked(check: Callable[[Any], R]) -> Callable[[Any], R]:
    """A validator from a check of `validation`: its ServiceError becomes an error at the field's location."""

    def validate(value: Any) -> R:
        try:
            return check(value)
        except ServiceError as exc:
            raise _refuse(exc.code, exc.message) from None

    return validate


def _day(value: Any) -> date:
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            return _checked(check_date)(day)
    raise _refuse("INVALID_DATE", f"{value!r} is not a date (YYYY-MM-DD).")


def _source(value: Any) -> str:
    if value in (None, ""):
        return "import"
    if not isinstance(value, str) or value not in SOURCES:
        raise _refuse("INVALID_SOURCE", f"must be one of: {', '.join(SOURCES)}.")
    return value


def _draft(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "false", "0", "no")):
        return False
    if isinstance(value, str) and value.strip().lower() in ("true", "1", "yes"):
        return True
    raise _refuse("INVALID_ROW", "must be true or false.")


def _id(value: Any) -> UUID | None:
    if value in (None, ""):
        return None
    try:
        return UUID(str(value))
    except ValueError:
        raise _refuse("INVALID_ID", f"{value!r} is not a valid ID.") from None


def _timestamp(value: Any) -> datetime | None:
    """An exported createdAt / updatedAt (ISO 8601; without an offset, UTC). Empty: now."""
    if value in (None, ""):
        return None
    try:
        moment = datetime.fromisoformat(str(value).strip())
    except ValueError:
        raise _refuse("INVALID_TIMESTAMP", f"{value!r} is not a timestamp (ISO 8601).") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if moment > datetime.now(UTC) + timedelta(days=1):
        raise _refuse("INVALID_TIMESTAMP", "the timestamp is in the future.")
    return moment


def _line(limit: int, label: str) -> Callable[[Any], str]:
    def validate(value: Any) -> str:
        return _checked(lambda v: check_line(v, limit, "", label))("" if value is None else value)

    return validate


def _outcome(value: Any) -> str:
    return _checked(check_outcome)("" if value is None else value)


def _tag_list(value: Any) -> list[Any]:
    """The list itself: absent is empty, and at most MAX_TAGS (each tag is then checked in its place)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise _refuse("INVALID_METADATA", "must be a list of text.")
    if len(value) > MAX_TAGS:
        raise _refuse("TOO_MANY_TAGS", f"At most {MAX_TAGS} tags per entry.")
    return value


def _csv_tags(value: Any) -> list[str]:
    tags = _tag_list([t for t in (value or "").split(TAG_SEPARATOR) if t.strip()])
    return _unique([_checked(normalize_tag)(t) for t in tags])


def _unique(tags: list[str]) -> list[str]:
    return list(dict.fromkeys(tags))


def _object(value: Any) -> Any:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _refuse("INVALID_METADATA", "must be an object.")
    return value


Day = Annotated[date, PlainValidator(_day)]
Content = Annotated[str, PlainValidator(_checked(check_content))]
Source = Annotated[str, PlainValidator(_source)]
Draft = Annotated[bool, PlainValidator(_draft)]
Id = Annotated[UUID | None, PlainValidator(_id)]
Timestamp = Annotated[datetime | None, PlainValidator(_timestamp)]
Employer = Annotated[str, PlainValidator(_line(MAX_NAME, "Employer"))]
Project = Annotated[str, PlainValidator(_line(MAX_NAME, "Project"))]
WorkType = Annotated[str, PlainValidator(_line(MAX_WORK_TYPE, "Work type"))]
Outcome = Annotated[str, PlainValidator(_outcome)]
Tag = Annotated[str, PlainValidator(_checked(normalize_tag))]


class _Row(BaseModel):
    model_config = ConfigDict(extra="ignore")

    # Absent is checked like empty: a row without a date or content is refused with that field's code.
    date: Day = Field(None, validate_default=True)
    content: Content = Field(None, validate_default=True)
    source: Source = "import"
    draft: Draft = False
    id: Id = None
    created_at: Timestamp = Field(None, alias="createdAt")
    updated_at: Timestamp = Field(None, alias="updatedAt")

    def entry_metadata(self) -> WorklogMetadata:
        raise NotImplementedError

    def to_row(self, number: int) -> ImportRow:
        return ImportRow(
            number=number,
            day=self.date,
            content=self.content,
            meta=self.entry_metadata(),
            source=self.source,
            draft=self.draft,
            id=self.id,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )


class CsvRow(_Row):
    """One CSV record: every value is text; tags are separated by `;`."""

    employer: Employer = ""
    project: Project = ""
    tags: Annotated[list[str], PlainValidator(_csv_tags)] = []
    work_type: WorkType = Field("", alias="workType")
    outcome: Outcome = ""

    def entry_metadata(self) -> WorklogMetadata:
        return WorklogMetadata(self.employer, self.project, list(self.tags), self.work_type, self.outcome)


class JsonMetadata(BaseModel):
    model_config = ConfigDict(extra="ignore")

    employer: Employer = ""
    project: Project = ""
    tags: Annotated[list[Tag], BeforeValidator(_tag_list)] = []
    work_type: WorkType = Field("", alias="workType")
    outcome: Outcome = ""


class JsonRow(_Row):
    """One entry of a JSON file, metadata nested as `exportWorklogs` writes it."""

    meta: Annotated[JsonMetadata, BeforeValidator(_object)] = Field(JsonMetadata(), alias="metadata")

    def entry_metadata(self) -> WorklogMetadata:
        m = self.meta
        return WorklogMetadata(m.employer, m.project, _unique(list(m.tags)), m.work_type, m.outcome)


def _location(loc: tuple[str | int, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _read_row(model: type[_Row], number: int, record: dict[str, Any]) -> ImportRow:
    try:
        return model.model_validate(record).to_row(number)
    except ValidationError as exc:
        first = exc.errors()[0]
        code = first["type"] if first["type"].isupper() else "INVALID_ROW"
        raise row_error(number, ServiceError(code, first["msg"], _location(first["loc"]) or None)) from None


# --- files --------------------------------------------------------------------------------------


def parse_csv(text: str) -> list[ImportRow]:
    reader = csv.DictReader(io.StringIO(text, newline=""), restkey="__extra__", restval=None)
    header = reader.fieldnames or []
    missing = [name for name in ("date", "content") if name not in header]
    if missing:
        raise ServiceError(
            "INVALID_IMPORT",
            f"The CSV header must name the columns {', '.join(missing)} (expected: {', '.join(CSV_FIELDS)}).",
            "data",
        )
    rows = []
    try:
        for number, record in enumerate(reader, start=1):
            if "__extra__" in record:
                raise _bad_row(number, "the row has more fields than the header (an unquoted comma?).")
            if any(record.get(name) is None for name in header):
                raise _bad_row(number, "the row has fewer fields than the header.")
            rows.append(_read_row(CsvRow, number, record))
            if number > MAX_IMPORT_ROWS:
                raise ServiceError("IMPORT_TOO_LARGE", f"At most {MAX_IMPORT_ROWS} rows per import.", "data")
    except csv.Error as exc:
        raise ServiceError("INVALID_IMPORT", f"Row {reader.line_num}: the CSV is malformed ({exc}).", "data") from exc
    return rows


def parse_json(text: str) -> list[ImportRow]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ServiceError(
            "INVALID_IMPORT", f"The JSON is malformed at line {exc.lineno}, column {exc.colno}.", "data"
        ) from exc
    items = doc.get("worklogs") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise ServiceError("INVALID_IMPORT", 'The JSON must be a list of entries or {"worklogs": [...]}.', "data")
    if len(items) > MAX_IMPORT_ROWS:
        raise ServiceError("IMPORT_TOO_LARGE", f"At most {MAX_IMPORT_ROWS} rows per import.", "data")
    rows = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise _bad_row(number, "each entry must be an object.")
        rows.append(_read_row(JsonRow, number, item))
    return rows


def parse_import(fmt: str, text: str) -> list[ImportRow]:
    if fmt == "csv":
        return parse_csv(text)
    if fmt == "json":
        return parse_json(text)
    raise ServiceError("INVALID_FORMAT", "Import reads CSV or JSON.", "format")
