from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

from server.storage.base import ObjectNotFound, Storage, check_key

# Evidence is private: readable by the service's own user only.
DIR_MODE = 0o700
FILE_MODE = 0o600


class LocalStorage(Storage):
    """Objects as files under one directory; writes are atomic (temp file + rename), files 0600 in
    0700 directories whatever the process umask."""

    name = "local"

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.root.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        self.root.chmod(DIR_MODE)

    def _make_dirs(self, directory: Path) -> None:
        missing = []
        while not directory.exists() and (directory == self.root or self.root in directory.parents):
            missing.append(directory)
            directory = directory.parent
        for path in reversed(missing):
            with contextlib.suppress(FileExistsError):
                path.mkdir(mode=DIR_MODE)
            path.chmod(DIR_MODE)  # mkdir's mode is filtered by the umask

    def _path(self, key: str) -> Path:
        path = (self.root / check_key(key)).resolve()
        if self.root not in path.parents:
            raise ValueError(f"invalid object key: {key!r}")
        return path

    async def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        path = self._path(key)

        def write() -> None:
            self._make_dirs(path.parent)
            tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
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
