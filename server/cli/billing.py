"""Billing commands: replay a Checkout Session, expire promotional credit."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from server.cli.common import console, fail, run_with_db
from server.settings import Settings

if TYPE_CHECKING:
    from server.billing.stripe_gateway import CheckoutSession

commands = typer.Typer()


@commands.command("billing-replay-session")
def billing_replay_session(session_id: str = typer.Argument(..., help="Checkout Session id (cs_...).")) -> None:
    """Process a Checkout Session by hand, as its webhook would: credits a paid top-up once, ever."""
    from server.billing.service import replay_checkout_session
    from server.errors import ServiceError
    from server.system.cache import create_redis
    from server.system.events import EventBus

    async def work(settings: Settings) -> tuple[str, CheckoutSession]:
        redis = create_redis(settings)
        try:
            return await replay_checkout_session(session_id, settings=settings, bus=EventBus(redis))
        except ServiceError as exc:
            fail(f"{exc.code}: {exc.message}", 2)
        finally:
            await redis.aclose()

    outcome, session = run_with_db(work, need=("postgres", "valkey"))
    console.print(
        f"session {session.id}: payment {session.payment_status}, {session.amount_total} {session.currency} → {outcome}"
    )


@commands.command("billing-expire-grants")
def billing_expire_grants() -> None:
    """Expire promotional credit that is due now (what the scheduler does every minute)."""
    from server.billing.ledger import expire_due_grants

    async def work(settings: Settings) -> int:
        return await expire_due_grants()

    console.print(f"expired {run_with_db(work)} grant(s)")
