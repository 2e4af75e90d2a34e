"""The runbook and the scripting guide cannot drift from the code: every block marked runnable
(```sh runnable, ```python runnable) is run, in order, against a live server with a staff token, and
an ```output block right after one must match what it printed (`<placeholder>` matches anything)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest_asyncio

from server.backup import service
from server.tenants.models import Profile
from tests import engines
from tests.factories import (
    DEFAULT_PASSWORD,
    create_reserve,
    create_staff,
    create_user,
    create_worklog,
    token_for,
)
from tests.jobs.documents import GENERATE, monthly

ROOT = Path(__file__).resolve().parents[2]
BOX = re.compile("[\u2500-\u257f]")  # Rich's table borders: only the cells are compared
FENCE = re.compile(r"^[ ]*```([^\n`]*)\n(.*?)^[ ]*```[ ]*$", re.MULTILINE | re.DOTALL)


@dataclass
class Block:
    language: str
    code: str
    line: int
    expected: str | None


def runnable_blocks(path: Path) -> list[Block]:
    text = path.read_text()
    fences = [
        (m.group(1).split(), textwrap.dedent(m.group(2)), text[: m.start()].count("\n") + 1, m.end())
        for m in FENCE.finditer(text)
    ]
    blocks = []
    for i, (info, body, line, end) in enumerate(fences):
        if len(info) >= 2 and info[1] == "runnable":
            following = fences[i + 1] if i + 1 < len(fences) else None
            adjacent = (
                following is not None
                and following[0][:1] == ["output"]
                and not text[end : text.index("```output", end)].strip("\n ")
            )
            blocks.append(Block(info[0], body, line, following[1] if adjacent else None))
    return blocks


def matches(expected: str, printed: str) -> list[str]:
    """Expected lines missing from the output (whitespace runs compared as one space, table borders ignored)."""
    flat = " ".join(BOX.sub(" ", printed).split())
    missing = []
    for line in BOX.sub(" ", expected).splitlines():
        if not line.strip():
            continue
        pattern = r"\s+".join(re.sub(r"<[^>]+>", ".+?", re.escape(word)) for word in line.split())
        if not re.search(pattern, flat):
            missing.append(line)
    return missing


@pytest_asyncio.fixture
async def instance(app, settings, live_server, engine_urls, tmp_path, gql):
    """What an operator has: a server, a staff token, the service's database settings, a queued job; and an
    empty database to restore into."""
    server_url, _ = engine_urls
    new_database = await engines.create_database(server_url, prefix="ar_runbook")
    await create_staff(username="admin", is_superuser=True, email="admin@example.com")
    admin = await create_staff(username="ops", is_superuser=True, email="ops@example.com")
    ada = await create_user(username="ada", email="ada@example.com")
    await create_user(username="grace", email="grace@example.com")
    linus = await create_user(username="linus", email="linus@example.com")
    await create_reserve(await (await Profile.get(user_id=ada.id)).tenant, balance_cents=2_000)
    await create_reserve(await (await Profile.get(user_id=linus.id)).tenant, balance_cents=1_000)
    for day in (2, 3):
        await create_worklog(linus, date=date(2026, 11, day), content=f"Closed {day} tickets for Atlas.")
    queued = (await gql.ok(GENERATE, monthly(), token=await token_for(linus)))["generateReport"]
    assert queued["errors"] == []  # a queued job for the jobs procedures (no worker runs here)
    backups = tmp_path / "backups"  # last night's scheduled backup, for the daily check
    assert await service.scheduled_backup(settings.model_copy(update={"backup_dir": backups})) is not None
    env = {
        # PYTHONDONTWRITEBYTECODE left out: some fifty commands would each compile every module again.
        **{
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("AFTERRESUME_", "BACKUP_")) and k != "PYTHONDONTWRITEBYTECODE"
        },
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PUBLIC_URL": live_server,
        "AFTERRESUME_TOKEN": await token_for(admin),
        "ADMIN_PASSWORD": DEFAULT_PASSWORD,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "DATA_DIR": str(settings.data_dir),
        "BACKUP_DIR": str(backups),
        "NEW_DATABASE_URL": new_database,
        "NEW_DATA_DIR": str(tmp_path / "restored-data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "COLUMNS": "200",
        "NO_COLOR": "1",
    }
    yield env, tmp_path
    await engines.drop_database(server_url, new_database)


def run(block: Block, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    if block.language == "python":
        argv = [sys.executable, "-c", block.code]
    else:
        argv = ["bash", "-euo", "pipefail", "-c", block.code]
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)


def run_document(name: str, env: dict[str, str], cwd: Path) -> int:
    blocks = runnable_blocks(ROOT / "docs" / name)
    for block in blocks:
        done = run(block, env, cwd)
        where = f"docs/{name}:{block.line}"
        assert done.returncode == 0, f"{where} exited {done.returncode}:\n{block.code}\n{done.stdout}\n{done.stderr}"
        if block.expected is not None:
            missing = matches(block.expected, done.stdout + done.stderr)
            assert missing == [], f"{where} printed\n{done.stdout}{done.stderr}\nwithout {missing}"
    return len(blocks)


async def test_every_runnable_block_of_the_runbook_runs_as_written(instance):
    env, cwd = instance
    assert run_document("runbook.md", env, cwd) >= 20


async def test_every_runnable_block_of_the_scripting_guide_runs_as_written(instance):
    env, cwd = instance
    assert run_document("scripting.md", env, cwd) >= 3


def test_the_block_reader_finds_blocks_and_their_output(tmp_path):
    doc = tmp_path / "doc.md"
    doc.write_text("```sh runnable\necho hi\n```\n```output\nhi <name>\n```\n```sh\nnot run\n```\n")
    (block,) = runnable_blocks(doc)
    assert block.code == "echo hi\n" and block.expected == "hi <name>\n"
    assert matches("hi <name>", "hi   there") == [] and matches("bye", "hi") == ["bye"]
