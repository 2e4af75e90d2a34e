from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

from server.storage.base import ObjectNotFound, Storage, check_key


class LocalStorage(Storage):
    """Objects as files under one directory; writes are atomic (temp file + rename)."""

    name = "local"

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        path = (self.root / check_key(key)).resolve()
        if self.root not in path.parents:
            raise ValueError(f"invalid object key: {key!r}")
        return path

    async def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        path = self._path(key)

        def write() -> None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)

        await asyncio.to_thread(write)

    async def get(self, key: str) -> bytes:
        path = self._path(key)
        try:
            return await asyncio.to_thread(path.read_bytes)
        except FileNotFoundError as exc:
            raise ObjectNotFound(key) from exc

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self._path(key).unlink, True)

    async def exists(self, key: str) -> bool:
        return await asyncio.to_thread(self._path(key).is_file)

    async def list_keys(self, prefix: str = "") -> AsyncIterator[str]:
        paths = await asyncio.to_thread(lambda: sorted(p for p in self.root.rglob("*") if p.is_file()))
        for path in paths:
            key = path.relative_to(self.root).as_posix()
            if not path.name.startswith(".") and key.startswith(prefix):
                yield key

    async def check(self) -> None:
        probe = f"health-probe/{uuid.uuid4().hex}"
        await self.put(probe, b"ok")
        if await self.get(probe) != b"ok":
            raise RuntimeError("local storage read back different bytes")
        await self.delete(probe)
