"""Positions and confidential terms: thin, input → service → type. Read through `me { positions confidentialTerms }`."""

from __future__ import annotations

import strawberry

from server.graphql.context import Info
from server.graphql.ids import parse_id
from server.graphql.mutations import mutation
from server.graphql.permissions import IsAuthenticated
from server.profiles import service
from server.profiles.types import (
    CreatePositionPayload,
    DeletePositionPayload,
    Position,
    PositionInput,
    SetConfidentialTermsPayload,
    UpdatePositionPayload,
)


@strawberry.type
class Mutation:
    @mutation(permission_classes=[IsAuthenticated], description="Adds a position to your employment history.")
    async def create_position(self, info: Info, input: PositionInput) -> CreatePositionPayload:
        ctx = info.context
        position = await service.create_position(ctx.scope, ctx.user, input.to_fields(), meta=ctx.meta)
        return CreatePositionPayload(position=Position.from_model(position))

    @mutation(permission_classes=[IsAuthenticated], description="Replaces the fields of one of your positions.")
    async def update_position(self, info: Info, id: strawberry.ID, input: PositionInput) -> UpdatePositionPayload:
        ctx = info.context
        position = await service.update_position(ctx.scope, ctx.user, parse_id(id), input.to_fields(), meta=ctx.meta)
        return UpdatePositionPayload(position=Position.from_model(position))

    @mutation(permission_classes=[IsAuthenticated])
    async def delete_position(self, info: Info, id: strawberry.ID) -> DeletePositionPayload:
        ctx = info.context
        deleted = await service.delete_position(ctx.scope, ctx.user, parse_id(id), meta=ctx.meta)
        return DeletePositionPayload(deleted_id=strawberry.ID(str(deleted)))

    @mutation(
        permission_classes=[IsAuthenticated],
        description=(
            "Replaces your list of confidential terms (at most 200, each 1-100 characters), which are replaced "
            "by placeholders before any text is sent to an external model."
        ),
    )
    async def set_confidential_terms(self, info: Info, terms: list[str]) -> SetConfidentialTermsPayload:
        ctx = info.context
        stored = await service.set_confidential_terms(ctx.scope, ctx.user, terms, meta=ctx.meta)
        return SetConfidentialTermsPayload(confidential_terms=stored)
