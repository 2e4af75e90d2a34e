import csv
import io
import json
import subprocess
from datetime import date
from pathlib import Path

from server.worklogs.git_import import git_rows
from server.worklogs.imports import import_rows
from server.worklogs.models import Worklog
from tests.factories import create_user, create_worklog, scope_of, token_for
from tests.worklogs.queries import EXPORT, IMPORT


async def _seed(user):
    await create_worklog(
        user,
        date=date(2026, 1, 5),
        content='Line one\nline two, with "quotes"; and semis',
        employer="Acme",
        project="Portal",
        tags=["python", "c#", "node.js"],
        work_type="feature",
        outcome="Shipped",
        draft=True,
        source="manual",
    )
    await create_worklog(user, date=date(2026, 1, 6), content="Ünïcode ✓ entry", source="git")
    await create_worklog(user, date=date(2025, 12, 31), content="=SUM(A1:A2) looks like a formula")


def _comparable(export_json: str) -> list[dict]:
    rows = json.loads(export_json)["worklogs"]
    return [{k: v for k, v in r.items() if k != "id"} for r in rows]  # ids are the server's own


async def test_json_and_csv_round_trip_loses_nothing(gql):
    source_user = await create_user()
    await _seed(source_user)
    token = await token_for(source_user)
    original = (await gql.ok(EXPORT, {"format": "JSON"}, token=token))["exportWorklogs"]
    for fmt in ("JSON", "CSV"):
        exported = (await gql.ok(EXPORT, {"format": fmt}, token=token))["exportWorklogs"]
        target = await create_user()
        target_token = await token_for(target)
        data = await gql.ok(IMPORT, {"input": {"format": fmt, "data": exported}}, token=target_token)
        assert data["importWorklogs"] == {"created": 3, "skipped": 0, "errors": []}, fmt
        again = (await gql.ok(EXPORT, {"format": "JSON"}, token=target_token))["exportWorklogs"]
        assert _comparable(again) == _comparable(original), fmt


async def test_importing_the_same_file_twice_creates_nothing_new(gql):
    user = await create_user()
    token = await token_for(user)
    text = "date,content,tags\n2026-01-01,Did a thing,a;b\n2026-01-02,Did another,\n2026-01-02,Did another,\n"
    first = await gql.ok(IMPORT, {"input": {"format": "CSV", "data": text}}, token=token)
    assert first["importWorklogs"] == {"created": 2, "skipped": 1, "errors": []}
    second = await gql.ok(IMPORT, {"input": {"format": "CSV", "data": text}}, token=token)
    assert second["importWorklogs"] == {"created": 0, "skipped": 3, "errors": []}
    assert await Worklog.filter(user_id=user.id).count() == 2
    assert await Worklog.filter(user_id=user.id, source="import").count() == 2


async def test_reimporting_own_export_after_edits_adds_nothing(gql):
    user = await create_user()
    await _seed(user)
    token = await token_for(user)
    exported = (await gql.ok(EXPORT, {"format": "JSON"}, token=token))["exportWorklogs"]
    await Worklog.filter(user_id=user.id).update(content="edited since")
    data = await gql.ok(IMPORT, {"input": {"format": "JSON", "data": exported}}, token=token)
    assert data["importWorklogs"]["created"] == 0
    assert await Worklog.filter(user_id=user.id).count() == 3


