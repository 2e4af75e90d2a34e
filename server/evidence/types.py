from __future__ import annotations

from datetime import datetime
from uuid import UUID

import strawberry

from server.evidence.models import Evidence as EvidenceModel
from server.evidence.service import DOWNLOAD_TTL_SECONDS, download_url
from server.graphql.context import Info
from server.graphql.mutations import Payload


@strawberry.type(description="A file attached to a worklog entry.")
class Evidence:
    id: strawberry.ID
    original_name: str
    size: int
    content_type: str
    sha256: str
    created_at: datetime

    @strawberry.field(description=f"Signed download link, valid for {DOWNLOAD_TTL_SECONDS // 60} minutes.")
    def download_url(self, info: Info) -> str:
        return download_url(info.context.settings, UUID(self.id))

    @classmethod
    def from_model(cls, m: EvidenceModel) -> Evidence:
        return cls(
            id=strawberry.ID(str(m.id)),
            original_name=m.original_name,
            size=m.size,
            content_type=m.content_type,
            sha256=m.sha256,
            created_at=m.created_at,
        )


@strawberry.type
class UploadEvidencePayload(Payload):
    evidence: Evidence | None = None


@strawberry.type
class DeleteEvidencePayload(Payload):
    deleted_id: strawberry.ID | None = None
