"""Work log, import, git and evidence refusals that no other test reaches, asserted by their exact codes."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from server.errors import ServiceError
from server.evidence.models import Evidence
from server.worklogs import exports, imports
from server.worklogs.git_import import git_rows
from server.worklogs.models import Worklog
from server.worklogs.validation import check_content
from tests.evidence.conftest import upload
from tests.factories import create_user, create_worklog, scope_of, token_for
from tests.worklogs.queries import UPLOAD


def code_of(call, *args, **kwargs) -> tuple[str, str | None]:
    with pytest.raises(ServiceError) as exc:
        call(*args, **kwargs)
    return exc.value.code, exc.value.field


async def async_code_of(awaitable) -> tuple[str, str | None]:
    with pytest.raises(ServiceError) as exc:
        await awaitable
    return exc.value.code, exc.value.field


def test_content_that_is_not_text_is_refused():
    assert code_of(check_content, 42) == ("INVALID_CONTENT", "content")


async def test_a_json_row_whose_content_is_not_text_names_its_row(app):
    user = await create_user()
    data = json.dumps([{"date": "2026-01-05", "content": ["not", "text"]}])
    with pytest.raises(ServiceError) as exc:
        await imports.import_worklogs(await scope_of(user), user, "json", data)
    assert (exc.value.code, exc.value.field) == ("INVALID_CONTENT", "rows[1].content")
    assert await Worklog.all().count() == 0


async def test_an_unknown_format_is_refused_by_export_and_import(app):
    user = await create_user()
    scope = await scope_of(user)
    assert await async_code_of(exports.export_worklogs(scope, "xml")) == ("INVALID_FORMAT", "format")
    assert await async_code_of(imports.import_worklogs(scope, user, "xml", "<x/>")) == ("INVALID_FORMAT", "format")


async def test_an_upload_without_a_file_is_refused(gql):
    user = await create_user()
    worklog = await create_worklog(user)
    data = await gql.ok(UPLOAD, {"worklogId": str(worklog.id), "file": None}, token=await token_for(user))
    assert data["uploadEvidence"]["errors"] == [
        {"field": "file", "message": "Attach a file (GraphQL multipart request).", "code": "FILE_REQUIRED"}
    ]


async def test_a_file_whose_name_is_only_dots_is_refused(client):
    user = await create_user()
    worklog = await create_worklog(user)
    payload = await upload(client, await token_for(user), str(worklog.id), "...", b"plain words", "text/plain")
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [("file", "INVALID_FILENAME")]
    assert await Evidence.all().count() == 0


def _git(repo: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "A",
        "GIT_AUTHOR_EMAIL": "ada@example.com",
        "GIT_COMMITTER_NAME": "A",
        "GIT_COMMITTER_EMAIL": "ada@example.com",
    }
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def test_a_git_import_needs_an_author(tmp_path):
    _git(tmp_path, "init", "-q")
    assert code_of(git_rows, tmp_path, author="  ") == ("AUTHOR_REQUIRED", "author")


def test_a_git_import_without_git_installed_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "no-binaries-here"))
    assert code_of(git_rows, tmp_path, author="ada@example.com") == ("GIT_MISSING", "path")


def test_a_repository_git_cannot_read_is_refused_with_gits_message(tmp_path):
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "commit", "-q", "--allow-empty", "-m", "first")
    _git(tmp_path, "commit", "-q", "--allow-empty", "-m", "second")
    # Remove the first commit's object: `git log` then fails reading the history (a corrupt repository).
    first = subprocess.run(
        ["git", "-C", str(tmp_path), "rev-parse", "HEAD~1"], check=True, capture_output=True, text=True
    ).stdout.strip()
    (tmp_path / ".git" / "objects" / first[:2] / first[2:]).unlink()
    code, field = code_of(git_rows, tmp_path, author="ada@example.com")
    assert (code, field) == ("GIT_FAILED", "path")
