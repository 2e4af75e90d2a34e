"""Billing refuses what its rules forbid, with exact codes, and nothing moves."""

import uuid
from datetime import date, timedelta

import pytest

from server.billing import ledger, service
from server.billing.models import JobHold, LedgerEntry, ReserveAccount
from server.errors import ServiceError
from tests.factories import create_reserve, create_staff, create_tenant, token_for

ADJUST = """mutation($input: AdjustReserveInput!) {
  adjustReserve(input: $input) { reserve { balanceCents } errors { field code } }
}"""


async def refused(call) -> tuple[str, str | None]:
    with pytest.raises(ServiceError) as exc:
        await call
    return exc.value.code, exc.value.field


async def test_an_idempotency_key_over_100_characters_is_refused_and_nothing_moves(gql):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=1000)
    token = await token_for(await create_staff())
    data = await gql.ok(
        ADJUST,
        {"input": {"tenantId": str(tenant.id), "amountCents": 500, "reason": "promo", "idempotencyKey": "k" * 101}},
        token=token,
    )
    assert data["adjustReserve"] == {
        "reserve": None,
        "errors": [{"field": "idempotencyKey", "code": "INVALID_IDEMPOTENCY_KEY"}],
    }
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 1000


async def test_the_ledger_refuses_an_empty_idempotency_key(app):
    tenant = await create_tenant()
    await create_reserve(tenant)
    assert await refused(ledger.credit(tenant.id, 100, key="", reason="x")) == (
        "INVALID_IDEMPOTENCY_KEY",
        "idempotencyKey",
    )
    assert await LedgerEntry.all().count() == 0


async def test_a_credit_in_another_currency_is_refused(app):
    tenant = await create_tenant()
    await create_reserve(tenant)
    assert await refused(ledger.credit(tenant.id, 100, key="eur-1", reason="x", currency="eur")) == (
        "CURRENCY_MISMATCH",
        "currency",
    )
    assert await LedgerEntry.all().count() == 0


async def test_a_second_hold_for_the_same_job_under_another_key_is_refused(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=1000)
    job_id = uuid.uuid4()
    await ledger.hold_for_job(tenant.id, job_id, 200, kind="weekly", limited_max_cents=0)
    again = ledger.hold_for_job(tenant.id, job_id, 300, kind="weekly", limited_max_cents=0, key="another-key")
    assert await refused(again) == ("HOLD_EXISTS", "jobId")
    account = await ReserveAccount.get(tenant_id=tenant.id)
    assert (account.balance_cents, account.held_cents, await JobHold.all().count()) == (800, 200, 1)


async def test_usage_costs_refuse_more_than_a_year_at_once(app):
    start = date(2025, 1, 1)
    assert await refused(service.usage_costs_for_staff(start, start + timedelta(days=service.MAX_USAGE_DAYS))) == (
        "DATE_RANGE_TOO_LONG",
        "endDate",
    )
    await service.usage_costs_for_staff(start, start + timedelta(days=service.MAX_USAGE_DAYS - 1))


async def test_billing_accounts_refuse_an_unknown_sort_or_status(app):
    def listing(**kw):
        return service.list_billing_accounts_for_staff(
            search=None, descending=False, first=None, after=None, **{"status": None, "sort": "BALANCE", **kw}
        )

    assert await refused(listing(sort="NAME")) == ("INVALID_SORT", "sort")
    assert await refused(listing(status="FROZEN")) == ("INVALID_STATUS", "status")
