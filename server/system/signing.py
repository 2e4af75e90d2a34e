"""Everything SECRET_KEY vouches for: signed download links and the secrets behind emailed links.

Each use has its own purpose, and its own key derived from SECRET_KEY for it, so a signature made for one
purpose never verifies for another. Signing uses SECRET_KEY; verifying also accepts SECRET_KEY_PREVIOUS,
so links made before a key rotation keep working during its grace period (docs/security.md).
Session cookies and API tokens are random secrets looked up by their hash: a rotation leaves them alone.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from functools import lru_cache

from server.settings import Settings


@lru_cache(maxsize=1)
def _process_key() -> bytes:
    # Without SECRET_KEY (development only: production refuses to start) signatures live as long as the process.
    return secrets.token_bytes(32)


def _raw_keys(settings: Settings) -> list[bytes]:
    current = settings.secret_key.get_secret_value().encode() if settings.secret_key else _process_key()
    keys = [current]
    if settings.secret_key_previous is not None:
        previous = settings.secret_key_previous.get_secret_value().encode()
        if previous and previous != current:
            keys.append(previous)
    return keys


def _purpose_key(raw: bytes, purpose: str) -> bytes:
    return hmac.new(raw, purpose.encode(), hashlib.sha256).digest()


def sign(settings: Settings, purpose: str, message: str) -> str:
    """A hex signature of `message` for `purpose`, made with SECRET_KEY."""
    key = _purpose_key(_raw_keys(settings)[0], purpose)
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def verify(settings: Settings, purpose: str, message: str, signature: str) -> bool:
    """True when `signature` was made for `message` and `purpose` with SECRET_KEY or SECRET_KEY_PREVIOUS."""
    for raw in _raw_keys(settings):
        expected = hmac.new(_purpose_key(raw, purpose), message.encode(), hashlib.sha256).hexdigest()
        if hmac.compare_digest(expected, signature or ""):
            return True
    return False


def derived_secrets(settings: Settings, purpose: str, ident: str, prefix: str) -> list[str]:
    """The secret for (`purpose`, `ident`) under each accepted key, current key first.

    A secret sent by email is derived rather than random, so the database holds only its hash and
    the worker that sends the message re-derives it: nothing readable from the database alone
    opens the link.
    """
    out = []
    for raw in _raw_keys(settings):
        mac = hmac.new(_purpose_key(raw, purpose), ident.encode(), hashlib.sha256).digest()
        out.append(prefix + base64.urlsafe_b64encode(mac).decode().rstrip("="))
    return out


def derived_secret(settings: Settings, purpose: str, ident: str, prefix: str) -> str:
    """The secret for (`purpose`, `ident`) under SECRET_KEY."""
    return derived_secrets(settings, purpose, ident, prefix)[0]


# The purposes, one per kind of thing signed; never reuse one for something else.
EVIDENCE_DOWNLOAD = "evidence-download"
PASSWORD_RESET = "password-reset"  # noqa: S105 - a signing purpose, not a secret
INVITE_PASSKEY = "invite-passkey"
