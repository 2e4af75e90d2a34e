"""Evidence files under DATA_DIR are private to the service's user: 0600 files in 0700 directories."""

from __future__ import annotations

import os
import stat

from server.storage.local import LocalStorage


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


async def test_local_objects_are_0600_in_0700_directories_whatever_the_umask(tmp_path):
    previous = os.umask(0o022)  # the usual umask, which would give 0644 files in 0755 directories
    try:
        storage = LocalStorage(tmp_path / "objects")
        await storage.put("evidence/tenant-1/entry-2/report.pdf", b"%PDF-1.7")
        await storage.put("evidence/tenant-1/entry-3/notes.txt", b"notes")
    finally:
        os.umask(previous)
    root = tmp_path / "objects"
    directories = [
        root,
        root / "evidence",
        root / "evidence/tenant-1",
        root / "evidence/tenant-1/entry-2",
        root / "evidence/tenant-1/entry-3",
    ]
    assert {str(d.relative_to(tmp_path)): mode(d) for d in directories} == {
        str(d.relative_to(tmp_path)): 0o700 for d in directories
    }
    files = [p for p in root.rglob("*") if p.is_file()]
    assert len(files) == 2 and {mode(p) for p in files} == {0o600}
    assert await storage.get("evidence/tenant-1/entry-2/report.pdf") == b"%PDF-1.7"
