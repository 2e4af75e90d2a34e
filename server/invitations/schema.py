from __future__ import annotations

import strawberry

from server.graphql.context import Info
from server.graphql.ids import parse_id
from server.graphql.mutations import mutation
from server.graphql.permissions import IsStaff
from server.graphql.relay import Connection, connection
from server.invitations import service
from server.invitations.types import (
    CreateInvitePasskeyInput,
    CreateInvitePasskeyPayload,
    InvitePasskey,
    PasskeyStatusEnum,
    RevokeInvitePasskeyPayload,
)


@strawberry.type
class InvitationsAdminQuery:
    @strawberry.field(permission_classes=[IsStaff])
    async def passkeys(
        self, status: PasskeyStatusEnum | None = None, first: int | None = None, after: str | None = None
    ) -> Connection[InvitePasskey]:
        page = await service.list_passkeys_for_staff(status=status, first=first, after=after)
        return connection(page, InvitePasskey.from_model)


@strawberry.type
class Mutation:
    @mutation(
        permission_classes=[IsStaff],
        description="Returns the raw passkey once; with `email`, also sends the invitation.",
    )
    async def create_invite_passkey(self, info: Info, input: CreateInvitePasskeyInput) -> CreateInvitePasskeyPayload:
        ctx = info.context
        raw, passkey = await service.create_invite_passkey(
            ctx.user,
            expires_days=input.expires_days,
            notes=input.notes,
            meta=ctx.meta,
            email=input.email,
            settings=ctx.settings,
        )
        return CreateInvitePasskeyPayload(passkey=raw, invite=InvitePasskey.from_model(passkey))

    @mutation(permission_classes=[IsStaff])
    async def revoke_invite_passkey(self, info: Info, id: strawberry.ID) -> RevokeInvitePasskeyPayload:
        passkey = await service.revoke_invite_passkey(info.context.user, parse_id(id), meta=info.context.meta)
        return RevokeInvitePasskeyPayload(invite=InvitePasskey.from_model(passkey))
