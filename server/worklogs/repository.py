"""The SQL of worklog reads: list pages (by date, or ranked by a full-text search), suggestions, export batches.

Functions here take the tenant and user to filter by as plain arguments and apply no rule of their own;
the service decides who may read what.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from tortoise import connections
from tortoise.expressions import Q

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
from server.worklogs.models import Worklog
from server.worklogs.validation import WorklogFilter

SUGGESTION_WINDOW = 500  # suggestions come from the most recent entries
SEARCH_EXACT_UP_TO = 1000  # a search counts (and ranks) every match up to this many; beyond, "1 000+"
SEARCH_RECENT_ENTRIES = 500  # a broad search also ranks the matches among this many newest entries
HIGHLIGHT_START, HIGHLIGHT_STOP = "\x01", "\x02"  # never stored: control characters are stripped from content
HEADLINE_OPTIONS = f"StartSel={HIGHLIGHT_START}, StopSel={HIGHLIGHT_STOP}, MaxWords=30, MinWords=12, MaxFragments=2"

# Columns a list query returns: everything but the search vector.
COLUMNS = (
    "id, tenant_id, user_id, date, content, source, draft, employer, project, tags, work_type, outcome, "
    "metadata_text, fingerprint, created_at, updated_at"
)


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


@dataclass
class SuggestionRow:
    kind: str  # employer, project, work_type, tag
    value: str
    uses: int
    last_used: date


def _filter_key(flt: WorklogFilter) -> str:
    raw = json.dumps([str(flt.start_date), str(flt.end_date), flt.search, flt.employer, flt.project, flt.tag])
    return hashlib.sha1(raw.encode(), usedforsecurity=False).hexdigest()[:16]


# The statements below are put together from constant fragments; every value goes in as a $n
# parameter through _Where, which is why their `noqa: S608` is safe.
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


def _row_to_worklog(row: dict[str, Any]) -> WorklogRow:
    item = WorklogRow(**row)
    item.highlight = _render_highlight(item.highlight)
    return item


def _render_highlight(raw: str | None) -> str | None:
    """HTML-safe snippet: the entry's text escaped, matches in <mark>."""
    if raw is None:
        return None
    return html.escape(raw).replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_STOP, "</mark>")


@dataclass
class WorklogPage(Page[WorklogRow]):
    """A page whose `total` is exact, or, for a broad search, a lower bound (`total_is_exact` false)."""

    total_is_exact: bool = True


async def page_worklogs(
    *,
    tenant_id: UUID | None,
    user_id: UUID | None,
    flt: WorklogFilter,
    first: int | None,
    after: str | None,
    tag: str,
    exhaustive: bool = False,
) -> WorklogPage:
    """One page of entries matching a checked filter: newest first, or best match first with a search.

    `tag` names the list, so that its cursors are refused by any other list or filter. A search ranks
    a bounded set of candidates (see `_search_page`) unless `exhaustive` (exports), which ranks every match."""
    size = clamp_first(first)
    tag = f"{tag}:{_filter_key(flt)}"
    if flt.search:
        if user_id is None or tenant_id is None:
            raise ValueError("a search is always one user's")
        return await _search_page(tenant_id, user_id, flt, size, after, tag, exhaustive)
    where = _Where()
    if flt.tag and user_id is not None:
        # The GIN index on (ARRAY[user_id], tags) finds the user's tagged entries in one scan (see _gin_scope).
        _gin_scope(where, tenant_id, user_id)
    else:
        if tenant_id is not None:
            where.add("tenant_id = ?", tenant_id)
        if user_id is not None:
            where.add("user_id = ?", user_id)
    _add_filters(where, flt)
    count_values = list(where.values)
    if flt.employer or flt.project or flt.tag:
        count_sql = f"SELECT count(*) AS n FROM worklog WHERE {where.sql}"  # noqa: S608
    else:
        # Only tenant, user and dates: the trigger-kept day counts answer without touching the entries.
        count_sql = f"SELECT coalesce(sum(n), 0)::int AS n FROM worklog_day_count WHERE {where.sql}"  # noqa: S608
    keyset = ""
    if after:
        at_date, at_created, at_id = decode_keyset_cursor(tag, after, 3)
        keyset = f" AND (date, created_at, id) < ({where.param(cursor_date(at_date))}::date, {where.param(cursor_datetime(at_created))}::timestamptz, {where.param(cursor_uuid(at_id))}::uuid)"
    limit = where.param(size + 1)
    sql = (
        f"SELECT {COLUMNS} FROM worklog WHERE {where.sql}{keyset} "  # noqa: S608
        f"ORDER BY date DESC, created_at DESC, id DESC LIMIT {limit}"
    )
    conn = connections.get("default")
    # Two pooled connections at once: the count and the page do not wait for each other.
    counted, rows = await asyncio.gather(
        conn.execute_query_dict(count_sql, count_values), conn.execute_query_dict(sql, where.values)
    )
    items = [_row_to_worklog(r) for r in rows]
    has_next = len(items) > size
    items = items[:size]
    cursors = [encode_keyset_cursor(tag, [w.date.isoformat(), w.created_at.isoformat(), str(w.id)]) for w in items]
    return WorklogPage(items=items, cursors=cursors, has_next=has_next, total=counted[0]["n"])


