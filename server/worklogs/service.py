"""Worklogs: capture, edit, delete, find (filters, ranked full-text search) and suggestions.

Every function takes the caller's TenantScope and filters by tenant and user: an entry is
private to the person who wrote it. Staff reads across tenants are the `..._for_staff` ones.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import json
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any
from uuid import UUID

from tortoise import connections
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from server.auth.models import User
from server.auth.scope import TenantScope
from server.errors import NotFound, ServiceError
from server.evidence.models import Evidence
from server.pagination import (
    Page,
    clamp_first,
    cursor_date,
    cursor_datetime,
    cursor_float,
    cursor_uuid,
    decode_keyset_cursor,
    encode_keyset_cursor,
)
from server.storage import Storage
from server.worklogs.models import Worklog

log = logging.getLogger(__name__)

SOURCES = ("manual", "import", "git", "api")
MAX_CONTENT = 20_000
MAX_TAGS = 50
MAX_TAG = 50
MAX_NAME = 200  # employer, project
MAX_WORK_TYPE = 50
MAX_OUTCOME = 2_000
MAX_SEARCH = 200
FUTURE_GRACE = timedelta(days=1)  # time zones ahead of UTC are already "tomorrow"
SUGGESTION_WINDOW = 500  # suggestions come from the most recent entries
SUGGESTIONS_PER_KIND = 10

TAG_RE = re.compile(r"^[^\W_][\w .+#/&-]*$")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
HIGHLIGHT_START, HIGHLIGHT_STOP = "\x01", "\x02"  # never stored: control characters are stripped from content
HEADLINE_OPTIONS = f"StartSel={HIGHLIGHT_START}, StopSel={HIGHLIGHT_STOP}, MaxWords=30, MinWords=12, MaxFragments=2"

# Columns a list query returns: everything but the search vector.
COLUMNS = ("id, tenant_id, user_id, date, content, source, draft, employer, project, tags, work_type, outcome, "
           "metadata_text, fingerprint, created_at, updated_at")


def today() -> date:
    return datetime.now(timezone.utc).date()


@dataclass
class WorklogMetadata:
    employer: str = ""
    project: str = ""
    tags: list[str] = field(default_factory=list)
    work_type: str = ""
    outcome: str = ""


@dataclass
class MetadataPatch:
    """Metadata fields to change; None keeps the stored value."""

    employer: str | None = None
    project: str | None = None
    tags: list[str] | None = None
    work_type: str | None = None
    outcome: str | None = None


@dataclass
class WorklogPatch:
    date: date | None = None
    content: str | None = None
    draft: bool | None = None
    metadata: MetadataPatch | None = None


@dataclass
class WorklogFilter:
    start_date: date | None = None
    end_date: date | None = None
    search: str | None = None
    employer: str | None = None
    project: str | None = None
    tag: str | None = None


@dataclass
class Suggestion:
    value: str
    uses: int
    last_used: date


@dataclass
class Suggestions:
    employers: list[Suggestion]
    projects: list[Suggestion]
    tags: list[Suggestion]
    work_types: list[Suggestion]


# --- validation -------------------------------------------------------------------------------


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


def _check_line(value: Any, limit: int, field_name: str, label: str) -> str:
    if not isinstance(value, str):
        raise ServiceError("INVALID_METADATA", f"{label} must be text.", field_name)
    value = " ".join(clean_text(value).split())
    if len(value) > limit:
        raise ServiceError("INVALID_METADATA", f"{label} must be at most {limit} characters.", field_name)
    return value


def check_metadata(meta: WorklogMetadata) -> WorklogMetadata:
    outcome = meta.outcome
    if not isinstance(outcome, str):
        raise ServiceError("INVALID_METADATA", "Outcome must be text.", "metadata.outcome")
    outcome = clean_text(outcome).strip()
    if len(outcome) > MAX_OUTCOME:
        raise ServiceError("INVALID_METADATA", f"Outcome must be at most {MAX_OUTCOME} characters.", "metadata.outcome")
    return WorklogMetadata(
        employer=_check_line(meta.employer, MAX_NAME, "metadata.employer", "Employer"),
        project=_check_line(meta.project, MAX_NAME, "metadata.project", "Project"),
        tags=check_tags(meta.tags),
        work_type=_check_line(meta.work_type, MAX_WORK_TYPE, "metadata.workType", "Work type"),
        outcome=outcome,
    )


def check_source(value: str) -> str:
    if value not in SOURCES:
        raise ServiceError("INVALID_SOURCE", f"Source must be one of: {', '.join(SOURCES)}.", "source")
    return value


def metadata_text(meta: WorklogMetadata) -> str:
    return "\n".join(x for x in (meta.employer, meta.project, " ".join(meta.tags), meta.work_type, meta.outcome) if x)


def fingerprint(day: date, content: str, meta: WorklogMetadata) -> str:
    """What makes two entries the same entry for an import."""
    raw = json.dumps([day.isoformat(), content, meta.employer, meta.project, sorted(meta.tags), meta.work_type,
                      meta.outcome], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode()).hexdigest()


def metadata_of(worklog: Worklog) -> WorklogMetadata:
    return WorklogMetadata(worklog.employer, worklog.project, list(worklog.tags or []), worklog.work_type, worklog.outcome)


def _apply(worklog: Worklog, meta: WorklogMetadata) -> None:
    worklog.employer = meta.employer
    worklog.project = meta.project
    worklog.tags = meta.tags
    worklog.work_type = meta.work_type
    worklog.outcome = meta.outcome
    worklog.metadata_text = metadata_text(meta)


def build_worklog(
    scope: TenantScope, *, day: date, content: str, meta: WorklogMetadata, source: str, draft: bool,
    fingerprint_: str | None = None,
) -> Worklog:
    """A validated, unsaved entry of the caller (imports save many at once)."""
    day = check_date(day)
    content = check_content(content)
    meta = check_metadata(meta)
    worklog = Worklog(
        tenant_id=scope.tenant_id,
        user_id=scope.user_id,
        date=day,
        content=content,
        source=check_source(source),
        draft=bool(draft),
        fingerprint=fingerprint_ or fingerprint(day, content, meta),
    )
    _apply(worklog, meta)
    return worklog


# --- writes -----------------------------------------------------------------------------------


async def create_worklog(
    scope: TenantScope, actor: User, *, day: date, content: str, meta: WorklogMetadata,
    source: str = "manual", draft: bool = False,
) -> Worklog:
    """Capture one entry for the caller."""
    worklog = build_worklog(scope, day=day, content=content, meta=meta, source=source, draft=draft)
    await worklog.save()
    return worklog


async def get_worklog(scope: TenantScope, worklog_id: UUID) -> Worklog:
    worklog = await Worklog.get_or_none(id=worklog_id, tenant_id=scope.tenant_id, user_id=scope.user_id)
    if worklog is None:
        raise NotFound("Worklog")
    return worklog


async def update_worklog(scope: TenantScope, actor: User, worklog_id: UUID, patch: WorklogPatch) -> Worklog:
    """Change the given fields of one of the caller's entries; the rest stays as it was."""
    async with in_transaction():
        worklog = await Worklog.select_for_update().get_or_none(
            id=worklog_id, tenant_id=scope.tenant_id, user_id=scope.user_id
        )
        if worklog is None:
            raise NotFound("Worklog")
        if patch.date is not None:
            worklog.date = check_date(patch.date)
        if patch.content is not None:
            worklog.content = check_content(patch.content)
        if patch.draft is not None:
            worklog.draft = patch.draft
        if patch.metadata is not None:
            current = metadata_of(worklog)
            given = patch.metadata
            meta = check_metadata(WorklogMetadata(
                employer=current.employer if given.employer is None else given.employer,
                project=current.project if given.project is None else given.project,
                tags=current.tags if given.tags is None else given.tags,
                work_type=current.work_type if given.work_type is None else given.work_type,
                outcome=current.outcome if given.outcome is None else given.outcome,
            ))
            _apply(worklog, meta)
        await worklog.save()
    return worklog


