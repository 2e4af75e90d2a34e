"""Why a backup or restore was refused. These never cross the GraphQL API (the commands that raise them
talk to the database directly), so their codes are listed in docs/runbook.md rather than the ErrorCode enum."""

from __future__ import annotations


class BackupRefused(Exception):
    """A refusal the operator can act on; nothing was changed when a restore raises it before it started."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
