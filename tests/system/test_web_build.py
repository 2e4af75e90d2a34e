"""The SPA's generated operation types match schema.graphql and its entry stays small."""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parents[2] / "web"
DIST = WEB / "dist"
BUDGET_GZIP = 60 * 1024


def test_generated_operation_types_are_not_stale():
    if not (WEB / "node_modules" / ".bin" / "graphql-codegen").exists():
        pytest.fail("web/node_modules is missing: run `make web` (make test does)")
    result = subprocess.run(
        [shutil.which("npx") or "npx", "graphql-codegen", "--config", "codegen.ts", "--check"],
        cwd=WEB,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, (
        f"web/src/gql is stale: run `cd web && npm run codegen`\n{result.stdout}{result.stderr}"
    )


def entry_scripts() -> list[Path]:
    """The JS a first visit to any route loads before the route's own chunk: the entry and its preloads."""
    html = (DIST / "index.html").read_text()
    names = re.findall(r'(?:src|href)="/(assets/[^"]+\.js)"', html)
    return [DIST / n for n in names]


def test_the_login_and_work_log_routes_load_under_60_kb_gzip():
    if not (DIST / "index.html").is_file():
        pytest.fail("the SPA is not built: run `make web` (make test does)")
    scripts = entry_scripts()
    assert scripts, "index.html names no scripts"
    # Sign-in and the work log live in the entry chunk; other routes load their own chunks on demand.
    total = sum(len(gzip.compress(p.read_bytes(), 9)) for p in scripts)
    assert total < BUDGET_GZIP, f"{total} bytes gzip"
