"""`afterresume`: the runbook's commands, one module per domain (common.py holds what they share).

This package's own module imports nothing at import time, so a command module importing
`server.cli.common` never loops back through the application that lists them all (application.py).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer


def main() -> None:
    """Run a command; a failure the operator can fix is one line on stderr and exit code 1."""
    from server.cli.application import app
    from server.cli.common import err, explain
    from server.system.logs import configure_logging
    from server.system.supervisor import StopRequested

    configure_logging()  # log lines of CLI work show "[-]" where a request's would show its id
    try:
        app()
    except StopRequested:
        sys.exit(0)
    except Exception as exc:
        message = explain(exc)
        if message is None:
            raise
        err.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
        sys.exit(1)


def __getattr__(name: str) -> typer.Typer:
    if name == "app":  # `from server.cli import app`, built on first access
        from server.cli.application import app

        return app
    raise AttributeError(name)
