"""Prints a database's table/column/index shape as JSON; with --generate, first builds it from the models.

Run as a subprocess by tests/system/test_migrations.py so that a second Tortoise
initialisation never disturbs the test session's own.
"""

from __future__ import annotations

import asyncio
import json
import sys

import asyncpg

COLUMNS = """
SELECT table_name, column_name, data_type, is_nullable, character_maximum_length
FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'aerich'
ORDER BY 1, 2"""
INDEXES = """
SELECT tablename, regexp_replace(indexdef, 'INDEX \\S+ ON', 'INDEX ON') AS def
FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'aerich' ORDER BY 1, 2"""
CONSTRAINTS = """
SELECT conrelid::regclass::text AS tbl, contype::text, pg_get_constraintdef(oid) AS def
FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'aerich'
ORDER BY 1, 2, 3"""


async def snapshot(url: str) -> dict:
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        return {
            "columns": [list(r.values()) for r in await conn.fetch(COLUMNS)],
            "indexes": [list(r.values()) for r in await conn.fetch(INDEXES)],
            "constraints": [list(r.values()) for r in await conn.fetch(CONSTRAINTS)],
        }
    finally:
        await conn.close()


async def generate(url: str) -> None:
    from tortoise import Tortoise

    from server.db import MODEL_MODULES

    await Tortoise.init(db_url=url, modules={"models": MODEL_MODULES})
    await Tortoise.generate_schemas(safe=False)
    await Tortoise.close_connections()


async def main(url: str, build: bool) -> None:
    if build:
        await generate(url)
    print(json.dumps(await snapshot(url)))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], "--generate" in sys.argv))
