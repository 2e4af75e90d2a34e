"""One check over every field's coerced arguments: text without control characters, dates within bounds, files as files.

`guard_arguments(Query, Mutation)` puts an `InputGuard` on every field that takes arguments, innermost, so the
permission check still answers first. A refused value becomes a UserError in the payload of a mutation that has
`errors`, and a BAD_REQUEST (reason = the code) anywhere else, through the same masking as any ServiceError.

Text is one line unless its input field is declared with `metadata=MULTILINE` (entry content, outcome, import
data): those keep tab, line feed and carriage return.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from starlette.datastructures import UploadFile
from strawberry.extensions import FieldExtension
from strawberry.extensions.field_extension import AsyncExtensionResolver, SyncExtensionResolver
from strawberry.file_uploads import Upload
from strawberry.types.base import StrawberryContainer, StrawberryList, StrawberryOptional, get_object_definition
from strawberry.types.field import StrawberryField
from strawberry.types.lazy_type import LazyType
from strawberry.types.union import StrawberryUnion
from strawberry.utils.await_maybe import await_maybe
from strawberry.utils.str_converters import to_camel_case

from server.errors import ServiceError
from server.graphql.context import Info
from server.graphql.errors import user_error
from server.validation import check_date, check_text

MULTILINE = {"multiline": True}


def _file_required(field: str) -> ServiceError:
    return ServiceError("FILE_REQUIRED", "Attach a file (GraphQL multipart request).", field)


def _unwrap(type_: Any) -> Any:
    while isinstance(type_, StrawberryContainer):
        type_ = type_.of_type
    if isinstance(type_, LazyType):
        type_ = type_.resolve_type()
    return type_


def _item_type(type_: Any) -> Any:
    while isinstance(type_, StrawberryOptional):
        type_ = type_.of_type
    return type_.of_type if isinstance(type_, StrawberryList) else type_


def _graphql_name(item: Any) -> str:
    return item.graphql_name or to_camel_case(item.python_name)


def check_value(value: Any, type_: Any, field: str | None, *, multiline: bool = False) -> None:
    """Raise a ServiceError for the first unacceptable part of an argument's converted `value`."""
    if value is None:
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            check_value(item, _item_type(type_), field, multiline=multiline)
        return
    if _unwrap(type_) is Upload:
        if not isinstance(value, UploadFile):
            raise _file_required(field or "file")
        return
    if isinstance(value, str):
        check_text(value, field, multiline=multiline)
    elif isinstance(value, date):
        check_date(value, field)
    elif isinstance(value, dict):  # JSON scalars: keys and values go to PostgreSQL as text too
        for key, item in value.items():
            check_value(key, str, field)
            check_value(item, Any, field, multiline=multiline)
    else:
        definition = get_object_definition(value)
        if definition is None or not definition.is_input:
            return  # enums, numbers, booleans, IDs already coerced
        for input_field in definition.fields:
            name = _graphql_name(input_field)
            check_value(
                getattr(value, input_field.python_name, None),
                input_field.type,
                f"{field}.{name}" if field else name,
                multiline=bool(input_field.metadata.get("multiline")),
            )


class InputGuard(FieldExtension):
    """Checks the field's converted arguments before its resolver runs (see the module docstring)."""

    def apply(self, field: StrawberryField) -> None:
        self.field = field

    def _check(self, kwargs: dict[str, Any]) -> None:
        for argument in self.field.arguments:
            # Mutations take one `input`: its fields are named as they are, without the `input.` prefix.
            prefix = None if argument.python_name == "input" else _graphql_name(argument)
            check_value(
                kwargs.get(argument.python_name),
                argument.type,
                prefix,
                multiline=bool(argument.metadata.get("multiline")),
            )

    def _refused(self, exc: ServiceError) -> Any:
        payload = _unwrap(self.field.type)
        definition = get_object_definition(payload)
        if definition is None or definition.is_input or not any(f.python_name == "errors" for f in definition.fields):
            raise exc
        return payload(errors=[user_error(exc)])

    def resolve(self, next_: SyncExtensionResolver, source: Any, info: Info, **kwargs: Any) -> Any:
        try:
            self._check(kwargs)
        except ServiceError as exc:
            return self._refused(exc)
        return next_(source, info, **kwargs)

    async def resolve_async(self, next_: AsyncExtensionResolver, source: Any, info: Info, **kwargs: Any) -> Any:
        try:
            self._check(kwargs)
        except ServiceError as exc:
            return self._refused(exc)
        return await await_maybe(next_(source, info, **kwargs))  # a subscription's resolver gives an async generator


def _field_types(field: StrawberryField) -> Iterator[Any]:
    type_ = _unwrap(field.type)
    if isinstance(type_, StrawberryUnion):
        yield from (_unwrap(t) for t in type_.types)
    else:
        yield type_


def guard_arguments(*roots: type) -> None:
    """Put an InputGuard on every field with arguments reachable from `roots`; calling it again changes nothing."""
    seen: set[Any] = set()
    pending = list(roots)
    while pending:
        cls = pending.pop()
        definition = get_object_definition(cls)
        if definition is None or definition.is_input or cls in seen:
            continue
        seen.add(cls)
        for field in definition.fields:
            if field.arguments and not any(isinstance(e, InputGuard) for e in field.extensions):
                # Innermost ("last is outermost"): permissions are checked before the input.
                field.extensions.insert(0, InputGuard())
            pending.extend(_field_types(field))
