from __future__ import annotations

from datetime import date, datetime

import strawberry

from server.graphql.mutations import Payload
from server.profiles.models import Position as PositionModel
from server.profiles.validation import PositionFields


@strawberry.type(description="A job held: employer, title and dates. Resume reports group bullets by position.")
class Position:
    id: strawberry.ID
    employer: str
    title: str
    start: date
    end: date | None = strawberry.field(description="Null for the current position.")
    created_at: datetime
    updated_at: datetime

    @strawberry.field(description="True when the position has no end date.")
    def current(self) -> bool:
        return self.end is None

    @classmethod
    def from_model(cls, m: PositionModel) -> Position:
        return cls(
            id=strawberry.ID(str(m.id)),
            employer=m.employer,
            title=m.title,
            start=m.start,
            end=m.end,
            created_at=m.created_at,
            updated_at=m.updated_at,
        )


@strawberry.input(description="A position's fields; on update they replace the stored ones (end: null = current).")
class PositionInput:
    employer: str
    start: date
    title: str = ""
    end: date | None = None

    def to_fields(self) -> PositionFields:
        return PositionFields(employer=self.employer, title=self.title, start=self.start, end=self.end)


@strawberry.type
class CreatePositionPayload(Payload):
    position: Position | None = None


@strawberry.type
class UpdatePositionPayload(Payload):
    position: Position | None = None


@strawberry.type
class DeletePositionPayload(Payload):
    deleted_id: strawberry.ID | None = None


@strawberry.type
class SetConfidentialTermsPayload(Payload):
    confidential_terms: list[str] | None = strawberry.field(
        default=None, description="The list as stored: trimmed, duplicates (in any case) removed."
    )
