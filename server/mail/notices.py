"""Warnings the service sends by itself: a reserve that fell below its low-balance threshold.

The ledger calls `note_reserve_level` after each movement it announces. One row per tenant remembers
whether its reserve was last seen low; a warning is queued only when a conditional update flips that
row from not-low to low, so each crossing warns once however many movements follow or race, and a
top-up back above the threshold re-arms it. A reserve first seen already low warns at its next
crossing. The minute sweep (`mail.deliver_due`) delivers the warnings.
"""

from __future__ import annotations

import logging

from tortoise.transactions import in_transaction

from server.audit.service import record
from server.auth.models import User
from server.auth.scope import RequestMeta
from server.billing.models import ReserveAccount
from server.mail.messages import LOW_BALANCE
from server.mail.models import LowBalanceState, OutgoingMail
from server.mail.service import queue_mail
from server.tenants.models import Tenant

log = logging.getLogger("server.mail")


async def note_reserve_level(account: ReserveAccount, *, low: bool) -> list[OutgoingMail]:
    """Remember whether the reserve is low; on a downward crossing queue a warning to the tenant's active users."""
    tenant_id = account.tenant_id
    if not low:
        state, created = await LowBalanceState.get_or_create(tenant_id=tenant_id, defaults={"is_low": False})
        if not created and state.is_low:
            await LowBalanceState.filter(tenant_id=tenant_id, is_low=True).update(is_low=False)
        return []
    async with in_transaction():
        flipped = await LowBalanceState.filter(tenant_id=tenant_id, is_low=False).update(is_low=True)
        if not flipped:
            await LowBalanceState.get_or_create(tenant_id=tenant_id, defaults={"is_low": True})
            return []
        tenant = await Tenant.get(id=tenant_id)
        users = await User.filter(profile__tenant_id=tenant_id, is_active=True).order_by("username")
        context = {
            "tenant_name": tenant.name,
            "balance_cents": int(account.balance_cents),
            "threshold_cents": int(account.low_balance_threshold_cents),
            "currency": account.currency,
        }
        mails = [await queue_mail(LOW_BALANCE, u.email, context=context, tenant_id=tenant_id) for u in users]
        await record(
            "billing.low_balance_warned",
            actor=None,
            actor_username="",
            meta=RequestMeta(user_agent="ledger"),
            target_type="tenant",
            target_id=tenant_id,
            tenant_id=tenant_id,
            after={**context, "recipients": len(mails)},
        )
    log.info("reserve of tenant %s crossed its threshold; %d warning(s) queued", tenant_id, len(mails))
    return mails
