"""Email addresses as accounts and invitations take them."""

from __future__ import annotations

import re

from server.errors import ServiceError

EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


def normalize_email(email: str, field: str = "email") -> str:
    value = email.strip().lower()
    if len(value) > 254 or not EMAIL_RE.fullmatch(value):
        raise ServiceError("INVALID_EMAIL", "Enter a valid email address.", field)
    return value
