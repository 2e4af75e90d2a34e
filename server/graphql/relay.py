"""Cursor connections: `{ edges { cursor node } pageInfo { hasNextPage endCursor } totalCount }`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import strawberry

from server.pagination import Page

N = TypeVar("N")
T = TypeVar("T")


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class Edge(Generic[N]):
    cursor: str
    node: N


@strawberry.type
class Connection(Generic[N]):
    edges: list[Edge[N]]
    page_info: PageInfo
    total_count: int


def connection(page: Page[T], to_node: Callable[[T], N]) -> Connection[N]:
    return Connection(
        edges=[Edge(cursor=c, node=to_node(item)) for item, c in zip(page.items, page.cursors, strict=True)],
        page_info=PageInfo(has_next_page=page.has_next, end_cursor=page.end_cursor),
        total_count=page.total,
    )
