from __future__ import annotations

from datetime import datetime
from typing import TypeAlias

import strawberry

from server.auth.types import User, maybe_user
from server.graphql.mutations import Payload
from server.invitations.models import InvitePasskey as InvitePasskeyModel
from server.invitations.service import PasskeyStatus, status_of

# strawberry.enum registers the domain enum in place and returns it; the alias keeps it usable as a type.
strawberry.enum(PasskeyStatus, name="PasskeyStatus")
PasskeyStatusEnum: TypeAlias = PasskeyStatus


@strawberry.type(description="An invite. The raw passkey is shown only once, when it is created.")
class InvitePasskey:
    id: strawberry.ID
    prefix: str
    status: PasskeyStatusEnum
    notes: str
    created_by: User | None
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None
    used_by: User | None
    revoked_at: datetime | None

    @classmethod
    def from_model(cls, m: InvitePasskeyModel) -> InvitePasskey:
        # The service hands passkeys over with created_by / used_by already fetched.
        created_by = m.created_by if m.created_by_id else None
        used_by = m.used_by if m.used_by_id else None
        return cls(
            id=strawberry.ID(str(m.id)),
            prefix=m.prefix,
            status=status_of(m),
            notes=m.notes,
            created_by=maybe_user(created_by),
            created_at=m.created_at,
            expires_at=m.expires_at,
            used_at=m.used_at,
            used_by=maybe_user(used_by),
            revoked_at=m.revoked_at,
        )


@strawberry.input
class CreateInvitePasskeyInput:
    expires_days: int = 7
    notes: str = ""
    email: str | None = strawberry.field(
        default=None, description="Also email the invitation (a link with the passkey in its fragment) to this address."
    )


@strawberry.type
class CreateInvitePasskeyPayload(Payload):
    passkey: str | None = strawberry.field(default=None, description="The raw passkey; shown once, never stored.")
    invite: InvitePasskey | None = None


@strawberry.type
class RevokeInvitePasskeyPayload(Payload):
    invite: InvitePasskey | None = None
