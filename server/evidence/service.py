"""Evidence files: attach to one of the caller's entries, list, delete, download by signed URL.

Bytes go to object storage under `evidence/<tenant>/<worklog>/<evidence>`; clients never name a
key. Downloads are short-lived URLs signed with SECRET_KEY, so a URL is the permission.
"""

from __future__ import annotations

import hashlib
import time
import unicodedata
from urllib.parse import urlencode
from uuid import UUID, uuid4

from tortoise.transactions import in_transaction

from server.auth.models import User
from server.auth.scope import TenantScope
from server.errors import NotFound, ServiceError
from server.evidence.models import Evidence
from server.settings import Settings
from server.storage import Storage
from server.system import signing
from server.worklogs.models import Worklog
from server.worklogs.service import delete_objects

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_FILES_PER_WORKLOG = 20
MAX_NAME = 255
DOWNLOAD_TTL_SECONDS = 300
KEY_PREFIX = "evidence/"

# Declared type → how its first bytes must look (None: must be UTF-8 text).
ALLOWED_TYPES: dict[str, tuple[bytes, ...] | None] = {
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/gif": (b"GIF87a", b"GIF89a"),
    "image/webp": (b"RIFF",),
    "application/pdf": (b"%PDF-",),
    "text/plain": None,
    "text/markdown": None,
    "text/csv": None,
    "application/json": None,
}


def object_key(tenant_id: UUID, worklog_id: UUID, evidence_id: UUID) -> str:
    return f"{KEY_PREFIX}{tenant_id}/{worklog_id}/{evidence_id}"


def clean_filename(name: str) -> str:
    name = unicodedata.normalize("NFC", name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip().lstrip(".")
    if not name:
        raise ServiceError("INVALID_FILENAME", "The file needs a name.", "file")
    if len(name) > MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: MAX_NAME - len(ext) - 1] + "." + ext) if dot and len(ext) < 16 else name[:MAX_NAME]
    return name


def check_file(name: str, content_type: str, data: bytes) -> tuple[str, str]:
    """Refuse files that are too large, empty, of a refused type, or not what they claim to be."""
    if len(data) > MAX_FILE_BYTES:
        raise ServiceError("FILE_TOO_LARGE", f"Files can be at most {MAX_FILE_BYTES // (1024 * 1024)} MB.", "file")
    if not data:
        raise ServiceError("FILE_EMPTY", "The file is empty.", "file")
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if kind not in ALLOWED_TYPES:
        allowed = ", ".join(sorted(ALLOWED_TYPES))
        raise ServiceError(
            "FILE_TYPE_REFUSED", f"Files of type {kind or 'unknown'!r} are refused; allowed: {allowed}.", "file"
        )
    magic = ALLOWED_TYPES[kind]
    if magic is None:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ServiceError("FILE_TYPE_MISMATCH", f"The file is not {kind} text (UTF-8).", "file") from exc
    elif not data.startswith(magic) or (kind == "image/webp" and data[8:12] != b"WEBP"):
        raise ServiceError("FILE_TYPE_MISMATCH", f"The file's content is not {kind}.", "file")
    return clean_filename(name), kind


async def _own_worklog(scope: TenantScope, worklog_id: UUID) -> Worklog:
    worklog = await Worklog.get_or_none(id=worklog_id, tenant_id=scope.tenant_id, user_id=scope.user_id)
    if worklog is None:
        raise NotFound("Worklog", "worklogId")
    return worklog


