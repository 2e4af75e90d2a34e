"""The schema's ErrorCode declares every code a service raises; each is documented and asserted by some test."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from server.errors import ServiceError
from server.graphql.error_codes import ErrorCode, domain_of, meaning_of
from server.graphql.errors import user_error
from server.invitations import service as invitations_service
from server.llm.base import ProviderFailure
from server.worklogs import service as worklogs_service
from tests.factories import create_staff, create_user, token_for

ROOT = Path(__file__).resolve().parents[2]
DECLARED = {code.value for code in ErrorCode}

# Calls whose first argument becomes a UserError code: ServiceError itself, and the pydantic error an import row's
# field check raises (formats.py), whose upper-case type becomes the row's code.
CODE_TAKERS = {"ServiceError", "PydanticCustomError", "_refuse", "JobFailure"}  # JobFailure: a job's error code
# Codes passed through from an error already coded (a row's check, a field's ServiceError).
PASS_THROUGH = {"exc.code", "code"}

# Declared codes no test asserts, each with why a test cannot reach it cheaply. Keep this short.
NOT_ASSERTED: dict[str, str] = {}


def _provider_failure(call: ast.Call) -> str | None:
    """`ProviderError(ProviderFailure.NAME, …)`: a generation failure, which a job records as its error code."""
    first = call.args[0] if call.args else None
    if (
        isinstance(call.func, ast.Name)
        and call.func.id == "ProviderError"
        and isinstance(first, ast.Attribute)
        and isinstance(first.value, ast.Name)
        and first.value.id == "ProviderFailure"
    ):
        return first.attr
    return None


def raised_codes(root: Path = ROOT) -> tuple[set[str], list[str]]:
    """Literal codes in server/: ServiceError(...) and friends, and `super().__init__(code)` of its subclasses;
    plus every call whose code is neither a literal nor a pass-through (file:line), which must stay empty."""
    literal: set[str] = set()
    unknown: list[str] = []
    for path in sorted((root / "server").rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        subclasses = {
            node.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and any(isinstance(b, ast.Name) and b.id in {"ServiceError", "NotFound"} for b in node.bases)
        }
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name in subclasses):
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                func = call.func
                if (
                    isinstance(func, ast.Attribute)
                    and func.attr == "__init__"
                    and isinstance(func.value, ast.Call)
                    and isinstance(func.value.func, ast.Name)
                    and func.value.func.id == "super"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    literal.add(call.args[0].value)
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            if provider_failure := _provider_failure(call):
                literal.add(ProviderFailure[provider_failure].value)
                continue
            if not (isinstance(call.func, ast.Name) and call.func.id in CODE_TAKERS):
                continue
            first = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "code"), None)
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                literal.add(first.value)
            elif first is None or ast.unparse(first) not in PASS_THROUGH:
                unknown.append(f"{path.relative_to(root)}:{call.lineno}")
    return literal, unknown


def test_every_code_a_service_raises_is_declared_in_the_schema():
    literal, unknown = raised_codes()
    assert len(literal) > 70, "the scan found too few codes: is it still reading server/?"
    assert not unknown, f"codes the scan cannot read (use a literal code): {unknown}"
    assert literal - DECLARED == set(), "add these to ErrorCode (server/graphql/error_codes.py) and docs/errors.md"
    assert DECLARED - literal == set(), "declared codes nothing raises any more: remove them"


def test_the_scan_sees_a_new_undeclared_code(tmp_path):
    """The scan itself can fail: a module raising an undeclared code shows up."""
    (tmp_path / "server").mkdir()
    (tmp_path / "server" / "thing.py").write_text(
        "class Gone(ServiceError):\n    def __init__(self):\n        super().__init__('GONE_AWAY', 'x')\n"
        "def f(code):\n    raise ServiceError('BRAND_NEW', 'x')\n"
        "def g(what):\n    raise ServiceError(what.upper(), 'x')\n"
    )
    literal, unknown = raised_codes(tmp_path)
    assert literal == {"GONE_AWAY", "BRAND_NEW"}
    assert unknown == ["server/thing.py:7"]


def test_the_scan_reads_the_codes_of_generation_failures(tmp_path):
    (tmp_path / "server").mkdir()
    (tmp_path / "server" / "gen.py").write_text(
        "def f():\n    raise ProviderError(ProviderFailure.RATE_LIMITED, 'x', retryable=False)\n"
    )
    assert raised_codes(tmp_path) == ({"PROVIDER_RATE_LIMITED"}, [])


def test_an_undeclared_code_fails_the_conversion_to_a_user_error():
    assert user_error(ServiceError("NOT_FOUND", "x")).code is ErrorCode.NOT_FOUND
    with pytest.raises(ValueError):
        user_error(ServiceError("NO_SUCH_CODE", "A rule with a code the schema does not know."))


async def test_a_mutation_refusing_with_an_undeclared_code_answers_internal(gql, monkeypatch):
    async def refuse(*args, **kwargs):
        raise ServiceError("NO_SUCH_CODE", "A rule with a code the schema does not know.")

    monkeypatch.setattr(invitations_service, "create_invite_passkey", refuse)
    body = await gql(
        "mutation { createInvitePasskey(input: {}) { passkey errors { code } } }",
        token=await token_for(await create_staff()),
    )
    assert body["data"] is None
    assert [(e["message"], e["extensions"]) for e in body["errors"]] == [
        ("Internal server error.", {"code": "INTERNAL"})
    ]


async def test_a_query_refusing_with_an_undeclared_code_answers_internal_not_bad_request(gql, monkeypatch):
    query = "{ worklogs { totalCount } }"
    token = await token_for(await create_user())

    def refusing(code):
        async def refuse(*args, **kwargs):
            raise ServiceError(code, "Refused.", "after")

        return refuse

    monkeypatch.setattr(worklogs_service, "list_worklogs", refusing("INVALID_CURSOR"))
    declared = await gql(query, token=token)
    assert declared["errors"][0]["extensions"] == {"code": "BAD_REQUEST", "reason": "INVALID_CURSOR", "field": "after"}
    monkeypatch.setattr(worklogs_service, "list_worklogs", refusing("NO_SUCH_CODE"))
    undeclared = await gql(query, token=token)
    assert undeclared["errors"][0]["extensions"] == {"code": "INTERNAL"}


def documented_codes() -> dict[str, tuple[str, str]]:
    """docs/errors.md's tables: code → (the `##` heading it is under, its meaning)."""
    found: dict[str, tuple[str, str]] = {}
    domain = ""
    for line in (ROOT / "docs" / "errors.md").read_text().splitlines():
        if line.startswith("## "):
            domain = line[3:].strip()
        elif match := re.fullmatch(r"\| `([A-Z_]+)` \| (.+) \|", line):
            assert match.group(1) not in found, f"{match.group(1)} is listed twice"
            found[match.group(1)] = (domain, match.group(2))
    return found


def test_docs_errors_md_lists_every_code_under_its_domain_with_its_meaning():
    expected = {code.value: (domain_of(code), meaning_of(code)) for code in ErrorCode}
    assert documented_codes() == expected


def test_every_declared_code_is_asserted_by_some_test():
    this_file = Path(__file__).resolve()
    text = "\n".join(p.read_text() for p in sorted((ROOT / "tests").rglob("*.py")) if p.resolve() != this_file)
    unasserted = {code for code in DECLARED if not re.search(rf"[\"']{code}[\"']", text)}
    assert unasserted - set(NOT_ASSERTED) == set(), "assert these codes in a test (or explain in NOT_ASSERTED)"
    assert set(NOT_ASSERTED) - unasserted == set(), "these are asserted now: remove them from NOT_ASSERTED"