async def delete_worklog(scope: TenantScope, actor: User, worklog_id: UUID, *, storage: Storage) -> UUID:
    """Delete one of the caller's entries with its evidence rows, then the evidence objects."""
    async with in_transaction():
        worklog = await Worklog.select_for_update().get_or_none(
            id=worklog_id, tenant_id=scope.tenant_id, user_id=scope.user_id
        )
        if worklog is None:
            raise NotFound("Worklog")
        keys = await Evidence.filter(worklog_id=worklog.id, tenant_id=scope.tenant_id).values_list("object_key", flat=True)
        await Evidence.filter(worklog_id=worklog.id).delete()
        await worklog.delete()
    await delete_objects(storage, keys)
    return worklog_id


async def delete_objects(storage: Storage, keys: list[str]) -> None:
    """Best effort once the rows are gone: a leftover object shows up in the integrity report."""
    for key in keys:
        try:
            await storage.delete(key)
        except Exception:  # storage outage must not undo a committed delete
            log.warning("could not delete object %s; check-integrity will find it", key, exc_info=True)


# --- reads ------------------------------------------------------------------------------------


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
                raise ServiceError("INVALID_FILTER", f"{name} filter must be 1-{MAX_NAME} characters.", f"filter.{name}")
            setattr(out, name, value)
    if flt.tag is not None:
        out.tag = normalize_tag(flt.tag, "filter.tag")
    return out


