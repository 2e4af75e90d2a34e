"""Subscription revenue from the subscription history (server.metrics.history): MRR at any instant,
ChartMogul's MRR movements over a window, churn, retention, subscriptions by status and failed payments.

MRR counts subscriptions that are `active` or `past_due` with a positive monthly amount (trials and free
plans are not revenue); a customer is a tenant. Movements compare each customer's MRR at the window's
start with its MRR at its end, so start MRR + movements = end MRR exactly.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tortoise import Tortoise

from server.metrics.window import Window

PAYING = frozenset({"active", "past_due"})
STATUSES = ("active", "trialing", "past_due", "canceled")

HISTORY = """
SELECT subscription_id, customer, status, plan, monthly_amount_cents, at
FROM subscription_change
WHERE at < $1 AND ($2::uuid IS NULL OR tenant_id = $2)
ORDER BY at, created_at
"""

FAILED_PAYMENTS = """
SELECT count(*) AS n FROM payment_failure f JOIN subscription s ON s.id = f.subscription_id
WHERE f.at >= $1 AND f.at < $2 AND ($3::uuid IS NULL OR f.tenant_id = $3) AND ($4::text IS NULL OR s.plan = $4)
"""


@dataclass
class History:
    """Every recorded state up to some instant, oldest first."""

    rows: list[dict[str, Any]]
    plan: str | None

    def paying(self, row: dict[str, Any]) -> bool:
        return (
            row["status"] in PAYING
            and row["monthly_amount_cents"] > 0
            and (self.plan is None or row["plan"] == self.plan)
        )

    def states_at(self, instants: list[datetime]) -> list[dict[Any, dict[str, Any]]]:
        """Each subscription's state at each instant (the newest state recorded before it)."""
        out: list[dict[Any, dict[str, Any]]] = []
        current: dict[Any, dict[str, Any]] = {}
        i = 0
        for moment in instants:
            while i < len(self.rows) and self.rows[i]["at"] < moment:
                current[self.rows[i]["subscription_id"]] = self.rows[i]
                i += 1
            out.append(dict(current))
        return out

    def mrr_by_customer(self, states: dict[Any, dict[str, Any]]) -> dict[str, int]:
        mrr: dict[str, int] = defaultdict(int)
        for row in states.values():
            if self.paying(row):
                mrr[row["customer"]] += row["monthly_amount_cents"]
        return dict(mrr)

    def ever_paying_before(self, moment: datetime) -> set[str]:
        return {r["customer"] for r in self.rows if r["at"] < moment and self.paying(r)}


async def load_history(until: datetime, window: Window) -> History:
    rows = await Tortoise.get_connection("default").execute_query_dict(HISTORY, [until, window.tenant_id])
    return History(rows, window.plan)


@dataclass
class Revenue:
    start_mrr_cents: int = 0
    mrr_cents: int = 0
    arr_cents: int = 0
    arpa_cents: int = 0
    customers_at_start: int = 0
    paying_customers: int = 0
    new_cents: int = 0
    expansion_cents: int = 0
    contraction_cents: int = 0
    churned_cents: int = 0
    reactivation_cents: int = 0
    new_customers: int = 0
    expansion_customers: int = 0
    contraction_customers: int = 0
    churned_customers: int = 0
    reactivated_customers: int = 0
    customer_churn_rate: float | None = None
    revenue_churn_rate: float | None = None
    net_revenue_retention: float | None = None
    gross_revenue_retention: float | None = None
    subscriptions_by_status: dict[str, int] = field(default_factory=dict)
    failed_payments: int = 0

    @property
    def net_movement_cents(self) -> int:
        return (
            self.new_cents
            + self.expansion_cents
            + self.contraction_cents
            + self.churned_cents
            + self.reactivation_cents
        )


def movements(history: History, window: Window) -> Revenue:
    at_start, at_end = history.states_at([window.starts_at, window.ends_at])
    start, end = history.mrr_by_customer(at_start), history.mrr_by_customer(at_end)
    before = history.ever_paying_before(window.starts_at)
    r = Revenue(start_mrr_cents=sum(start.values()), mrr_cents=sum(end.values()))
    for customer in start.keys() | end.keys():
        s, e = start.get(customer, 0), end.get(customer, 0)
        if s == 0 and e > 0:
            if customer in before:
                r.reactivation_cents += e
                r.reactivated_customers += 1
            else:
                r.new_cents += e
                r.new_customers += 1
        elif s > 0 and e == 0:
            r.churned_cents -= s
            r.churned_customers += 1
        elif e > s:
            r.expansion_cents += e - s
            r.expansion_customers += 1
        elif e < s:
            r.contraction_cents += e - s
            r.contraction_customers += 1
    r.customers_at_start, r.paying_customers = len(start), len(end)
    r.arr_cents = 12 * r.mrr_cents
    r.arpa_cents = r.mrr_cents // r.paying_customers if r.paying_customers else 0
    if r.customers_at_start:
        r.customer_churn_rate = r.churned_customers / r.customers_at_start
    if r.start_mrr_cents:
        lost = -(r.churned_cents + r.contraction_cents)
        r.revenue_churn_rate = lost / r.start_mrr_cents
        r.gross_revenue_retention = (r.start_mrr_cents - lost) / r.start_mrr_cents
        r.net_revenue_retention = (r.start_mrr_cents - lost + r.expansion_cents) / r.start_mrr_cents
    statuses = Counter(row["status"] for row in at_end.values() if window.plan is None or row["plan"] == window.plan)
    r.subscriptions_by_status = {s: statuses.get(s, 0) for s in STATUSES} | {
        s: n for s, n in statuses.items() if s not in STATUSES
    }
    return r


async def revenue(window: Window) -> Revenue:
    history = await load_history(window.ends_at, window)
    found = movements(history, window)
    rows = await Tortoise.get_connection("default").execute_query_dict(
        FAILED_PAYMENTS, [window.starts_at, window.ends_at, window.tenant_id, window.plan]
    )
    found.failed_payments = int(rows[0]["n"])
    return found


async def mrr_at(instants: list[datetime], window: Window) -> list[int]:
    """MRR at each instant (sorted), for charts."""
    history = await load_history(max(instants), window) if instants else History([], window.plan)
    return [sum(history.mrr_by_customer(states).values()) for states in history.states_at(instants)]
