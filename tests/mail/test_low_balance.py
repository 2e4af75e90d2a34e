"""A reserve that falls below its threshold warns the tenant's active users once per crossing."""

from __future__ import annotations

import itertools

from server.audit.models import AuditEvent
from server.billing import ledger
from server.mail.models import OutgoingMail
from tests.factories import create_reserve, create_tenant, create_user
from tests.mail.smtp import body_of, deliver_to_outbox

_keys = itertools.count()


async def _debit(tenant, cents: int) -> None:
    movement = await ledger.debit(tenant.id, cents, key=f"test-debit-{next(_keys)}", reason="usage")
    await ledger.announce(None, movement.account)


async def _credit(tenant, cents: int) -> None:
    movement = await ledger.credit(tenant.id, cents, key=f"test-credit-{next(_keys)}", reason="top-up")
    await ledger.announce(None, movement.account)


async def test_one_warning_per_downward_crossing_to_each_active_user(app, settings, tmp_path):
    tenant = await create_tenant(name="Acme")
    alice = await create_user(tenant=tenant, email="alice@example.com")
    await create_user(tenant=tenant, email="bob@example.com")
    await create_user(tenant=tenant, email="gone@example.com", is_active=False)
    await create_user(email="elsewhere@example.com")  # another tenant's user hears nothing
    await create_reserve(tenant, balance_cents=1000, low_balance_threshold_cents=500)
    await _credit(tenant, 1)  # seen above the threshold

    await _debit(tenant, 400)  # 601: still above
    assert await OutgoingMail.all().count() == 0
    await _debit(tenant, 200)  # 401: crossed
    await _debit(tenant, 100)  # 301: still low, no second warning
    mails = await OutgoingMail.all().order_by("to_address")
    assert [m.to_address for m in mails] == ["alice@example.com", "bob@example.com"]
    assert {m.tenant_id for m in mails} == {tenant.id}
    messages = await deliver_to_outbox(settings, tmp_path / "outbox")
    assert len(messages) == 2 and "Acme" in body_of(messages[0]) and "4.01 USD" in body_of(messages[0])
    assert (await AuditEvent.get(event_type="billing.low_balance_warned")).after["recipients"] == 2

    await _credit(tenant, 1000)  # back above: the warning re-arms
    await _debit(tenant, 1000)  # crossed again
    assert await OutgoingMail.filter(to_address=alice.email).count() == 2


async def test_a_reserve_first_seen_already_low_waits_for_its_next_crossing(app):
    tenant = await create_tenant()
    await create_user(tenant=tenant)
    await create_reserve(tenant, balance_cents=300, low_balance_threshold_cents=500, policy="WARN")
    await _debit(tenant, 100)
    assert await OutgoingMail.all().count() == 0
