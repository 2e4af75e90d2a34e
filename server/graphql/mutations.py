"""One mutation pattern: a mutation is its input, its payload (a `Payload`) and one service call.

    @mutation(permission_classes=[IsAuthenticated])
    async def delete_worklog(self, info: Info, id: strawberry.ID) -> DeleteWorklogPayload:
        deleted = await service.delete_worklog(info.context.scope, info.context.user, parse_id(id), ...)
        return DeleteWorklogPayload(deleted_id=...)

A ServiceError raised by the resolver becomes `DeleteWorklogPayload(errors=[UserError])`; anything else
(permissions included: they run first) stays a top-level error.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import strawberry
from strawberry.extensions import FieldExtension
from strawberry.permission import BasePermission
from strawberry.types.field import StrawberryField

from server.errors import ServiceError
from server.graphql.errors import UserError, user_error


class Payload:
    """Base of every mutation payload: gives the type `errors: [UserError!]!`, empty when the mutation succeeded.

    `errors` is added to each subclass's own fields, after the ones it declares: a dataclass base would put
    inherited fields first and move `errors` to the top of every payload in the schema.
    """

    errors: list[UserError]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if any("errors" in vars(base).get("__annotations__", {}) for base in cls.__mro__[1:-1] if base is not Payload):
            return  # a payload derived from another payload has it already
        cls.__annotations__ = {**vars(cls).get("__annotations__", {}), "errors": list[UserError]}
        cls.errors = dataclasses.field(default_factory=list)


class UserErrors(FieldExtension):
    """Turns a ServiceError raised below into the field's payload carrying it as a UserError."""

    def apply(self, field: StrawberryField) -> None:
        payload_type = field.type
        if not (isinstance(payload_type, type) and issubclass(payload_type, Payload)):
            raise TypeError(f"mutation {field.python_name} must return a Payload, not {payload_type!r}")
        self.payload_type = payload_type

    def payload(self, exc: ServiceError) -> Payload:
        return self.payload_type(errors=[user_error(exc)])  # type: ignore[call-arg]

    def resolve(self, next_: Callable[..., Any], source: Any, info: Any, **kwargs: Any) -> Any:
        try:
            return next_(source, info, **kwargs)
        except ServiceError as exc:
            return self.payload(exc)

    async def resolve_async(self, next_: Callable[..., Awaitable[Any]], source: Any, info: Any, **kwargs: Any) -> Any:
        try:
            return await next_(source, info, **kwargs)
        except ServiceError as exc:
            return self.payload(exc)


def mutation(
    *, permission_classes: Sequence[type[BasePermission]] = (), description: str | None = None, name: str | None = None
) -> Any:
    """`strawberry.mutation` returning a `Payload`, whose ServiceErrors become the payload's `errors`."""
    return strawberry.mutation(
        name=name, description=description, permission_classes=list(permission_classes), extensions=[UserErrors()]
    )
