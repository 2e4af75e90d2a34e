"""Declared permissions. The matrix of who may call what is docs/permissions.md."""

from __future__ import annotations

from typing import Any

from strawberry.permission import BasePermission

from server.graphql.context import Info
from server.graphql.errors import forbidden, unauthenticated

__all__ = ["IsAuthenticated", "IsStaff", "forbidden", "unauthenticated"]


class IsAuthenticated(BasePermission):
    message = "You must be logged in."
    error_extensions = {"code": "UNAUTHENTICATED"}  # noqa: RUF012 - Strawberry reads it from the class, never mutates it

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        auth = info.context.auth
        return auth is not None and auth.scope is not None


class IsStaff(BasePermission):
    message = "You are not allowed to do this."
    error_extensions = {"code": "FORBIDDEN"}  # noqa: RUF012 - Strawberry reads it from the class, never mutates it

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        auth = info.context.auth
        if auth is None:
            raise unauthenticated()
        return auth.user.is_staff