def _filter_key(flt: WorklogFilter) -> str:
    raw = json.dumps([str(flt.start_date), str(flt.end_date), flt.search, flt.employer, flt.project, flt.tag])
    return hashlib.sha1(raw.encode()).hexdigest()[:16]


class _Where:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.values: list[Any] = []

    def add(self, sql: str, *values: Any) -> None:
        # `?` marks each value; numbered here so parts can be combined freely.
        for value in values:
            self.values.append(value)
            sql = sql.replace("?", f"${len(self.values)}", 1)
        self.parts.append(sql)

    def param(self, value: Any) -> str:
        self.values.append(value)
        return f"${len(self.values)}"

    @property
    def sql(self) -> str:
        return " AND ".join(self.parts) if self.parts else "TRUE"


@dataclass(slots=True)
class WorklogRow:
    """An entry as a list query reads it (no ORM object: pages are hot), with its search rank and snippet."""

    id: UUID
    tenant_id: UUID
    user_id: UUID
    date: date
    content: str
    source: str
    draft: bool
    employer: str
    project: str
    tags: list[str]
    work_type: str
    outcome: str
    metadata_text: str
    fingerprint: str
    created_at: datetime
    updated_at: datetime
    rank: float | None = None
    highlight: str | None = None


def _row_to_worklog(row: dict) -> WorklogRow:
    item = WorklogRow(**row)
    item.highlight = _render_highlight(item.highlight)
    return item


def _render_highlight(raw: str | None) -> str | None:
    """HTML-safe snippet: the entry's text escaped, matches in <mark>."""
    if raw is None:
        return None
    return html.escape(raw).replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_STOP, "</mark>")