async def test_broken_rows_are_refused_with_their_number_and_nothing_is_saved(gql):
    token = await token_for(await create_user())
    good = "2026-01-01,Fine entry,a"
    cases = [
        ("CSV", f"date,content,tags\n{good}\n2026-02-30,Bad date,\n", "INVALID_DATE", "Row 2"),
        ("CSV", f"date,content,tags\n{good}\n2026-01-02,,\n", "CONTENT_REQUIRED", "Row 2"),
        ("CSV", f"date,content,tags\n{good}\n{good}\n2026-01-03,Odd tag,<b>\n", "INVALID_TAG", "Row 3"),
        ("CSV", f"date,content,tags\n{good}\n2026-01-03,Too,many,fields\n", "INVALID_ROW", "Row 2"),
        ("CSV", f"date,content,tags\n{good}\n2026-01-03\n", "INVALID_ROW", "Row 2"),
        ("CSV", "when,what\n2026-01-01,x\n", "INVALID_IMPORT", ""),
        ("CSV", "date,content,tags\n2999-01-01,Future,\n", "DATE_IN_FUTURE", "Row 1"),
        ("JSON", "{not json", "INVALID_IMPORT", ""),
        ("JSON", '{"worklogs": 3}', "INVALID_IMPORT", ""),
        (
            "JSON",
            '[{"date": "2026-01-01", "content": "ok"}, {"date": "2026-01-02", "content": "x", "metadata": []}]',
            "INVALID_METADATA",
            "Row 2",
        ),
        (
            "JSON",
            '[{"date": "2026-01-01", "content": "x", "metadata": {"tags": "notalist"}}]',
            "INVALID_METADATA",
            "Row 1",
        ),
        ("JSON", '[{"date": "2026-01-01", "content": "x", "metadata": {"employer": 5}}]', "INVALID_METADATA", "Row 1"),
        (
            "JSON",
            '[{"date": "2026-01-01", "content": "x", "metadata": {"tags": ["t"] }}, "oops"]',
            "INVALID_ROW",
            "Row 2",
        ),
        ("JSON", json.dumps([{"date": "2026-01-01", "content": "x" * 20001}]), "CONTENT_TOO_LONG", "Row 1"),
        (
            "JSON",
            json.dumps([{"date": "2026-01-01", "content": "x", "metadata": {"tags": [f"t{i}" for i in range(51)]}}]),
            "TOO_MANY_TAGS",
            "Row 1",
        ),
        ("JSON", '[{"date": "2026-01-01", "content": "x", "source": "telepathy"}]', "INVALID_SOURCE", "Row 1"),
    ]
    for fmt, text, code, row in cases:
        data = await gql.ok(IMPORT, {"input": {"format": fmt, "data": text}}, token=token)
        errors = data["importWorklogs"]["errors"]
        assert [e["code"] for e in errors] == [code], (fmt, text[:60], errors)
        assert errors[0]["message"].startswith(row), errors
        assert data["importWorklogs"]["created"] == 0
    assert await Worklog.all().count() == 0


async def test_a_refused_row_names_its_field_in_the_files_own_terms(gql):
    token = await token_for(await create_user())
    cases = [
        ("CSV", "date,content,tags\n2026-01-01,Fine,a\n2026-01-02,Odd tag,a;<b>\n", "INVALID_TAG", "rows[2].tags"),
        ("CSV", "date,content,draft\n2026-01-01,Fine,maybe\n", "INVALID_ROW", "rows[1].draft"),
        ("CSV", "date,content,workType\n2026-01-01,Fine,%s\n" % ("w" * 51), "INVALID_METADATA", "rows[1].workType"),
        (
            "JSON",
            '[{"date": "2026-01-01", "content": "x", "metadata": {"tags": ["ok", 5]}}]',
            "INVALID_TAG",
            "rows[1].metadata.tags[1]",
        ),
        (
            "JSON",
            '[{"date": "2026-01-01", "content": "x", "metadata": {"employer": 5}}]',
            "INVALID_METADATA",
            "rows[1].metadata.employer",
        ),
        ("JSON", '[{"content": "x"}]', "INVALID_DATE", "rows[1].date"),
        # The first bad row is the one reported, whatever is wrong with it.
        ("CSV", "date,content\n2026-01-01,\n2026-02-30,Bad date\n", "CONTENT_REQUIRED", "rows[1].content"),
    ]
    for fmt, text, code, field in cases:
        data = await gql.ok(IMPORT, {"input": {"format": fmt, "data": text}}, token=token)
        [error] = data["importWorklogs"]["errors"]
        assert (error["code"], error["field"]) == (code, field), (fmt, text[:60], error)
        row, name = field.split(".", 1)
        assert error["message"].startswith(f"Row {row[5:-1]}: {name}: "), error
    assert await Worklog.all().count() == 0


