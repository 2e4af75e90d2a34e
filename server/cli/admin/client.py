"""The admin commands' GraphQL client: named operations from the `.graphql` files beside this module,
sent over HTTP with a bearer token, and every failure turned into one line and a documented exit code."""

from __future__ import annotations

import atexit
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

OPERATIONS_DIR = Path(__file__).resolve().parent / "operations"
TIMEOUT_SECONDS = 30.0

# Exit codes scripts can trust (docs/runbook.md#exit-codes).
EXIT_OK = 0
EXIT_FAILED = 1  # cannot run: server unreachable, not logged in or token expired, not staff, server error
EXIT_REFUSED = 2  # the server refused the request (a UserError code is printed), or bad arguments
EXIT_ABORTED = 3  # a destructive command was not confirmed (declined, or no terminal and no --yes)


class AdminFailure(Exception):
    """A failure the operator can act on: one line on stderr and an exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED, errors: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
        self.errors = errors or []


LOGIN_AGAIN = "the token is invalid, expired or revoked; run `afterresume admin login` (or set AFTERRESUME_TOKEN)"


DEFINITION = re.compile(r"^(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)", re.MULTILINE)
SPREAD = re.compile(r"\.\.\.\s*(?!on\b)([_A-Za-z][_0-9A-Za-z]*)")
COMMENT = re.compile(r"#[^\n]*")


def definitions(text: str) -> dict[str, tuple[str, str]]:
    """The top-level definitions of an operations file by name: (kind, source text). Each starts at the
    beginning of a line and ends with the brace that closes its selection set; the files hold no string
    literals, and comments are dropped, so braces can simply be counted. (tests/cli checks every document
    built from them against schema.graphql with graphql-core, which a command does not need to import.)"""
    text = COMMENT.sub("", text)
    found: dict[str, tuple[str, str]] = {}
    for match in DEFINITION.finditer(text):
        depth = 0
        for end in range(text.index("{", match.end()), len(text)):
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            if depth == 0:
                break
        if match.group(2) in found:
            raise ValueError(f"{match.group(2)} is defined twice")
        found[match.group(2)] = (match.group(1), text[match.start() : end + 1])
    return found


@lru_cache(maxsize=1)
def operation_documents() -> dict[str, str]:
    """Every named operation of the `.graphql` files, with exactly the fragments it uses."""
    everything: dict[str, tuple[str, str]] = {}
    for path in sorted(OPERATIONS_DIR.glob("*.graphql")):
        everything.update(definitions(path.read_text()))
    fragments = {name: body for name, (kind, body) in everything.items() if kind == "fragment"}

    def used(body: str, seen: dict[str, str]) -> None:
        for name in SPREAD.findall(body):
            if name not in seen:
                seen[name] = fragments[name]
                used(fragments[name], seen)

    documents = {}
    for name, (kind, body) in everything.items():
        if kind != "fragment":
            needed: dict[str, str] = {}
            used(body, needed)
            documents[name] = "\n\n".join((body, *needed.values()))
    return documents


_HTTP: httpx.Client | None = None


def http() -> httpx.Client:
    """One HTTP client for the process: a command that pages through 10 000 users reuses one connection and
    one TLS context, instead of building both for each of its 100 requests (about 85 ms each)."""
    global _HTTP
    from http.cookiejar import CookieJar, DefaultCookiePolicy

    import httpx

    if _HTTP is None:
        # No cookie jar: the bearer token is the only credential, whichever server or user came before.
        jar = CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))
        _HTTP = httpx.Client(timeout=TIMEOUT_SECONDS, cookies=jar)
        atexit.register(_HTTP.close)
    return _HTTP


@dataclass
class AdminClient:
    url: str
    token: str | None

    @property
    def endpoint(self) -> str:
        return self.url.rstrip("/") + "/graphql"

    def _headers(self) -> dict[str, str]:
        headers = {"user-agent": "afterresume-admin", "content-type": "application/json"}
        if self.token:
            headers["authorization"] = f"Bearer {self.token}"
        return headers

    def execute(self, operation: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        """The operation's `data`; a top-level error raises AdminFailure with a message for the operator."""
        import httpx

        document = operation_documents()[operation]
        body = {"query": document, "variables": variables or {}, "operationName": operation}
        try:
            response = http().post(self.endpoint, json=body, headers=self._headers())
        except httpx.HTTPError as exc:
            raise AdminFailure(f"cannot reach {self.url} ({type(exc).__name__}: {exc or 'no answer'})") from exc
        return self._data(response)

    def download(self, path: str, params: dict[str, str], sink: Callable[[bytes], object]) -> int:
        """Stream a plain HTTP route of the server (the ledger CSV export) into `sink`; returns the bytes."""
        import httpx

        url = self.url.rstrip("/") + path
        try:
            with http().stream("GET", url, params=params, headers=self._headers()) as response:
                if response.status_code != 200:
                    response.read()
                    raise _http_failure(self.url, response)
                size = 0
                for chunk in response.iter_bytes():
                    sink(chunk)
                    size += len(chunk)
                return size
        except httpx.HTTPError as exc:
            raise AdminFailure(f"cannot reach {self.url} ({type(exc).__name__}: {exc or 'no answer'})") from exc

    def _data(self, response: httpx.Response) -> dict[str, Any]:
        payload = _json(response)
        if payload is None:
            raise AdminFailure(
                f"{self.endpoint} answered HTTP {response.status_code} without GraphQL "
                "(is --url the AfterResume server?)"
            )
        errors = payload.get("errors") or []
        if errors:
            raise _top_level_failure(errors)
        if response.status_code != 200 or not isinstance(payload.get("data"), dict):
            raise AdminFailure(f"{self.endpoint} answered HTTP {response.status_code}")
        data: dict[str, Any] = payload["data"]
        return data


