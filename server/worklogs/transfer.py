"""Bringing years of entries in (CSV, JSON, a git history) and taking them out (CSV, JSON, Markdown).

Imports are all or nothing: every row is checked before anything is written, and the first bad
row is refused with its number. They are idempotent: a row whose entry is already in the log
(same id, or same date, content and metadata) is skipped, so importing a file twice adds nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from uuid import UUID

from tortoise.transactions import in_transaction

from server.auth.models import User
from server.auth.scope import TenantScope
from server.errors import ServiceError
from server.worklogs.models import Worklog
from server.worklogs.service import (
    MAX_CONTENT,
    SOURCES,
    WorklogFilter,
    WorklogMetadata,
    build_worklog,
    iter_worklogs,
)

FORMATS = ("csv", "json", "markdown")
CSV_FIELDS = ["id", "date", "content", "source", "draft", "employer", "project", "tags", "workType", "outcome",
              "createdAt", "updatedAt"]
TAG_SEPARATOR = ";"
MAX_IMPORT_ROWS = 200_000
BATCH = 1000
JSON_FORMAT = "afterresume.worklogs"

Progress = Callable[[int, int], None]  # (done, total)


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


@dataclass
class ImportResult:
    created: int = 0
    skipped: int = 0
    updated: int = 0
    rows: int = 0
    created_ids: list[UUID] = field(default_factory=list)


def row_error(number: int, exc: ServiceError) -> ServiceError:
    where = f"rows[{number}]" + (f".{exc.field}" if exc.field else "")
    return ServiceError(exc.code, f"Row {number}: {exc.message}", where)


def _bad_row(number: int, message: str, code: str = "INVALID_ROW", field_name: str | None = None) -> ServiceError:
    return row_error(number, ServiceError(code, message, field_name))


def _parse_date(number: int, value: Any) -> date:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _bad_row(number, f"date {value!r} is not a date (YYYY-MM-DD).", "INVALID_DATE", "date")


def _parse_bool(number: int, value: Any, field_name: str) -> bool:
    if isinstance(value, bool):
        return value
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "false", "0", "no")):
        return False
    if isinstance(value, str) and value.strip().lower() in ("true", "1", "yes"):
        return True
    raise _bad_row(number, f"{field_name} must be true or false.", "INVALID_ROW", field_name)


def _parse_timestamp(number: int, value: Any, field_name: str) -> datetime | None:
    """An exported createdAt / updatedAt (ISO 8601; without an offset, UTC). Empty: now."""
    if value in (None, ""):
        return None
    try:
        moment = datetime.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise _bad_row(number, f"{field_name} {value!r} is not a timestamp (ISO 8601).", "INVALID_TIMESTAMP",
                       field_name) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    if moment > datetime.now(timezone.utc) + timedelta(days=1):
        raise _bad_row(number, f"{field_name} is in the future.", "INVALID_TIMESTAMP", field_name)
    return moment


def _parse_source(number: int, value: Any) -> str:
    if value in (None, ""):
        return "import"
    if value not in SOURCES:
        raise _bad_row(number, f"source must be one of: {', '.join(SOURCES)}.", "INVALID_SOURCE", "source")
    return value


def _parse_id(number: int, value: Any) -> UUID | None:
    if value in (None, ""):
        return None
    try:
        return UUID(str(value))
    except ValueError as exc:
        raise _bad_row(number, f"id {value!r} is not a valid ID.", "INVALID_ID", "id") from exc


def _text(number: int, value: Any, field_name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _bad_row(number, f"{field_name} must be text.", "INVALID_METADATA", f"metadata.{field_name}")
    return value


def parse_csv(text: str) -> list[ImportRow]:
    reader = csv.DictReader(io.StringIO(text, newline=""), restkey="__extra__", restval=None)
    header = reader.fieldnames or []
    missing = [name for name in ("date", "content") if name not in header]
    if missing:
        raise ServiceError("INVALID_IMPORT", f"The CSV header must name the columns {', '.join(missing)} "
                                             f"(expected: {', '.join(CSV_FIELDS)}).", "data")
    rows = []
    try:
        for number, record in enumerate(reader, start=1):
            if "__extra__" in record:
                raise _bad_row(number, "the row has more fields than the header (an unquoted comma?).")
            if any(record.get(name) is None for name in header):
                raise _bad_row(number, "the row has fewer fields than the header.")
            tags_raw = record.get("tags") or ""
            meta = WorklogMetadata(
                employer=record.get("employer") or "",
                project=record.get("project") or "",
                tags=[t for t in tags_raw.split(TAG_SEPARATOR) if t.strip()],
                work_type=record.get("workType") or "",
                outcome=record.get("outcome") or "",
            )
            rows.append(ImportRow(
                number=number, day=_parse_date(number, record["date"]), content=record["content"], meta=meta,
                source=_parse_source(number, record.get("source")),
                draft=_parse_bool(number, record.get("draft"), "draft"), id=_parse_id(number, record.get("id")),
                created_at=_parse_timestamp(number, record.get("createdAt"), "createdAt"),
                updated_at=_parse_timestamp(number, record.get("updatedAt"), "updatedAt"),
            ))
            if number > MAX_IMPORT_ROWS:
                raise ServiceError("IMPORT_TOO_LARGE", f"At most {MAX_IMPORT_ROWS} rows per import.", "data")
    except csv.Error as exc:
        raise ServiceError("INVALID_IMPORT", f"Row {reader.line_num}: the CSV is malformed ({exc}).", "data") from exc
    return rows


def parse_json(text: str) -> list[ImportRow]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ServiceError("INVALID_IMPORT", f"The JSON is malformed at line {exc.lineno}, column {exc.colno}.", "data") from exc
    items = doc.get("worklogs") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise ServiceError("INVALID_IMPORT", "The JSON must be a list of entries or {\"worklogs\": [...]}.", "data")
    if len(items) > MAX_IMPORT_ROWS:
        raise ServiceError("IMPORT_TOO_LARGE", f"At most {MAX_IMPORT_ROWS} rows per import.", "data")
    rows = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise _bad_row(number, "each entry must be an object.")
        meta_raw = item.get("metadata", {})
        if meta_raw is None:
            meta_raw = {}
        if not isinstance(meta_raw, dict):
            raise _bad_row(number, "metadata must be an object.", "INVALID_METADATA", "metadata")
        tags = meta_raw.get("tags", [])
        if tags is None:
            tags = []
        if not isinstance(tags, list):
            raise _bad_row(number, "metadata.tags must be a list of text.", "INVALID_METADATA", "metadata.tags")
        meta = WorklogMetadata(
            employer=_text(number, meta_raw.get("employer"), "employer"),
            project=_text(number, meta_raw.get("project"), "project"),
            tags=tags,
            work_type=_text(number, meta_raw.get("workType"), "workType"),
            outcome=_text(number, meta_raw.get("outcome"), "outcome"),
        )
        rows.append(ImportRow(
            number=number, day=_parse_date(number, item.get("date")), content=item.get("content"), meta=meta,
            source=_parse_source(number, item.get("source")), draft=_parse_bool(number, item.get("draft"), "draft"),
            id=_parse_id(number, item.get("id")),
            created_at=_parse_timestamp(number, item.get("createdAt"), "createdAt"),
            updated_at=_parse_timestamp(number, item.get("updatedAt"), "updatedAt"),
        ))
    return rows


def parse_import(fmt: str, text: str) -> list[ImportRow]:
    if fmt == "csv":
        return parse_csv(text)
    if fmt == "json":
        return parse_json(text)
    raise ServiceError("INVALID_FORMAT", "Import reads CSV or JSON.", "format")


async def import_rows(
    scope: TenantScope, actor: User, rows: list[ImportRow], *, progress: Progress | None = None
) -> ImportResult:
    """Check every row, then write the new ones in one transaction."""
    built: list[tuple[ImportRow, Worklog]] = []
    for row in rows:
        try:
            worklog = build_worklog(scope, day=row.day, content=row.content, meta=row.meta, source=row.source,
                                    draft=row.draft, fingerprint_=row.fingerprint)
        except ServiceError as exc:
            raise row_error(row.number, exc) from exc
        if row.created_at is not None or row.updated_at is not None:
            # auto_now_add keeps a value already set; with only updatedAt, the entry was written by then.
            worklog.created_at = row.created_at or row.updated_at
        if row.commits:
            worklog.source_ref = row.commits[-1][0]
        built.append((row, worklog))
    result = ImportResult(rows=len(rows))
    async with in_transaction() as conn:
        # One import per user at a time: two identical imports racing must still add each entry once.
        await conn.execute_query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [f"worklog-import:{scope.user_id}"])
        seen_fps: set[str] = set()
        seen_ids: set[UUID] = set()
        fps = list({w.fingerprint for _, w in built})
        ids = list({r.id for r, _ in built if r.id})
        for start in range(0, len(fps), 5000):
            seen_fps.update(await Worklog.filter(
                tenant_id=scope.tenant_id, user_id=scope.user_id, fingerprint__in=fps[start:start + 5000]
            ).values_list("fingerprint", flat=True))
        for start in range(0, len(ids), 5000):
            seen_ids.update(await Worklog.filter(
                tenant_id=scope.tenant_id, user_id=scope.user_id, id__in=ids[start:start + 5000]
            ).values_list("id", flat=True))
        fresh: list[Worklog] = []
        kept_updated: dict[UUID, datetime] = {}
        merges: dict[str, ImportRow] = {}
        for row, worklog in built:
            if worklog.fingerprint in seen_fps or (row.id is not None and row.id in seen_ids):
                if row.commits and worklog.fingerprint in seen_fps:
                    merges[worklog.fingerprint] = row
                else:
                    result.skipped += 1
                continue
            seen_fps.add(worklog.fingerprint)
            fresh.append(worklog)
            if row.updated_at is not None:
                kept_updated[worklog.id] = max(row.updated_at, row.created_at or row.updated_at)
        result.updated, unchanged = await _merge_into_drafts(scope, merges, conn)
        result.skipped += unchanged
        if progress:
            progress(result.skipped + result.updated, len(rows))
        for start in range(0, len(fresh), BATCH):
            chunk = fresh[start:start + BATCH]
            await Worklog.bulk_create(chunk, using_db=conn)
            result.created += len(chunk)
            if progress:
                progress(result.skipped + result.updated + result.created, len(rows))
        if kept_updated:
            # updated_at is auto_now (every save stamps it), so exported values are written afterwards.
            await conn.execute_query(
                "UPDATE worklog w SET updated_at = x.at FROM unnest($1::uuid[], $2::timestamptz[]) AS x(id, at) "
                "WHERE w.id = x.id", [list(kept_updated), list(kept_updated.values())])
        result.created_ids = [w.id for w in fresh]
    return result


async def _merge_into_drafts(scope: TenantScope, incoming: dict[str, ImportRow], conn) -> tuple[int, int]:
    """Append to each day's draft the commits made after the newest one it took; returns (updated,
    unchanged). What the user wrote in the draft stays as it is; an entry no longer a draft is left alone."""
    if not incoming:
        return 0, 0
    existing = await Worklog.filter(
        tenant_id=scope.tenant_id, user_id=scope.user_id, fingerprint__in=list(incoming)
    ).using_db(conn).select_for_update()
    updated = 0
    for entry in existing:
        commits = incoming[entry.fingerprint].commits or []
        hashes = [commit_hash for commit_hash, _ in commits]
        if not entry.draft or entry.source_ref not in hashes:
            continue  # finalised by the user, or the day's history was rewritten: not ours to change
        new = commits[hashes.index(entry.source_ref) + 1:]
        if not new:
            continue
        content = entry.content.rstrip("\n") + "\n" + "\n".join(f"- {subject}" for _, subject in new)
        if len(content) > MAX_CONTENT:
            continue  # a day this long is already summarised; never cut what the user wrote
        entry.content = content
        entry.source_ref = new[-1][0]
        await entry.save(using_db=conn, update_fields=["content", "source_ref", "updated_at"])
        updated += 1
    return updated, len(incoming) - updated


async def import_worklogs(
    scope: TenantScope, actor: User, fmt: str, text: str, *, progress: Progress | None = None
) -> ImportResult:
    """Import a CSV or JSON file written by `export_worklogs` (or by hand, same columns)."""
    return await import_rows(scope, actor, parse_import(fmt, text), progress=progress)


# --- export -------------------------------------------------------------------------------------


def _record(w: Worklog) -> dict[str, Any]:
    return {
        "id": str(w.id),
        "date": w.date.isoformat(),
        "content": w.content,
        "source": w.source,
        "draft": w.draft,
        "metadata": {"employer": w.employer, "project": w.project, "tags": list(w.tags or []),
                     "workType": w.work_type, "outcome": w.outcome},
        "createdAt": w.created_at.isoformat(),
        "updatedAt": w.updated_at.isoformat(),
    }


async def export_worklogs(scope: TenantScope, fmt: str, flt: WorklogFilter | None = None) -> str:
    """The caller's entries (optionally filtered), oldest first, as CSV, JSON or Markdown."""
    if fmt not in FORMATS:
        raise ServiceError("INVALID_FORMAT", "Export writes CSV, JSON or Markdown.", "format")
    records = [_record(w) async for w in iter_worklogs(scope, flt)]
    if fmt == "json":
        return json.dumps({"format": JSON_FORMAT, "version": 1,
                           "exportedAt": datetime.now(timezone.utc).isoformat(), "worklogs": records},
                          ensure_ascii=False, indent=1)
    if fmt == "csv":
        out = io.StringIO(newline="")
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for r in records:
            meta = r.pop("metadata")
            writer.writerow({**r, "draft": "true" if r["draft"] else "false", "employer": meta["employer"],
                             "project": meta["project"], "tags": TAG_SEPARATOR.join(meta["tags"]),
                             "workType": meta["workType"], "outcome": meta["outcome"]})
        return out.getvalue()
    return _markdown(records)


