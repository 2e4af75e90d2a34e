"""Log lines that name the request they belong to.

`RequestIdFilter` stamps every record with the request id of the running request
(a context variable, so concurrent requests never see each other's); the formats
below show it. `serve` hands `uvicorn_log_config()` to uvicorn (every worker
process applies it, access log included); `configure_logging()` installs the same
on the root logger for CLI commands and for an app started by some other server.
"""

from __future__ import annotations

import json
import logging
import sys
from contextvars import ContextVar
from datetime import UTC, datetime
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


# Fields a record may carry (`extra=`) that the JSON lines show; the request log line sets them.
REQUEST_FIELDS = (
    "method",
    "path",
    "status",
    "duration_ms",
    "user_id",
    "tenant_id",
    "operation_name",
    "operation_type",
    "error_code",
)


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, request id, and the request fields it has."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or request_id_var.get() or None,
        }
        for name in REQUEST_FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                line[name] = value
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, default=str)


def uvicorn_log_config(level: str = "info", *, as_json: bool = False) -> dict[str, Any]:
    """uvicorn's own configuration with request ids in every line, and our loggers routed through it.

    As JSON (production), every record is one JSON line and uvicorn's access lines give way to the
    app's own request line (server.metrics.middleware), which knows the user and the operation."""
    if as_json:
        return {
            "version": 1,
            "disable_existing_loggers": False,
            "filters": {"request_id": {"()": RequestIdFilter}},
            "formatters": {"json": {"()": JsonFormatter}},
            "handlers": {
                "default": {
                    "formatter": "json",
                    "class": "logging.StreamHandler",
                    "stream": "ext://sys.stderr",
                    "filters": ["request_id"],
                }
            },
            "loggers": {
                "uvicorn": {"handlers": ["default"], "level": level.upper(), "propagate": False},
                "uvicorn.error": {"level": level.upper()},
                "uvicorn.access": {"handlers": ["default"], "level": "WARNING", "propagate": False},
                "server": {"level": "INFO"},
            },
            "root": {"handlers": ["default"], "level": "WARNING"},
        }
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


def configure_logging(stream: TextIO | None = None, *, as_json: bool = False) -> logging.Handler | None:
    """Give the root logger a handler that shows request ids (as JSON lines in production), unless one is
    there already.

    Returns the handler it added (None when the root logger already had one of ours).
    """
    root = logging.getLogger()
    for handler in root.handlers:
        if any(isinstance(f, RequestIdFilter) for f in handler.filters):
            return None
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if as_json else logging.Formatter(LOG_FORMAT))
    handler.addFilter(RequestIdFilter())
    root.addHandler(handler)
    if logging.getLogger("server").level == logging.NOTSET:
        logging.getLogger("server").setLevel(logging.INFO)
    return handler
