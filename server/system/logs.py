"""Log lines that name the request they belong to.

`RequestIdFilter` stamps every record with the request id of the running request
(a context variable, so concurrent requests never see each other's); the formats
below show it. `serve` hands `uvicorn_log_config()` to uvicorn (every worker
process applies it, access log included); `configure_logging()` installs the same
on the root logger for CLI commands and for an app started by some other server.
"""

from __future__ import annotations

import logging
import sys
from contextvars import ContextVar
from typing import Any, TextIO

request_id_var: ContextVar[str] = ContextVar("request_id", default="")

LOG_FORMAT = "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"


def current_request_id() -> str:
    return request_id_var.get()


class RequestIdFilter(logging.Filter):
    """Sets `record.request_id` ("-" outside any request); never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get() or "-"
        return True


def uvicorn_log_config(level: str = "info") -> dict[str, Any]:
    """uvicorn's own configuration with request ids in every line, and our loggers routed through it."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": RequestIdFilter}},
        "formatters": {
            "default": {
                "()": "uvicorn.logging.DefaultFormatter",
                "fmt": "%(asctime)s %(levelprefix)s [%(request_id)s] %(name)s: %(message)s",
                "use_colors": None,
            },
            "access": {
                "()": "uvicorn.logging.AccessFormatter",
                "fmt": '%(asctime)s %(levelprefix)s [%(request_id)s] %(client_addr)s - "%(request_line)s" %(status_code)s',
            },
        },
        "handlers": {
            "default": {
                "formatter": "default",
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "filters": ["request_id"],
            },
            "access": {
                "formatter": "access",
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
                "filters": ["request_id"],
            },
        },
        "loggers": {
            "uvicorn": {"handlers": ["default"], "level": level.upper(), "propagate": False},
            "uvicorn.error": {"level": level.upper()},
            "uvicorn.access": {"handlers": ["access"], "level": level.upper(), "propagate": False},
            "server": {"level": "INFO"},
        },
        "root": {"handlers": ["default"], "level": "WARNING"},
    }


def configure_logging(stream: TextIO | None = None) -> logging.Handler | None:
    """Give the root logger a handler that shows request ids, unless one is there already.

    Returns the handler it added (None when the root logger already had one of ours).
    """
    root = logging.getLogger()
    for handler in root.handlers:
        if any(isinstance(f, RequestIdFilter) for f in handler.filters):
            return None
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RequestIdFilter())
    root.addHandler(handler)
    if logging.getLogger("server").level == logging.NOTSET:
        logging.getLogger("server").setLevel(logging.INFO)
    return handler