def _markdown(records: list[dict[str, Any]]) -> str:
    lines = ["# Work log", ""]
    day = None
    for r in records:
        if r["date"] != day:
            day = r["date"]
            lines += [f"## {day}", ""]
        meta = r["metadata"]
        title = " · ".join(x for x in (meta["employer"], meta["project"]) if x)
        if title:
            lines.append(f"### {title}" + (" (draft)" if r["draft"] else ""))
        lines += [r["content"], ""]
        details = []
        if meta["tags"]:
            details.append("Tags: " + ", ".join(f"`{t}`" for t in meta["tags"]))
        if meta["workType"]:
            details.append(f"Type: {meta['workType']}")
        if meta["outcome"]:
            details.append(f"Outcome: {meta['outcome']}")
        if details:
            lines += ["*" + " · ".join(details) + "*", ""]
    return "\n".join(lines).rstrip() + "\n"


# --- git ----------------------------------------------------------------------------------------


def git_rows(path: Path, *, author: str, since: date | None = None) -> list[ImportRow]:
    """A local repository's commits by `author` as draft entries: one per day, subjects as content."""
    git = shutil.which("git")
    if git is None:
        raise ServiceError("GIT_MISSING", "git is not installed on this machine.", "path")
    try:
        top = subprocess.run([git, "-C", str(path), "rev-parse", "--show-toplevel"], capture_output=True,
                             text=True, check=True, timeout=30).stdout.strip()
    except (subprocess.CalledProcessError, FileNotFoundError, NotADirectoryError) as exc:
        raise ServiceError("NOT_A_GIT_REPOSITORY", f"{path} is not a git repository.", "path") from exc
    if not author.strip():
        raise ServiceError("AUTHOR_REQUIRED", "Name the author whose commits to import (--author EMAIL).", "author")
    email = author.strip().lower()
    # Every commit's author email is compared whole: `git log --author` would match a substring
    # (da@example.com in ada@example.com) and read the pattern as a regular expression.
    cmd = [git, "-C", top, "log", "--no-merges", "--date=short", "--reverse",
           "--pretty=format:%ad%x1f%ae%x1f%H%x1f%s%x1e"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=300)
    if out.returncode != 0:
        # A repository without commits has no log; anything else is a real failure.
        if "does not have any commits" in out.stderr:
            return []
        raise ServiceError("GIT_FAILED", f"git log failed: {out.stderr.strip()[:300]}", "path")
    repo = Path(top).name
    by_day: dict[str, list[tuple[str, str]]] = {}
    for record in out.stdout.split("\x1e"):
        record = record.strip("\n")
        if not record:
            continue
        day, commit_email, commit_hash, subject = (record.split("\x1f", 3) + ["", "", ""])[:4]
        if commit_email.strip().lower() != email:
            continue
        # Filtered here, not with `git log --since`: git stops walking at the first older commit.
        if since and day < since.isoformat():
            continue
        by_day.setdefault(day, []).append((commit_hash, subject.strip() or "(no subject)"))
    identity = _repository_identity(git, top)
    rows = []
    for number, (day, commits) in enumerate(sorted(by_day.items()), start=1):
        content = _commit_list([subject for _, subject in commits])
        key = hashlib.sha256(f"git|{identity}|{email}|{day}".encode()).hexdigest()
        rows.append(ImportRow(number=number, day=_parse_date(number, day), content=content,
                              meta=WorklogMetadata(project=repo[:200]), source="git", draft=True, fingerprint=key,
                              commits=commits))
    return rows


def _repository_identity(git: str, top: str) -> str:
    """What names the repository across clones and moves: its oldest root commit.

    A shallow clone's boundary commits look like roots and move as it deepens, so there the
    repository's path names it instead."""
    def run(*args: str) -> str:
        return subprocess.run([git, "-C", top, *args], capture_output=True, text=True, check=False,
                              timeout=60).stdout.strip()

    if run("rev-parse", "--is-shallow-repository") == "true":
        return f"path:{top}"
    roots = sorted(line.split() for line in run("log", "--max-parents=0", "--format=%ct %H", "HEAD").splitlines())
    return f"root:{roots[0][1]}" if roots else f"path:{top}"


def _commit_list(subjects: list[str]) -> str:
    lines: list[str] = []
    size = 0
    for i, subject in enumerate(subjects):
        line = f"- {subject}"
        if size + len(line) + 40 > MAX_CONTENT:
            lines.append(f"- … and {len(subjects) - i} more commits")
            break
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)
