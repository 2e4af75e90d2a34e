"""Scalars shared by several domains' types."""

from __future__ import annotations

from typing import TYPE_CHECKING, NewType, TypeAlias

import strawberry

if TYPE_CHECKING:
    # The scalar wrapper is not a type to mypy; the values are plain ints.
    BigInt: TypeAlias = int
else:
    BigInt = strawberry.scalar(
        NewType("BigInt", int),
        serialize=int,
        parse_value=int,
        description="A whole number that may exceed 32 bits, sent as a JSON number: money totals across accounts, in cents.",
    )