async def test_markdown_export_groups_entries_by_day(gql):
    user = await create_user()
    await _seed(user)
    text = (await gql.ok(EXPORT, {"format": "MARKDOWN"}, token=await token_for(user)))["exportWorklogs"]
    assert text.startswith("# Work log")
    assert text.index("## 2025-12-31") < text.index("## 2026-01-05") < text.index("## 2026-01-06")
    assert "### Acme · Portal (draft)" in text
    assert "`python`" in text


async def test_csv_export_has_a_header_and_one_row_per_entry(gql):
    user = await create_user()
    await _seed(user)
    text = (await gql.ok(EXPORT, {"format": "CSV", "filter": {"employer": "Acme"}}, token=await token_for(user)))[
        "exportWorklogs"
    ]
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1 and rows[0]["tags"] == "python;c#;node.js" and rows[0]["draft"] == "true"


def _git(repo, *args, env=None):
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def make_repo(tmp_path):
    import os

    repo = tmp_path / "widget-service"
    repo.mkdir()
    _git(repo, "init", "-q")
    for when, email, subject in [
        ("2026-01-05T10:00:00", "ada@example.com", "Add widget endpoint"),
        ("2026-01-05T15:00:00", "ada@example.com", "Fix widget pagination"),
        ("2026-01-05T16:00:00", "bob@example.com", "Bob's change"),
        ("2026-01-06T11:00:00", "nada@example.com", "Nada's change"),  # contains ada@example.com
        ("2026-01-07T09:00:00", "ADA@example.com", "Write widget docs"),
        ("2025-12-20T09:00:00", "ada@example.com", "Old work"),
    ]:
        env = {
            **os.environ,
            "GIT_AUTHOR_DATE": when,
            "GIT_COMMITTER_DATE": when,
            "GIT_AUTHOR_NAME": "A",
            "GIT_AUTHOR_EMAIL": email,
            "GIT_COMMITTER_NAME": "A",
            "GIT_COMMITTER_EMAIL": email,
        }
        _git(repo, "commit", "-q", "--allow-empty", "-m", subject, env=env)
    return repo


async def test_git_import_makes_one_draft_per_day_per_repo_and_is_idempotent(tmp_path):
    repo = make_repo(tmp_path)
    user = await create_user()
    scope = await scope_of(user)
    rows = git_rows(repo, author="ada@example.com", since=date(2026, 1, 1))
    result = await import_rows(scope, user, rows)
    assert (result.created, result.skipped) == (2, 0)
    entries = await Worklog.filter(user_id=user.id).order_by("date")
    assert [(e.date.isoformat(), e.content) for e in entries] == [
        ("2026-01-05", "- Add widget endpoint\n- Fix widget pagination"),
        ("2026-01-07", "- Write widget docs"),
    ]
    assert all(e.draft and e.source == "git" and e.project == "widget-service" for e in entries)
    again = await import_rows(scope, user, git_rows(repo, author="ada@example.com", since=date(2026, 1, 1)))
    assert (again.created, again.skipped) == (0, 2)


def _commit(repo, when: str, email: str, subject: str) -> None:
    import os

    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
        "GIT_AUTHOR_NAME": "A",
        "GIT_AUTHOR_EMAIL": email,
        "GIT_COMMITTER_NAME": "A",
        "GIT_COMMITTER_EMAIL": email,
    }
    _git(repo, "commit", "-q", "--allow-empty", "-m", subject, env=env)


def test_git_import_takes_only_the_exact_author_email(tmp_path):
    repo = make_repo(tmp_path)
    assert git_rows(repo, author="da@example.com") == []
    assert git_rows(repo, author="a.a@example.com") == []  # not read as a pattern
    assert [r.content for r in git_rows(repo, author="nada@example.com")] == ["- Nada's change"]


async def _git_scope():
    user = await create_user()
    return user, await scope_of(user)


