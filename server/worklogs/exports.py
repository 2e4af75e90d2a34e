"""Taking entries out: the caller's log (optionally filtered) as CSV, JSON or Markdown, oldest first."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import Any

from server.auth.scope import TenantScope
from server.errors import ServiceError
from server.worklogs.formats import CSV_FIELDS, FORMATS, JSON_FORMAT, TAG_SEPARATOR
from server.worklogs.models import Worklog
from server.worklogs.repository import WorklogRow
from server.worklogs.service import iter_worklogs
from server.worklogs.validation import WorklogFilter


def _record(w: Worklog | WorklogRow) -> dict[str, Any]:
    return {
        "id": str(w.id),
        "date": w.date.isoformat(),
        "content": w.content,
        "source": w.source,
        "draft": w.draft,
        "metadata": {
            "employer": w.employer,
            "project": w.project,
            "tags": list(w.tags or []),
            "workType": w.work_type,
            "outcome": w.outcome,
        },
        "createdAt": w.created_at.isoformat(),
        "updatedAt": w.updated_at.isoformat(),
    }


async def export_worklogs(scope: TenantScope, fmt: str, flt: WorklogFilter | None = None) -> str:
    """The caller's entries (optionally filtered), oldest first, as CSV, JSON or Markdown."""
    if fmt not in FORMATS:
        raise ServiceError("INVALID_FORMAT", "Export writes CSV, JSON or Markdown.", "format")
    records = [_record(w) async for w in iter_worklogs(scope, flt)]
    if fmt == "json":
        return json.dumps(
            {"format": JSON_FORMAT, "version": 1, "exportedAt": datetime.now(UTC).isoformat(), "worklogs": records},
            ensure_ascii=False,
            indent=1,
        )
    if fmt == "csv":
        out = io.StringIO(newline="")
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for r in records:
            meta = r.pop("metadata")
            writer.writerow(
                {
                    **r,
                    "draft": "true" if r["draft"] else "false",
                    "employer": meta["employer"],
                    "project": meta["project"],
                    "tags": TAG_SEPARATOR.join(meta["tags"]),
                    "workType": meta["workType"],
                    "outcome": meta["outcome"],
                }
            )
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
