"""Prepaid credit (the reserve) over a window, from the ledger: what customers bought, what jobs
consumed, promotional credit granted and expired, and what is still owed to customers at the end."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise import Tortoise

from server.metrics.window import Window

# Tenants on the plan filter: those whose subscription is (now) on that plan.
TENANTS_ON_PLAN = "($4::text IS NULL OR {col} IN (SELECT tenant_id FROM subscription WHERE plan = $4))"

MOVEMENTS = f"""
SELECT
  count(*) FILTER (WHERE type = 'credit' AND stripe_reference IS NOT NULL) AS topups,
  COALESCE(sum(amount_cents) FILTER (WHERE type = 'credit' AND stripe_reference IS NOT NULL), 0) AS topup_cents,
  COALESCE(-sum(amount_cents) FILTER (WHERE type = 'debit' AND job_id IS NOT NULL), 0) AS consumed_cents,
  COALESCE(-sum(amount_cents) FILTER (WHERE type = 'expiry'), 0) AS expired_cents
FROM ledger_entry
WHERE created_at >= $1 AND created_at < $2 AND ($3::uuid IS NULL OR tenant_id = $3)
  AND {TENANTS_ON_PLAN.format(col="tenant_id")}
"""  # noqa: S608 - constants only

PROMOTIONAL = f"""
SELECT COALESCE(sum(g.original_cents), 0) AS granted_cents
FROM credit_grant g JOIN reserve_account a ON a.id = g.account_id
WHERE g.kind = 'promotional' AND g.created_at >= $1 AND g.created_at < $2
  AND ($3::uuid IS NULL OR a.tenant_id = $3) AND {TENANTS_ON_PLAN.format(col="a.tenant_id")}
"""  # noqa: S608 - constants only

OUTSTANDING = f"""
WITH last AS (
  SELECT DISTINCT ON (account_id) account_id, balance_after_cents
  FROM ledger_entry
  WHERE created_at < $2 AND ($3::uuid IS NULL OR tenant_id = $3) AND {TENANTS_ON_PLAN.format(col="tenant_id")}
  ORDER BY account_id, created_at DESC
), held AS (
  SELECT account_id, -sum(amount_cents) AS cents FROM ledger_entry
  WHERE created_at < $2 AND type IN ('hold', 'release') AND ($3::uuid IS NULL OR tenant_id = $3)
  GROUP BY account_id
)
SELECT COALESCE(sum(GREATEST(0, last.balance_after_cents + COALESCE(held.cents, 0))), 0) AS cents,
       count(*) FILTER (WHERE last.balance_after_cents + COALESCE(held.cents, 0) > 0) AS accounts
FROM last LEFT JOIN held USING (account_id)
WHERE $1::timestamptz IS NOT NULL
"""  # noqa: S608 - constants only


@dataclass
class Credit:
    topups: int = 0
    topup_cents: int = 0
    consumed_by_jobs_cents: int = 0
    promotional_granted_cents: int = 0
    promotional_expired_cents: int = 0
    outstanding_cents: int = 0
    accounts_in_credit: int = 0


async def credit(window: Window) -> Credit:
    conn = Tortoise.get_connection("default")
    args = [window.starts_at, window.ends_at, window.tenant_id, window.plan]
    moved = (await conn.execute_query_dict(MOVEMENTS, args))[0]
    promo = (await conn.execute_query_dict(PROMOTIONAL, args))[0]
    owed = (await conn.execute_query_dict(OUTSTANDING, args))[0]
    return Credit(
        topups=int(moved["topups"]),
        topup_cents=int(moved["topup_cents"]),
        consumed_by_jobs_cents=int(moved["consumed_cents"]),
        promotional_granted_cents=int(promo["granted_cents"]),
        promotional_expired_cents=int(moved["expired_cents"]),
        outstanding_cents=int(owed["cents"]),
        accounts_in_credit=int(owed["accounts"]),
    )