async def test_git_reimport_adds_later_commits_to_the_days_draft_and_keeps_its_edits(tmp_path):
    repo = make_repo(tmp_path)
    user, scope = await _git_scope()
    await import_rows(scope, user, git_rows(repo, author="ada@example.com", since=date(2026, 1, 1)))
    jan5 = await Worklog.get(user_id=user.id, date=date(2026, 1, 5))
    jan5.content += "\nPaired with Bob on the edge cases."
    await jan5.save()
    jan7 = await Worklog.get(user_id=user.id, date=date(2026, 1, 7))
    jan7.draft = False
    await jan7.save()

    _commit(repo, "2026-01-05T18:00:00", "ada@example.com", "Cache widget lookups")
    _commit(repo, "2026-01-07T18:00:00", "ada@example.com", "Late docs fix")
    _commit(repo, "2026-01-09T09:00:00", "ada@example.com", "New day")
    result = await import_rows(scope, user, git_rows(repo, author="ada@example.com", since=date(2026, 1, 1)))

    assert (result.created, result.updated, result.skipped) == (1, 1, 1)
    await jan5.refresh_from_db()
    assert jan5.content == (
        "- Add widget endpoint\n- Fix widget pagination\nPaired with Bob on the edge cases.\n- Cache widget lookups"
    )
    await jan7.refresh_from_db()
    assert jan7.content == "- Write widget docs"  # no longer a draft: the user's, untouched
    again = await import_rows(scope, user, git_rows(repo, author="ada@example.com", since=date(2026, 1, 1)))
    assert (again.created, again.updated, again.skipped) == (0, 0, 3)


async def test_git_reimport_does_not_bring_back_lines_the_user_reworded_or_removed(tmp_path):
    repo = make_repo(tmp_path)
    user, scope = await _git_scope()
    await import_rows(scope, user, git_rows(repo, author="ada@example.com", since=date(2026, 1, 1)))
    jan5 = await Worklog.get(user_id=user.id, date=date(2026, 1, 5))
    jan5.content = "- Added the widget endpoint, paginated"
    await jan5.save()
    again = await import_rows(scope, user, git_rows(repo, author="ada@example.com", since=date(2026, 1, 1)))
    assert (again.created, again.updated) == (0, 0)
    await jan5.refresh_from_db()
    assert jan5.content == "- Added the widget endpoint, paginated"
    _commit(repo, "2026-01-05T19:00:00", "ada@example.com", "One more")
    await import_rows(scope, user, git_rows(repo, author="ada@example.com", since=date(2026, 1, 1)))
    await jan5.refresh_from_db()
    assert jan5.content == "- Added the widget endpoint, paginated\n- One more"


async def test_git_import_of_a_shallow_clone_is_idempotent(tmp_path):
    repo = make_repo(tmp_path)
    shallow = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "2", f"file://{repo}", str(shallow)], check=True, capture_output=True
    )
    user, scope = await _git_scope()
    first = await import_rows(scope, user, git_rows(shallow, author="ada@example.com"))
    subprocess.run(["git", "-C", str(shallow), "fetch", "-q", "--deepen", "1"], check=True, capture_output=True)
    again = await import_rows(scope, user, git_rows(shallow, author="ada@example.com"))
    assert first.created >= 1 and again.created == 0


async def test_git_import_knows_a_repository_after_it_moves(tmp_path):
    import shutil

    repo = make_repo(tmp_path)
    user, scope = await _git_scope()
    first = await import_rows(scope, user, git_rows(repo, author="ada@example.com"))
    moved = shutil.move(str(repo), str(tmp_path / "elsewhere"))
    again = await import_rows(scope, user, git_rows(Path(moved), author="ada@example.com"))
    assert (first.created, again.created, again.skipped) == (3, 0, 3)


def test_git_import_refuses_a_directory_that_is_not_a_repository(tmp_path):
    import pytest

    from server.errors import ServiceError

    with pytest.raises(ServiceError) as caught:
        git_rows(tmp_path, author="a@example.com")
    assert caught.value.code == "NOT_A_GIT_REPOSITORY"


