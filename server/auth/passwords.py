"""Argon2 password hashing and the password rules."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from server.errors import ServiceError

MIN_LENGTH = 10
MAX_LENGTH = 256
# argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): ~25 ms a hash on this
# class of machine, so a 2-core API still serves tens of logins a second. Older hashes are
# upgraded at the next successful login (`needs_rehash`).
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


@lru_cache(maxsize=1)
def _common_passwords() -> frozenset[str]:
    path = Path(__file__).with_name("common_passwords.txt")
    return frozenset(line.strip().lower() for line in path.read_text().splitlines() if line.strip())


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A valid hash to verify against when the user does not exist, so timing reveals nothing.
    Made on first use: importing this module hashes nothing."""
    return _hasher.hash("not-a-real-password-0")


def burn_verify_time(password: str) -> None:
    verify_password(_dummy_hash(), password)


def validate_password(password: str, *, username: str = "", email: str = "", field: str = "password") -> None:
    """Raise a ServiceError naming the first rule the password breaks."""
    if len(password) < MIN_LENGTH:
        raise ServiceError("PASSWORD_TOO_SHORT", f"Password must be at least {MIN_LENGTH} characters.", field)
    if len(password) > MAX_LENGTH:
        raise ServiceError("PASSWORD_TOO_LONG", f"Password must be at most {MAX_LENGTH} characters.", field)
    lowered = password.lower()
    if lowered in _common_passwords() or re.fullmatch(r"(.)\1+", password) or password.isdigit():
        raise ServiceError("PASSWORD_TOO_COMMON", "This password is too common; choose a less guessable one.", field)
    for attribute in (username.lower(), email.lower().split("@")[0]):
        if len(attribute) < 3:
            continue
        if attribute in lowered or SequenceMatcher(None, lowered, attribute).ratio() >= 0.7:
            raise ServiceError("PASSWORD_TOO_SIMILAR", "Password is too similar to the username or email.", field)
