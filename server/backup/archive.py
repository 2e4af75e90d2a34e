"""The backup archive: one tar file.

    database.dump      pg_dump custom format
    objects/<key>      every object of the storage backend, byte for byte
    manifest.json      written last: versions, migrations, rows per table, sha256 and size of every member

The manifest comes last, so an archive cut short anywhere has none and is refused. Reading checks every
member against it: a member missing, extra, of another size or another digest refuses the whole archive.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from server.backup.errors import BackupRefused

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE = "database.dump"
OBJECTS = "objects/"
CHUNK = 1024 * 1024


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class ArchiveWriter:
    """Adds members to a new tar, keeping their digests for the manifest."""

    def __init__(self, tar: tarfile.TarFile) -> None:
        self.tar = tar
        self.members: dict[str, dict[str, Any]] = {}

    def _info(self, name: str, size: int) -> tarfile.TarInfo:
        info = tarfile.TarInfo(name)
        info.size = size
        info.mode = 0o600
        info.mtime = int(time.time())
        return info

    def add_file(self, name: str, path: Path) -> None:
        size = path.stat().st_size
        digest = sha256_file(path)
        with path.open("rb") as f:
            self.tar.addfile(self._info(name, size), f)
        self.members[name] = {"sha256": digest, "size": size}

    def add_bytes(self, name: str, data: bytes) -> None:
        self.tar.addfile(self._info(name, len(data)), io.BytesIO(data))
        self.members[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    def finish(self, manifest: dict[str, Any]) -> None:
        body = json.dumps({**manifest, "members": self.members}, indent=2, sort_keys=True).encode()
        self.tar.addfile(self._info(MANIFEST, len(body)), io.BytesIO(body))


@dataclass
class Member:
    name: str
    size: int
    sha256: str


def _read_member(stream: IO[bytes], sink: Callable[[bytes], object] | None) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
        if sink is not None:
            sink(chunk)
    return digest.hexdigest(), size


def read_archive(
    path: Path, open_sink: Callable[[str], Callable[[bytes], object] | None] | None = None
) -> dict[str, Any]:
    """Read the whole archive once, checking it against its manifest; return the manifest.

    `open_sink(name)` may give a callable that receives the member's bytes as they are read (to extract
    while checking); whatever it received must be discarded when this raises.
    """
    seen: dict[str, tuple[str, int]] = {}
    manifest_body: bytes | None = None
    try:
        with tarfile.open(path, mode="r|") as tar:
            for info in tar:
                if not info.isfile():
                    raise BackupRefused("ARCHIVE_TAMPERED", f"unexpected member {info.name!r} (not a file)")
                if info.name in seen or (info.name == MANIFEST and manifest_body is not None):
                    raise BackupRefused("ARCHIVE_TAMPERED", f"member {info.name!r} appears twice")
                stream = tar.extractfile(info)
                if stream is None:
                    raise BackupRefused("ARCHIVE_TAMPERED", f"member {info.name!r} cannot be read")
                if info.name == MANIFEST:
                    manifest_body = stream.read()
                    continue
                if manifest_body is not None:
                    raise BackupRefused("ARCHIVE_TAMPERED", f"member {info.name!r} after the manifest")
                seen[info.name] = _read_member(stream, open_sink(info.name) if open_sink else None)
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise BackupRefused("ARCHIVE_TRUNCATED", f"{path} is not a complete archive ({exc})") from exc
    if manifest_body is None:
        raise BackupRefused("ARCHIVE_TRUNCATED", f"{path} has no manifest: the archive is incomplete")
    try:
        manifest: dict[str, Any] = json.loads(manifest_body)
    except ValueError as exc:
        raise BackupRefused("ARCHIVE_TAMPERED", f"the manifest of {path} is not JSON") from exc
    check_members(manifest, seen)
    return manifest


def check_members(manifest: dict[str, Any], seen: dict[str, tuple[str, int]]) -> None:
    if manifest.get("format") != FORMAT:
        raise BackupRefused("ARCHIVE_FORMAT_UNKNOWN", f"archive format {manifest.get('format')!r}; this reads {FORMAT}")
    listed: dict[str, dict[str, Any]] = manifest.get("members") or {}
    missing = sorted(set(listed) - set(seen))
    extra = sorted(set(seen) - set(listed))
    if missing or extra:
        raise BackupRefused(
            "ARCHIVE_TAMPERED", f"members differ from the manifest (missing: {missing[:5]}, unlisted: {extra[:5]})"
        )
    for name, (digest, size) in seen.items():
        if listed[name].get("sha256") != digest or listed[name].get("size") != size:
            raise BackupRefused("ARCHIVE_TAMPERED", f"member {name!r} does not match its sha256 in the manifest")
    if DATABASE not in seen:
        raise BackupRefused("ARCHIVE_TAMPERED", f"the archive has no {DATABASE}")


def object_keys(manifest: dict[str, Any]) -> Iterator[str]:
    for name in sorted(manifest.get("members") or {}):
        if name.startswith(OBJECTS):
            yield name[len(OBJECTS) :]
