"""Random secrets shown once and stored only as SHA-256 digests."""

from __future__ import annotations

import hashlib
import secrets

TOKEN_PREFIX = "art_"  # noqa: S105 - a public marker that names the kind of secret, not a secret
PASSKEY_PREFIX = "ark_"
RESET_PREFIX = "arr_"


def new_secret(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(32)


def digest(raw: str) -> str:
    # High-entropy secrets need no slow hash; a fast one keeps lookups to one index probe.
    return hashlib.sha256(raw.encode()).hexdigest()


def display_prefix(raw: str) -> str:
    return raw[:10]
