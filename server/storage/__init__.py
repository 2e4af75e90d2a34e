from __future__ import annotations

from server.settings import Settings
from server.storage.base import ObjectNotFound, Storage


async def open_storage(settings: Settings) -> Storage:
    """The configured backend, ready to use; call `close()` when done."""
    if settings.storage_backend == "s3":
        from server.storage.s3 import S3Storage

        return await S3Storage(settings).open()
    from server.storage.local import LocalStorage

    return LocalStorage(settings.data_dir / "objects")


__all__ = ["ObjectNotFound", "Storage", "open_storage"]
