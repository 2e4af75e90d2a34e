"""Engagement from `user_activity` (a row per user per day with an authenticated request) and signups:
DAU/WAU/MAU at the window's last day, activation of the window's signups within 7 days, and weekly
signup cohorts' retention in their weeks 1, 4 and 12."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from tortoise import Tortoise

from server.metrics.window import Window

RETENTION_WEEKS = (1, 4, 12)
ACTIVATION_DAYS = 7

ON_PLAN = "($4::text IS NULL OR {col} IN (SELECT tenant_id FROM subscription WHERE plan = $4))"

ACTIVE = f"""
SELECT count(DISTINCT user_id) FILTER (WHERE day = $2) AS dau,
       count(DISTINCT user_id) FILTER (WHERE day > $2 - 7) AS wau,
       count(DISTINCT user_id) AS mau
FROM user_activity
WHERE day > $2 - 30 AND day <= $2 AND $1::date IS NOT NULL
  AND ($3::uuid IS NULL OR tenant_id = $3) AND {ON_PLAN.format(col="tenant_id")}
"""  # noqa: S608 - constants only

COHORT = f"""
SELECT u.id, p.tenant_id, u.date_joined, date_trunc('week', u.date_joined AT TIME ZONE 'UTC')::date AS week
FROM "user" u JOIN profile p ON p.user_id = u.id
WHERE u.date_joined >= $1 AND u.date_joined < $2
  AND ($3::uuid IS NULL OR p.tenant_id = $3) AND {ON_PLAN.format(col="p.tenant_id")}
"""  # noqa: S608 - constants only

ACTIVATION = f"""
WITH cohort AS ({COHORT}), done AS MATERIALIZED (  -- each EXISTS once, not again for "any"
  SELECT c.id,
    EXISTS (SELECT 1 FROM worklog w WHERE w.tenant_id = c.tenant_id AND w.user_id = c.id
            AND w.created_at < c.date_joined + interval '{ACTIVATION_DAYS} days') AS entry,
    EXISTS (SELECT 1 FROM worklog w JOIN evidence e ON e.worklog_id = w.id
            WHERE w.tenant_id = c.tenant_id AND w.user_id = c.id
            AND e.created_at < c.date_joined + interval '{ACTIVATION_DAYS} days') AS evidence,
    EXISTS (SELECT 1 FROM job j WHERE j.tenant_id = c.tenant_id AND j.user_id = c.id AND j.status = 'success'
            AND j.queued_at < c.date_joined + interval '{ACTIVATION_DAYS} days') AS report
  FROM cohort c
)
SELECT count(*) AS signups, count(*) FILTER (WHERE entry) AS entry, count(*) FILTER (WHERE evidence) AS evidence,
       count(*) FILTER (WHERE report) AS report, count(*) FILTER (WHERE entry OR evidence OR report) AS any
FROM done
"""  # noqa: S608 - constants only

RETENTION = f"""
WITH cohort AS ({COHORT})
SELECT c.week, count(*) AS size,
  {
    ", ".join(
        f"count(*) FILTER (WHERE EXISTS (SELECT 1 FROM user_activity a WHERE a.user_id = c.id "
        f"AND a.day >= c.week + {7 * k} AND a.day < c.week + {7 * k + 7})) AS week{k}"
        for k in RETENTION_WEEKS
    )
}
FROM cohort c GROUP BY c.week ORDER BY c.week
"""  # noqa: S608 - constants only


@dataclass
class Cohort:
    week_start: date
    size: int
    active: dict[int, int | None]  # week number -> users active in it; None: the week starts after the window


@dataclass
class Engagement:
    dau: int = 0
    wau: int = 0
    mau: int = 0
    dau_mau: float | None = None
    signups: int = 0
    activated_entry: int = 0
    activated_evidence: int = 0
    activated_report: int = 0
    activated_any: int = 0
    activation_rate: float | None = None
    cohorts: list[Cohort] = field(default_factory=list)


async def engagement(window: Window) -> Engagement:
    conn = Tortoise.get_connection("default")
    args = [window.starts_at, window.ends_at, window.tenant_id, window.plan]
    active = (await conn.execute_query_dict(ACTIVE, [window.start, window.end, window.tenant_id, window.plan]))[0]
    activation = (await conn.execute_query_dict(ACTIVATION, args))[0]
    found = Engagement(
        dau=int(active["dau"]),
        wau=int(active["wau"]),
        mau=int(active["mau"]),
        signups=int(activation["signups"]),
        activated_entry=int(activation["entry"]),
        activated_evidence=int(activation["evidence"]),
        activated_report=int(activation["report"]),
        activated_any=int(activation["any"]),
    )
    found.dau_mau = found.dau / found.mau if found.mau else None
    found.activation_rate = found.activated_any / found.signups if found.signups else None
    for row in await conn.execute_query_dict(RETENTION, args):
        week: date = row["week"]
        found.cohorts.append(
            Cohort(
                week_start=week,
                size=int(row["size"]),
                active={
                    k: (int(row[f"week{k}"]) if week + timedelta(days=7 * k) <= window.end else None)
                    for k in RETENTION_WEEKS
                },
            )
        )
    return found