def _gin_scope(where: _Where, tenant_id: UUID | None, user_id: UUID) -> None:
    # The GIN indexes on (ARRAY[user_id], search / tags) find the user's hits in one scan;
    # `ARRAY[user_id] @> ARRAY[$1]` is exactly `user_id = $1`. The tenant is still checked on every
    # row, written as `(…) IS TRUE` so the planner does not AND in a btree scan of all the tenant's
    # entries (it misjudges how the conditions overlap). Casting to text for that cost 0.5 ms.
    where.add("ARRAY[user_id] @> ARRAY[?::uuid]", user_id)
    if tenant_id is not None:
        where.add("(tenant_id = ?) IS TRUE", tenant_id)


def _add_filters(where: _Where, flt: WorklogFilter, *, dates: bool = True, prefix: str = "") -> None:
    if dates and flt.start_date:
        where.add(f"{prefix}date >= ?", flt.start_date)
    if dates and flt.end_date:
        where.add(f"{prefix}date <= ?", flt.end_date)
    if flt.employer:
        where.add(f"{prefix}employer = ?", flt.employer)
    if flt.project:
        where.add(f"{prefix}project = ?", flt.project)
    if flt.tag:
        where.add(f"{prefix}tags @> ARRAY[?]::text[]", flt.tag)


