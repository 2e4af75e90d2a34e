"""Reading a local git repository's history into draft entries: one per day, commit subjects as content."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from datetime import date
from pathlib import Path

from server.errors import ServiceError
from server.worklogs.formats import ImportRow
from server.worklogs.validation import MAX_CONTENT, WorklogMetadata


def git_rows(path: Path, *, author: str, since: date | None = None) -> list[ImportRow]:
    """A local repository's commits by `author` as draft entries: one per day, subjects as content."""
    git = shutil.which("git")
    if git is None:
        raise ServiceError("GIT_MISSING", "git is not installed on this machine.", "path")
    try:
        # git's own argv, no shell: the path is one argument, whatever it holds.
        top = subprocess.run(  # noqa: S603 - git's own argv, no shell
            [git, "-C", str(path), "rev-parse", "--show-toplevel"],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout.strip()
    except (subprocess.CalledProcessError, FileNotFoundError, NotADirectoryError) as exc:
        raise ServiceError("NOT_A_GIT_REPOSITORY", f"{path} is not a git repository.", "path") from exc
    if not author.strip():
        raise ServiceError("AUTHOR_REQUIRED", "Name the author whose commits to import (--author EMAIL).", "author")
    email = author.strip().lower()
    # Every commit's author email is compared whole: `git log --author` would match a substring
    # (da@example.com in ada@example.com) and read the pattern as a regular expression.
    cmd = [
        git,
        "-C",
        top,
        "log",
        "--no-merges",
        "--date=short",
        "--reverse",
        "--pretty=format:%ad%x1f%ae%x1f%H%x1f%s%x1e",
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=300)  # noqa: S603 - argv above, no shell
    if out.returncode != 0:
        # A repository without commits has no log; anything else is a real failure.
        if "does not have any commits" in out.stderr:
            return []
        raise ServiceError("GIT_FAILED", f"git log failed: {out.stderr.strip()[:300]}", "path")
    repo = Path(top).name
    by_day: dict[str, list[tuple[str, str]]] = {}
    for record in out.stdout.split("\x1e"):
        record = record.strip("\n")
        if not record:
            continue
        day, commit_email, commit_hash, subject = [*record.split("\x1f", 3), "", "", ""][:4]
        if commit_email.strip().lower() != email:
            continue
        # Filtered here, not with `git log --since`: git stops walking at the first older commit.
        if since and day < since.isoformat():
            continue
        by_day.setdefault(day, []).append((commit_hash, subject.strip() or "(no subject)"))
    identity = _repository_identity(git, top)
    rows = []
    for number, (day, commits) in enumerate(sorted(by_day.items()), start=1):
        content = _commit_list([subject for _, subject in commits])
        key = hashlib.sha256(f"git|{identity}|{email}|{day}".encode()).hexdigest()
        rows.append(
            ImportRow(
                number=number,
                day=date.fromisoformat(day),
                content=content,
                meta=WorklogMetadata(project=repo[:200]),
                source="git",
                draft=True,
                fingerprint=key,
                commits=commits,
            )
        )
    return rows


def _repository_identity(git: str, top: str) -> str:
    """What names the repository across clones and moves: its oldest root commit.

    A shallow clone's boundary commits look like roots and move as it deepens, so there the
    repository's path names it instead."""

    def run(*args: str) -> str:
        return subprocess.run(  # noqa: S603 - git's own argv, no shell
            [git, "-C", top, *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        ).stdout.strip()

    if run("rev-parse", "--is-shallow-repository") == "true":
        return f"path:{top}"
    roots = sorted(line.split() for line in run("log", "--max-parents=0", "--format=%ct %H", "HEAD").splitlines())
    return f"root:{roots[0][1]}" if roots else f"path:{top}"


def _commit_list(subjects: list[str]) -> str:
    lines: list[str] = []
    size = 0
    for i, subject in enumerate(subjects):
        line = f"- {subject}"
        if size + len(line) + 40 > MAX_CONTENT:
            lines.append(f"- … and {len(subjects) - i} more commits")
            break
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)