async def test_an_import_over_the_api_limit_gets_a_user_error_not_a_refused_request(gql, settings):
    from server.worklogs.schema import MAX_IMPORT_CHARS

    assert settings.max_request_bytes > MAX_IMPORT_CHARS  # else the request is refused before the resolver
    user = await create_user()
    token = await token_for(user)
    header = "date,content\n"
    row = "2026-01-05,Shipped the widget\n"
    text = header + row * ((MAX_IMPORT_CHARS - len(header)) // len(row) + 1)
    data = await gql.ok(IMPORT, {"input": {"format": "CSV", "data": text}}, token=token)
    assert data["importWorklogs"]["errors"][0]["code"] == "IMPORT_TOO_LARGE"
    assert data["importWorklogs"]["created"] == 0
    assert await Worklog.filter(user_id=user.id).count() == 0


async def test_a_bad_timestamp_is_refused_with_its_row_and_nothing_is_saved(gql):
    user = await create_user()
    token = await token_for(user)
    for bad, message in (("yesterday", "is not a timestamp"), ("2999-01-01T00:00:00+00:00", "is in the future")):
        text = f"date,content,createdAt\n2026-01-05,Fine row,2026-01-05T09:00:00+00:00\n2026-01-06,Second row,{bad}\n"
        data = await gql.ok(IMPORT, {"input": {"format": "CSV", "data": text}}, token=token)
        [error] = data["importWorklogs"]["errors"]
        assert error["code"] == "INVALID_TIMESTAMP" and error["message"].startswith("Row 2:"), error
        assert message in error["message"]
    assert await Worklog.filter(user_id=user.id).count() == 0


def test_git_import_names_what_is_missing_before_it_reads_anything(tmp_path, monkeypatch):
    import pytest

    from server.errors import ServiceError
    from server.worklogs import git_import

    repo = make_repo(tmp_path)
    with pytest.raises(ServiceError) as caught:
        git_rows(repo, author="  ")
    assert (caught.value.code, caught.value.field) == ("AUTHOR_REQUIRED", "author")
    monkeypatch.setattr(git_import.shutil, "which", lambda name: None)
    with pytest.raises(ServiceError) as caught:
        git_rows(repo, author="ada@example.com")
    assert (caught.value.code, caught.value.field) == ("GIT_MISSING", "path")


def test_git_import_of_a_damaged_repository_is_refused_with_gits_reason(tmp_path):
    import pytest

    from server.errors import ServiceError

    repo = make_repo(tmp_path)
    first = subprocess.run(
        ["git", "-C", str(repo), "rev-list", "--max-parents=0", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()
    (repo / ".git" / "objects" / first[:2] / first[2:]).unlink()  # history that can no longer be read
    with pytest.raises(ServiceError) as caught:
        git_rows(repo, author="ada@example.com")
    assert caught.value.code == "GIT_FAILED"
    assert caught.value.message.startswith("git log failed: ")


async def test_import_and_export_refuse_an_unknown_format(app):
    import pytest

    from server.errors import ServiceError
    from server.worklogs.exports import export_worklogs
    from server.worklogs.formats import parse_import

    with pytest.raises(ServiceError) as caught:
        parse_import("xml", "<entries/>")
    assert (caught.value.code, caught.value.field) == ("INVALID_FORMAT", "format")
    with pytest.raises(ServiceError) as caught:
        await export_worklogs(await scope_of(await create_user()), "xml")
    assert (caught.value.code, caught.value.field) == ("INVALID_FORMAT", "format")


async def test_an_imported_row_whose_content_is_not_text_is_refused(gql):
    token = await token_for(await create_user())
    data = await gql.ok(
        IMPORT, {"input": {"format": "JSON", "data": '[{"date": "2026-01-01", "content": 5}]'}}, token=token
    )
    [error] = data["importWorklogs"]["errors"]
    assert (error["code"], error["field"]) == ("INVALID_CONTENT", "rows[1].content")
    assert await Worklog.all().count() == 0
