from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

from aiobotocore.session import get_session
from botocore.config import Config
from botocore.exceptions import ClientError

from server.settings import Settings
from server.storage.base import ObjectNotFound, Storage, check_key


class S3Storage(Storage):
    """S3 or MinIO through aiobotocore; one client for the process's lifetime."""

    name = "s3"

    def __init__(self, settings: Settings) -> None:
        self.bucket = settings.s3_bucket
        self._settings = settings
        self._stack = contextlib.AsyncExitStack()
        # An aiobotocore S3 client (the library has no type information), set by open().
        self._client: Any | None = None

    @property
    def _s3(self) -> Any:
        if self._client is None:
            raise RuntimeError("S3Storage is used before open()")
        return self._client

    async def open(self) -> S3Storage:
        s = self._settings
        session = get_session()
        self._client = await self._stack.enter_async_context(
            session.create_client(
                "s3",
                region_name=s.s3_region,
                endpoint_url=s.s3_endpoint_url,
                aws_access_key_id=s.s3_access_key_id,
                aws_secret_access_key=s.s3_secret_access_key.get_secret_value() if s.s3_secret_access_key else None,
                config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 3}),
            )
        )
        return self

    async def close(self) -> None:
        await self._stack.aclose()

    async def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        await self._s3.put_object(Bucket=self.bucket, Key=check_key(key), Body=data, ContentType=content_type)

    async def get(self, key: str) -> bytes:
        try:
            response = await self._s3.get_object(Bucket=self.bucket, Key=check_key(key))
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise ObjectNotFound(key) from exc
            raise
        async with response["Body"] as stream:
            data: bytes = await stream.read()
            return data

    async def delete(self, key: str) -> None:
        await self._s3.delete_object(Bucket=self.bucket, Key=check_key(key))

    async def exists(self, key: str) -> bool:
        try:
            await self._s3.head_object(Bucket=self.bucket, Key=check_key(key))
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True

    async def list_keys(self, prefix: str = "") -> AsyncIterator[str]:
        paginator = self._s3.get_paginator("list_objects_v2")
        async for page in paginator.paginate(Bucket=self.bucket, Prefix=prefix):
            for item in page.get("Contents", ()):
                yield item["Key"]

    async def check(self) -> None:
        probe = f"health-probe/{uuid.uuid4().hex}"
        await self.put(probe, b"ok")
        await self.delete(probe)
