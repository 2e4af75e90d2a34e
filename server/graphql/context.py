"""The typed per-request context: settings, caller, request metadata, DataLoaders."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TypeAlias
from uuid import UUID

import strawberry
from redis.asyncio import Redis
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.dataloader import DataLoader

from server.audit.loaders import target_name_loader
from server.auth.models import User
from server.auth.ratelimit import RateLimiter
from server.auth.scope import RequestMeta, TenantScope
from server.auth.service import Authenticated
from server.billing.loaders import reserve_by_tenant_loader
from server.billing.models import ReserveAccount
from server.evidence.loaders import evidence_by_worklog_loader
from server.evidence.models import Evidence
from server.graphql.errors import unauthenticated
from server.jobs.loaders import job_by_id_loader, username_by_id_loader
from server.jobs.models import Job
from server.reports.loaders import (
    artifacts_by_revision_loader,
    citations_by_statement_loader,
    sections_by_report_loader,
    shares_by_report_loader,
    statements_by_section_loader,
    verification_by_report_loader,
    versions_by_series_loader,
    worklog_by_id_loader,
)
from server.reports.models import Report, ReportArtifact, ReportCitation, ReportSection, ReportShare, ReportStatement
from server.settings import Settings
from server.system.events import EventBus, EventHub
from server.system.logs import current_request_id
from server.tenants.loaders import tenant_by_user_loader
from server.tenants.models import Tenant
from server.worklogs.models import Worklog


@dataclass
class Loaders:
    """One set per request (and per WebSocket operation): a DataLoader must never outlive the request that filled it."""

    evidence_by_worklog: DataLoader[UUID, list[Evidence]] = field(default_factory=evidence_by_worklog_loader)
    tenant_by_user: DataLoader[UUID, Tenant | None] = field(default_factory=tenant_by_user_loader)
    reserve_by_tenant: DataLoader[UUID, ReserveAccount | None] = field(default_factory=reserve_by_tenant_loader)
    audit_target_name: DataLoader[tuple[str, str], str | None] = field(default_factory=target_name_loader)
    job_by_id: DataLoader[UUID, Job | None] = field(default_factory=job_by_id_loader)
    username_by_id: DataLoader[UUID, str | None] = field(default_factory=username_by_id_loader)
    report_sections: DataLoader[UUID, list[ReportSection]] = field(default_factory=sections_by_report_loader)
    section_statements: DataLoader[UUID, list[ReportStatement]] = field(default_factory=statements_by_section_loader)
    statement_citations: DataLoader[UUID, list[ReportCitation]] = field(default_factory=citations_by_statement_loader)
    worklog_by_id: DataLoader[UUID, Worklog | None] = field(default_factory=worklog_by_id_loader)
    report_verification: DataLoader[UUID, tuple[int, int]] = field(default_factory=verification_by_report_loader)
    report_artifacts: DataLoader[tuple[UUID, int], list[ReportArtifact]] = field(
        default_factory=artifacts_by_revision_loader
    )
    report_shares: DataLoader[UUID, list[ReportShare]] = field(default_factory=shares_by_report_loader)
    report_versions: DataLoader[tuple[UUID, UUID], list[Report]] = field(default_factory=versions_by_series_loader)


@dataclass
class Context:
    request: Request | WebSocket
    response: Response | None
    settings: Settings
    redis: Redis
    limiter: RateLimiter
    request_meta: RequestMeta
    auth: Authenticated | None
    auth_via_cookie: bool = False
    loaders: Loaders = field(default_factory=Loaders)
    events: EventHub | None = None  # the process's one pub/sub connection, for subscriptions

    @property
    def meta(self) -> RequestMeta:
        """The caller's address and agent, with the id of the running request or WebSocket operation."""
        request_id = current_request_id()
        if request_id and request_id != self.request_meta.request_id:
            return replace(self.request_meta, request_id=request_id)
        return self.request_meta

    @property
    def bus(self) -> EventBus:
        return EventBus(self.redis, self.events)

    @property
    def authenticated(self) -> Authenticated:
        """The caller's credentials; resolvers reach them only behind IsAuthenticated."""
        if self.auth is None:
            raise unauthenticated()
        return self.auth

    @property
    def user(self) -> User:
        """The caller; resolvers reach it only behind IsAuthenticated or IsStaff."""
        return self.authenticated.user

    @property
    def scope(self) -> TenantScope:
        """The caller's tenant scope; resolvers reach it only behind IsAuthenticated."""
        if self.auth is None or self.auth.scope is None:
            raise unauthenticated()
        return self.auth.scope


# What every resolver and permission receives: `info.context` is a Context (no root value).
Info: TypeAlias = strawberry.Info[Context, None]