async def _page(
    *, tenant_id: UUID | None, user_id: UUID | None, flt: WorklogFilter, first: int | None, after: str | None, tag: str
) -> Page[WorklogRow]:
    size = clamp_first(first)
    tag = f"{tag}:{_filter_key(flt)}"
    where = _Where()
    by_gin = user_id is not None and bool(flt.search or flt.tag)
    if by_gin:
        # The GIN indexes on (ARRAY[user_id], search / tags) find the user's hits in one scan;
        # `ARRAY[user_id] @> ARRAY[$1]` is exactly `user_id = $1`. The tenant is still checked on every
        # row, written as `(…) IS TRUE` so the planner does not AND in a btree scan of all the tenant's
        # entries (it misjudges how the conditions overlap). Casting to text for that cost 0.5 ms.
        where.add("ARRAY[user_id] @> ARRAY[?::uuid]", user_id)
        if tenant_id is not None:
            where.add("(tenant_id = ?) IS TRUE", tenant_id)
    else:
        if tenant_id is not None:
            where.add("tenant_id = ?", tenant_id)
        if user_id is not None:
            where.add("user_id = ?", user_id)
    if flt.start_date:
        where.add("date >= ?", flt.start_date)
    if flt.end_date:
        where.add("date <= ?", flt.end_date)
    if flt.employer:
        where.add("employer = ?", flt.employer)
    if flt.project:
        where.add("project = ?", flt.project)
    if flt.tag:
        where.add("tags @> ARRAY[?]::text[]", flt.tag)
    query_param = None
    if flt.search:
        query_param = where.param(flt.search)
        where.parts.append(f"search @@ websearch_to_tsquery('english', {query_param})")
    count_sql = f"SELECT count(*) AS n FROM worklog WHERE {where.sql}"
    if query_param:
        # The page parses the query once (CTE q): a prepared statement runs a generic plan, where an inline
        # websearch_to_tsquery($n) in ts_rank would be parsed again for every match.
        where.parts[-1] = "search @@ q.q"
    count_values = list(where.values)
    if not (flt.employer or flt.project or flt.tag or flt.search):
        # Only tenant, user and dates: the trigger-kept day counts answer without touching the entries.
        count_sql = f"SELECT coalesce(sum(n), 0)::int AS n FROM worklog_day_count WHERE {where.sql}"

    conn = connections.get("default")
    if query_param:
        # One pass over the matches ranks them and counts them; only the page's rows are read in full.
        rank = "ts_rank(search, q.q)"
        keyset = ""
        if after:
            at_rank, at_date, at_id = decode_keyset_cursor(tag, after, 3)
            keyset = "WHERE (rank, date, id) < ({}::real, {}::date, {}::uuid)".format(
                where.param(cursor_float(at_rank)), where.param(cursor_date(at_date)), where.param(cursor_uuid(at_id)))
        options = where.param(HEADLINE_OPTIONS)
        limit = where.param(size + 1)
        columns = ", ".join(f"w.{c.strip()}" for c in COLUMNS.split(","))
        sql = (
            f"WITH q AS MATERIALIZED (SELECT websearch_to_tsquery('english', {query_param}) AS q), "
            f"m AS MATERIALIZED (SELECT id, date, {rank} AS rank FROM worklog, q WHERE {where.sql}), "
            f"p AS (SELECT id, rank FROM m {keyset} ORDER BY rank DESC, date DESC, id DESC LIMIT {limit}) "
            f"SELECT {columns}, p.rank, (SELECT count(*) FROM m) AS total, "
            f"ts_headline('english', w.content, q.q, {options}) AS highlight "
            f"FROM p JOIN worklog w ON w.id = p.id CROSS JOIN q ORDER BY p.rank DESC, w.date DESC, w.id DESC"
        )
        rows = await conn.execute_query_dict(sql, where.values)
        if rows:
            total = rows[0]["total"]
        else:
            total = (await conn.execute_query_dict(count_sql, count_values))[0]["n"]
        for row in rows:
            del row["total"]
    else:
        keyset = ""
        if after:
            at_date, at_created, at_id = decode_keyset_cursor(tag, after, 3)
            keyset = " AND (date, created_at, id) < ({}::date, {}::timestamptz, {}::uuid)".format(
                where.param(cursor_date(at_date)), where.param(cursor_datetime(at_created)), where.param(cursor_uuid(at_id)))
        limit = where.param(size + 1)
        sql = (f"SELECT {COLUMNS} FROM worklog WHERE {where.sql}{keyset} "
               f"ORDER BY date DESC, created_at DESC, id DESC LIMIT {limit}")
        # Two pooled connections at once: the count and the page do not wait for each other.
        counted, rows = await asyncio.gather(
            conn.execute_query_dict(count_sql, count_values), conn.execute_query_dict(sql, where.values)
        )
        total = counted[0]["n"]
    items = [_row_to_worklog(r) for r in rows]
    has_next = len(items) > size
    items = items[:size]
    if query_param:
        cursors = [encode_keyset_cursor(tag, [w.rank, w.date.isoformat(), str(w.id)]) for w in items]
    else:
        cursors = [encode_keyset_cursor(tag, [w.date.isoformat(), w.created_at.isoformat(), str(w.id)]) for w in items]
    return Page(items=items, cursors=cursors, has_next=has_next, total=total)


async def list_worklogs(
    scope: TenantScope, *, flt: WorklogFilter | None, first: int | None, after: str | None
) -> Page[WorklogRow]:
    """The caller's entries, newest date first; with `search`, best match first with highlighted snippets."""
    return await _page(tenant_id=scope.tenant_id, user_id=scope.user_id, flt=check_filter(flt),
                       first=first, after=after, tag="worklogs")


