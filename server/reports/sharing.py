"""Share links: a revocable, expiring public link to a report's HTML page (no login). The token is random
and only its SHA-256 is kept; sharing and revoking are audited in the same transaction."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from uuid import UUID

from tortoise.transactions import in_transaction

from server.audit.service import record
from server.auth.models import User
from server.auth.scope import RequestMeta, TenantScope
from server.errors import NotFound, ServiceError
from server.reports.artifacts import document_of, owner_is_active
from server.reports.formats import html
from server.reports.models import READY, Report, ReportShare
from server.settings import Settings

MAX_SHARE_DAYS = 90
MAX_LIVE_SHARES = 20  # live (neither expired nor revoked) links of one report


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def share_url(settings: Settings, token: str) -> str:
    return f"{settings.public_url.rstrip('/')}/api/share/{token}"


async def share_report(
    scope: TenantScope,
    actor: User,
    report_id: UUID,
    *,
    expires_days: int,
    include_citations: bool,
    meta: RequestMeta,
) -> tuple[ReportShare, str]:
    """A new share link of the caller's finished report; the token is returned once, never stored."""
    if not 1 <= expires_days <= MAX_SHARE_DAYS:
        raise ServiceError("INVALID_SHARE_EXPIRY", f"A link lives 1 to {MAX_SHARE_DAYS} days.", "expiresDays")
    token = secrets.token_urlsafe(32)
    async with in_transaction():
        # The report's row is locked, so two shares at once cannot both take the last free place.
        report = (
            await Report.filter(id=report_id, tenant_id=scope.tenant_id, user_id=scope.user_id)
            .select_for_update()
            .first()
        )
        if report is None:
            raise NotFound("Report")
        if report.status != READY:
            raise ServiceError("REPORT_NOT_READY", "Only a finished report can be shared.", "id")
        live = await ReportShare.filter(report_id=report.id, revoked_at=None, expires_at__gt=datetime.now(UTC)).count()
        if live >= MAX_LIVE_SHARES:
            raise ServiceError(
                "TOO_MANY_SHARES",
                f"A report has at most {MAX_LIVE_SHARES} live share links; revoke one first.",
                "id",
            )
        share = await ReportShare.create(
            report_id=report.id,
            tenant_id=scope.tenant_id,
            user_id=scope.user_id,
            token_hash=token_hash(token),
            include_citations=include_citations,
            expires_at=datetime.now(UTC) + timedelta(days=expires_days),
        )
        await record(
            "report.shared",
            actor=actor,
            meta=meta,
            target_type="report",
            target_id=report.id,
            tenant_id=scope.tenant_id,
            after={
                "share": str(share.id),
                "expiresAt": share.expires_at.isoformat(),
                "includeCitations": include_citations,
            },
        )
    return share, token


async def revoke_share(scope: TenantScope, actor: User, share_id: UUID, *, meta: RequestMeta) -> ReportShare:
    async with in_transaction():
        share = await ReportShare.select_for_update().get_or_none(
            id=share_id, tenant_id=scope.tenant_id, user_id=scope.user_id
        )
        if share is None:
            raise NotFound("ReportShare")
        if share.revoked_at is not None:
            raise ServiceError("SHARE_ALREADY_REVOKED", "The link was already revoked.", "id")
        share.revoked_at = datetime.now(UTC)
        await share.save(update_fields=["revoked_at"])
        await record(
            "report.share_revoked",
            actor=actor,
            meta=meta,
            target_type="report",
            target_id=share.report_id,
            tenant_id=scope.tenant_id,
            before={"share": str(share.id)},
        )
    return share


async def share_page(token: str) -> bytes:
    """The public page a live link shows; NotFound for an unknown, expired or revoked one."""
    share = await ReportShare.get_or_none(token_hash=token_hash(token), revoked_at=None)
    if share is None or share.expires_at <= datetime.now(UTC):
        raise NotFound("ReportShare")
    report = await Report.get_or_none(id=share.report_id, user_id=share.user_id, status=READY)
    if report is None or not await owner_is_active(share.user_id):
        raise NotFound("ReportShare")
    return html.render_share_page(await document_of(report), include_citations=share.include_citations)


async def move_shares_of_user(user_id: UUID, old_tenant_id: UUID, new_tenant_id: UUID) -> dict[str, int]:
    """TENANT_DATA_MOVERS entry: the user's share links follow their reports to the new tenant."""
    moved = await ReportShare.filter(user_id=user_id, tenant_id=old_tenant_id).update(tenant_id=new_tenant_id)
    return {"report_shares": moved}