async def _search_page(
    tenant_id: UUID, user_id: UUID, flt: WorklogFilter, size: int, after: str | None, tag: str, exhaustive: bool
) -> WorklogPage:
    """A page of a full-text search, best `ts_rank` first, then newest date, then id.

    Every match is read from the heap to be ranked, so ranking all of them costs what the matches
    number. The candidates ranked are instead, in one statement:
    - the first SEARCH_EXACT_UP_TO + 1 matches the GIN index yields (in table order): when there are
      no more, these are all the matches, ranked and counted exactly;
    - the matches among the SEARCH_RECENT_ENTRIES newest entries in the date range, so the most recent
      work is always a candidate however broad the search.
    Beyond the threshold `total` is SEARCH_EXACT_UP_TO and `total_is_exact` false ("1 000+").
    The keyset (rank, date, id) pages through the same candidates for as long as the log is unchanged."""
    where = _Where()
    query = where.param(flt.search)
    gin = _Where()
    gin.values = where.values
    _gin_scope(gin, tenant_id, user_id)
    _add_filters(gin, flt)
    # The query is parsed once (CTE q): under a prepared statement's generic plan an inline
    # websearch_to_tsquery($n) in ts_rank would be parsed again for every match.
    rank = "ts_rank(search, q.q)"
    if exhaustive:
        candidates = (
            f"m AS MATERIALIZED (SELECT id, date, {rank} AS rank FROM worklog, q WHERE {gin.sql} AND search @@ q.q)"  # noqa: S608
        )
        matched = "(SELECT count(*) FROM m)"
    else:
        probe_limit = gin.param(SEARCH_EXACT_UP_TO + 1)
        recent_where = _Where()
        recent_where.values = where.values
        recent_where.add("tenant_id = ?", tenant_id)
        recent_where.add("user_id = ?", user_id)
        _add_filters(recent_where, WorklogFilter(start_date=flt.start_date, end_date=flt.end_date))
        recent_limit = recent_where.param(SEARCH_RECENT_ENTRIES)
        outer = _Where()
        outer.values = where.values
        _add_filters(outer, flt, dates=False, prefix="r.")
        outer.parts.append("r.search @@ q.q")
        candidates = (
            f"probe AS MATERIALIZED (SELECT id, date, {rank} AS rank FROM worklog, q "  # noqa: S608
            f"WHERE {gin.sql} AND search @@ q.q LIMIT {probe_limit}), "
            # The newest entries first (the btree's order, stopping after the limit), then the filters.
            f"recent AS MATERIALIZED (SELECT r.id, r.date, ts_rank(r.search, q.q) AS rank FROM "
            f"(SELECT id, date, search, employer, project, tags FROM worklog WHERE {recent_where.sql} "
            f"ORDER BY date DESC, created_at DESC, id DESC LIMIT {recent_limit}) r, q WHERE {outer.sql} "
            # Only when the probe overflowed: otherwise it holds every match already (a one-time filter).
            f"AND (SELECT count(*) FROM probe) > {probe_limit} - 1), "
            f"m AS (SELECT * FROM probe UNION SELECT * FROM recent)"
        )
        matched = "(SELECT count(*) FROM probe)"
    keyset = ""
    if after:
        at_rank, at_date, at_id = decode_keyset_cursor(tag, after, 3)
        keyset = f"WHERE (rank, date, id) < ({where.param(cursor_float(at_rank))}::real, {where.param(cursor_date(at_date))}::date, {where.param(cursor_uuid(at_id))}::uuid)"
    options = where.param(HEADLINE_OPTIONS)
    limit = where.param(size + 1)
    columns = ", ".join(f"w.{c.strip()}" for c in COLUMNS.split(","))
    # The page's rows are read in full only for the page; the outer join answers the count even when
    # the page is empty (past the last match), so a search is always one statement.
    sql = (
        f"WITH q AS MATERIALIZED (SELECT websearch_to_tsquery('english', {query}) AS q), {candidates}, "  # noqa: S608
        f"p AS (SELECT id, rank FROM m {keyset} ORDER BY rank DESC, date DESC, id DESC LIMIT {limit}) "
        f"SELECT c.matched, {columns}, p.rank, "
        f"ts_headline('english', w.content, q.q, {options}) AS highlight "
        f"FROM (SELECT {matched} AS matched) c CROSS JOIN q LEFT JOIN (p JOIN worklog w ON w.id = p.id) ON TRUE "
        f"ORDER BY p.rank DESC, w.date DESC, w.id DESC"
    )
    rows = await connections.get("default").execute_query_dict(sql, where.values)
    matched_count = rows[0]["matched"]
    items = [_row_to_worklog({k: v for k, v in r.items() if k != "matched"}) for r in rows if r["id"] is not None]
    has_next = len(items) > size
    items = items[:size]
    cursors = [encode_keyset_cursor(tag, [w.rank, w.date.isoformat(), str(w.id)]) for w in items]
    exact = exhaustive or matched_count <= SEARCH_EXACT_UP_TO
    return WorklogPage(
        items=items,
        cursors=cursors,
        has_next=has_next,
        total=matched_count if exact else SEARCH_EXACT_UP_TO,
        total_is_exact=exact,
    )


async def suggestion_rows(tenant_id: UUID, user_id: UUID) -> list[SuggestionRow]:
    """Each employer, project, work type and tag among the user's most recent entries, with uses and last date."""
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
    rows = await connections.get("default").execute_query_dict(sql, [tenant_id, user_id, SUGGESTION_WINDOW])
    return [SuggestionRow(row["kind"], row["value"], row["uses"], row["last"]) for row in rows]


async def iter_worklog_batches(
    tenant_id: UUID, user_id: UUID, flt: WorklogFilter, batch: int
) -> AsyncIterator[list[Worklog]]:
    """A user's entries matching a checked filter without a search, oldest first, in batches of `batch`."""
    qs = Worklog.filter(tenant_id=tenant_id, user_id=user_id)
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
    offset_key: tuple[date, datetime, UUID] | None = None
    fields = COLUMNS.replace(" ", "").split(",")
    while True:
        page_qs = qs
        if offset_key is not None:
            d, c, i = offset_key
            page_qs = page_qs.filter(Q(date__gt=d) | Q(date=d, created_at__gt=c) | Q(date=d, created_at=c, id__gt=i))
        rows = await page_qs.order_by("date", "created_at", "id").limit(batch).only(*fields)
        if rows:
            yield rows
        if len(rows) < batch:
            return
        last = rows[-1]
        offset_key = (last.date, last.created_at, last.id)