async def attach_evidence(
    scope: TenantScope,
    actor: User,
    worklog_id: UUID,
    *,
    filename: str,
    content_type: str,
    data: bytes,
    storage: Storage,
) -> Evidence:
    """Store the bytes, then the row; if the row cannot be written the object is removed again."""
    name, kind = check_file(filename, content_type, data)
    worklog = await _own_worklog(scope, worklog_id)
    await _check_room(scope, worklog.id)  # before storing any bytes; again under the lock below
    evidence_id = uuid4()
    key = object_key(scope.tenant_id, worklog.id, evidence_id)
    await storage.put(key, data, kind)
    try:
        async with in_transaction():
            # Locks the entry: a concurrent delete cannot leave this row's object behind.
            # (`.exists()` would drop FOR UPDATE: Tortoise builds its own query for it.)
            if await Worklog.select_for_update().get_or_none(id=worklog.id, tenant_id=scope.tenant_id) is None:
                raise NotFound("Worklog", "worklogId")
            await _check_room(scope, worklog.id)  # concurrent uploads queue on the lock, then count
            return await Evidence.create(
                id=evidence_id,
                tenant_id=scope.tenant_id,
                worklog_id=worklog.id,
                object_key=key,
                original_name=name,
                size=len(data),
                content_type=kind,
                sha256=hashlib.sha256(data).hexdigest(),
            )
    except BaseException:
        await delete_objects(storage, [key])
        raise


async def _check_room(scope: TenantScope, worklog_id: UUID) -> None:
    if await Evidence.filter(worklog_id=worklog_id, tenant_id=scope.tenant_id).count() >= MAX_FILES_PER_WORKLOG:
        raise ServiceError("TOO_MANY_FILES", f"An entry can have at most {MAX_FILES_PER_WORKLOG} files.", "file")


async def list_evidence(scope: TenantScope, worklog_id: UUID) -> list[Evidence]:
    await _own_worklog(scope, worklog_id)
    return await Evidence.filter(worklog_id=worklog_id, tenant_id=scope.tenant_id).order_by("created_at", "id")


async def get_evidence(scope: TenantScope, evidence_id: UUID) -> Evidence:
    evidence = await Evidence.get_or_none(id=evidence_id, tenant_id=scope.tenant_id, worklog__user_id=scope.user_id)
    if evidence is None:
        raise NotFound("Evidence")
    return evidence


async def delete_evidence(scope: TenantScope, actor: User, evidence_id: UUID, *, storage: Storage) -> UUID:
    async with in_transaction():
        evidence = await get_evidence(scope, evidence_id)
        await Evidence.filter(id=evidence.id, tenant_id=scope.tenant_id).delete()
    await delete_objects(storage, [evidence.object_key])
    return evidence_id


async def evidence_by_worklog(worklog_ids: list[UUID]) -> dict[UUID, list[Evidence]]:
    """Evidence of entries the caller has already been allowed to read (the DataLoader's batch)."""
    rows = await Evidence.filter(worklog_id__in=worklog_ids).order_by("created_at", "id")
    by_worklog: dict[UUID, list[Evidence]] = {}
    for row in rows:
        by_worklog.setdefault(row.worklog_id, []).append(row)
    return by_worklog


# --- signed download URLs -----------------------------------------------------------------------


def _signature(settings: Settings, evidence_id: UUID, expires: int) -> str:
    return signing.sign(settings, signing.EVIDENCE_DOWNLOAD, f"{evidence_id}:{expires}")


def download_path(settings: Settings, evidence_id: UUID, *, now: float | None = None) -> str:
    expires = int((now if now is not None else time.time()) + DOWNLOAD_TTL_SECONDS)
    query = urlencode({"expires": expires, "signature": _signature(settings, evidence_id, expires)})
    return f"/api/evidence/{evidence_id}?{query}"


def download_url(settings: Settings, evidence_id: UUID) -> str:
    return settings.public_url.rstrip("/") + download_path(settings, evidence_id)


async def evidence_for_download(settings: Settings, evidence_id: str, expires: str, signature: str) -> Evidence:
    """The evidence a signed URL grants, or NotFound: a bad, expired or foreign URL learns nothing."""
    try:
        parsed_id, expires_at = UUID(evidence_id), int(expires)
    except (TypeError, ValueError) as exc:
        raise NotFound("Evidence") from exc
    signed = signing.verify(settings, signing.EVIDENCE_DOWNLOAD, f"{parsed_id}:{expires_at}", signature)
    if not signed or expires_at < time.time():
        raise NotFound("Evidence")
    evidence = await Evidence.get_or_none(id=parsed_id)
    if evidence is None:
        raise NotFound("Evidence")
    return evidence
