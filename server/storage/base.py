"""One interface for object bytes (report artifacts, evidence files)."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator

KEY_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,1023}$")


class ObjectNotFound(KeyError):
    pass


def check_key(key: str) -> str:
    if not KEY_RE.fullmatch(key) or ".." in key or "//" in key:
        raise ValueError(f"invalid object key: {key!r}")
    return key


class Storage(ABC):
    name: str

    @abstractmethod
    async def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None: ...

    @abstractmethod
    async def get(self, key: str) -> bytes: ...

    @abstractmethod
    async def delete(self, key: str) -> None: ...

    @abstractmethod
    async def exists(self, key: str) -> bool: ...

    @abstractmethod
    def list_keys(self, prefix: str = "") -> AsyncIterator[str]: ...

    @abstractmethod
    async def check(self) -> None:
        """Raise if the backend cannot be written and read right now."""

    async def close(self) -> None:
        return None