def _json(response: httpx.Response) -> dict[str, Any] | None:
    try:
        value = response.json()
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _http_failure(url: str, response: httpx.Response) -> AdminFailure:
    if response.status_code == 401:
        return AdminFailure(LOGIN_AGAIN)
    if response.status_code == 403:
        return AdminFailure("this account is not allowed to do this (staff only)")
    problem = _json(response) or {}
    if response.status_code == 400:
        return AdminFailure(f"{problem.get('error')}: {problem.get('message')}", EXIT_REFUSED, errors=[problem])
    return AdminFailure(f"{url} answered HTTP {response.status_code}")


def _top_level_failure(errors: list[dict[str, Any]]) -> AdminFailure:
    first = errors[0]
    extensions = first.get("extensions") or {}
    code = extensions.get("code")
    message = str(first.get("message"))
    # --json prints errors in one shape whatever their origin: {code, message, field}.
    plain = [{"code": extensions.get("reason") or code, "message": message, "field": extensions.get("field")}]
    if code == "UNAUTHENTICATED":
        return AdminFailure(LOGIN_AGAIN, errors=plain)
    if code == "FORBIDDEN":
        return AdminFailure("this account is not allowed to do this (staff or superuser only)", errors=plain)
    if code == "RATE_LIMITED":
        return AdminFailure(f"rate limited: {message}", errors=plain)
    if code == "BAD_REQUEST":
        return AdminFailure(f"{plain[0]['code']}: {message}", EXIT_REFUSED, errors=plain)
    return AdminFailure(f"the server failed: {message} ({code or 'no code'})", errors=plain)


def refused(payload: dict[str, Any]) -> None:
    """Raise for a mutation payload's UserErrors (exit 2, each error's code and message)."""
    errors: list[dict[str, Any]] = payload.get("errors") or []
    if errors:
        line = "; ".join(
            f"{e['code']}: {e['message']}" + (f" ({e['field']})" if e.get("field") else "") for e in errors
        )
        raise AdminFailure(line, EXIT_REFUSED, errors=errors)