async def list_worklogs_for_staff(
    *, user_id: UUID | None, tenant_id: UUID | None, first: int | None, after: str | None
) -> Page[WorklogRow]:
    """Any tenant's entries, for operators."""
    return await _page(tenant_id=tenant_id, user_id=user_id, flt=WorklogFilter(), first=first, after=after,
                       tag=f"admin-worklogs:{tenant_id}:{user_id}")


async def worklog_suggestions(scope: TenantScope) -> Suggestions:
    """The caller's most used values among their recent entries, for the quick-add form."""
    sql = """
    WITH recent AS (
        SELECT employer, project, tags, work_type, date FROM worklog
        WHERE tenant_id = $1 AND user_id = $2 ORDER BY date DESC, created_at DESC LIMIT $3
    )
    SELECT 'employer' AS kind, employer AS value, count(*) AS uses, max(date) AS last FROM recent
        WHERE employer <> '' GROUP BY employer
    UNION ALL SELECT 'project', project, count(*), max(date) FROM recent WHERE project <> '' GROUP BY project
    UNION ALL SELECT 'work_type', work_type, count(*), max(date) FROM recent WHERE work_type <> '' GROUP BY work_type
    UNION ALL SELECT 'tag', t, count(*), max(date) FROM recent, unnest(tags) AS t GROUP BY t
    """
    rows = await connections.get("default").execute_query_dict(sql, [scope.tenant_id, scope.user_id, SUGGESTION_WINDOW])
    kinds: dict[str, list[Suggestion]] = {"employer": [], "project": [], "work_type": [], "tag": []}
    for row in rows:
        kinds[row["kind"]].append(Suggestion(row["value"], row["uses"], row["last"]))
    for items in kinds.values():
        items.sort(key=lambda s: (-s.uses, -s.last_used.toordinal(), s.value))
        del items[SUGGESTIONS_PER_KIND:]
    return Suggestions(kinds["employer"], kinds["project"], kinds["tag"], kinds["work_type"])


async def iter_worklogs(scope: TenantScope, flt: WorklogFilter | None = None, batch: int = 1000):
    """All the caller's matching entries, oldest first, in batches (exports)."""
    flt = check_filter(flt)
    qs = Worklog.filter(tenant_id=scope.tenant_id, user_id=scope.user_id)
    if flt.start_date:
        qs = qs.filter(date__gte=flt.start_date)
    if flt.end_date:
        qs = qs.filter(date__lte=flt.end_date)
    if flt.employer:
        qs = qs.filter(employer=flt.employer)
    if flt.project:
        qs = qs.filter(project=flt.project)
    if flt.tag:
        qs = qs.filter(tags__contains=[flt.tag])
    if flt.search:
        page_after = None
        while True:
            page = await _page(tenant_id=scope.tenant_id, user_id=scope.user_id, flt=flt, first=100,
                               after=page_after, tag="worklogs-export")
            for item in page.items:
                yield item
            if not page.has_next:
                return
            page_after = page.end_cursor
    offset_key: tuple | None = None
    fields = COLUMNS.replace(" ", "").split(",")
    while True:
        page_qs = qs
        if offset_key is not None:
            d, c, i = offset_key
            page_qs = page_qs.filter(Q(date__gt=d) | Q(date=d, created_at__gt=c) | Q(date=d, created_at=c, id__gt=i))
        rows = await page_qs.order_by("date", "created_at", "id").limit(batch).only(*fields)
        for row in rows:
            yield row
        if len(rows) < batch:
            return
        last = rows[-1]
        offset_key = (last.date, last.created_at, last.id)


# --- moving and staff reads --------------------------------------------------------------------


async def move_worklogs_of_user(user_id: UUID, old_tenant_id: UUID, new_tenant_id: UUID) -> dict[str, int]:
    """TENANT_DATA_MOVERS entry: the user's entries and their evidence follow them to the new tenant."""
    moved = await Worklog.filter(user_id=user_id, tenant_id=old_tenant_id).update(tenant_id=new_tenant_id)
    evidence = await Evidence.filter(worklog__user_id=user_id, tenant_id=old_tenant_id).values_list("id", flat=True)
    if evidence:
        await Evidence.filter(id__in=evidence).update(tenant_id=new_tenant_id)
    return {"worklogs": moved, "evidence": len(evidence)}
