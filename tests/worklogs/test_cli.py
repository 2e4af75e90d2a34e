"""Import, export and check-integrity, run as an operator runs them: as processes."""

import json
import os
import subprocess
import sys

from server.evidence.models import Evidence
from server.storage.local import LocalStorage
from server.worklogs.models import Worklog
from tests.factories import create_user, create_worklog
from tests.worklogs.test_import_export import make_repo

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cli(settings, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": settings.database_url, "REDIS_URL": settings.redis_url,
           "DATA_DIR": str(settings.data_dir), "STORAGE_BACKEND": "local"}
    return subprocess.run([sys.executable, "-m", "server.cli", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


async def test_import_csv_twice_then_export_json(settings, app, tmp_path):
    await create_user(username="ada")
    path = tmp_path / "log.csv"
    path.write_text("date,content,tags,employer\n2026-01-01,Planned the sprint,planning,Acme\n"
                    "2026-01-02,Ran the retro,,Acme\n")
    first = cli(settings, "import", "csv", str(path), "--user", "ada")
    assert first.returncode == 0, first.stderr
    assert "2 created, 0 already present" in first.stdout
    second = cli(settings, "import", "csv", str(path), "--user", "ada")
    assert "0 created, 2 already present" in second.stdout
    assert await Worklog.all().count() == 2
    out = cli(settings, "export", "json", "--user", "ada")
    assert out.returncode == 0, out.stderr
    assert [w["content"] for w in json.loads(out.stdout)["worklogs"]] == ["Planned the sprint", "Ran the retro"]


async def test_import_refuses_a_broken_row_with_its_number_and_saves_nothing(settings, app, tmp_path):
    await create_user(username="ada")
    path = tmp_path / "log.json"
    path.write_text(json.dumps([{"date": "2026-01-01", "content": "ok"}, {"date": "yesterday", "content": "x"}]))
    result = cli(settings, "import", "json", str(path), "--user", "ada")
    assert result.returncode == 2
    assert "INVALID_DATE" in result.stderr and "Row 2" in result.stderr
    assert await Worklog.all().count() == 0


async def test_import_git_uses_the_account_with_the_author_email(settings, app, tmp_path):
    await create_user(username="ada", email="ada@example.com")
    repo = make_repo(tmp_path)
    result = cli(settings, "import", "git", str(repo), "--author", "ada@example.com", "--since", "2026-01-01")
    assert result.returncode == 0, result.stderr
    assert "2 created" in result.stdout
    assert await Worklog.filter(source="git", draft=True, project="widget-service").count() == 2


async def test_check_integrity_reports_and_fixes_only_after_confirmation(settings, app):
    user = await create_user()
    worklog = await create_worklog(user)
    storage = LocalStorage(settings.data_dir / "objects")
    await Evidence.create(tenant_id=worklog.tenant_id, worklog=worklog, object_key=f"evidence/{worklog.tenant_id}/gone",
                          original_name="gone.pdf", size=1, content_type="application/pdf", sha256="0" * 64)
    await storage.put("evidence/stray/object", b"x")
    report = cli(settings, "check-integrity")
    assert report.returncode == 1
    assert "evidence rows without objects: 1" in report.stdout and "objects without rows: 1" in report.stdout
    declined = cli(settings, "check-integrity", "--fix", stdin="n\n")
    assert "nothing changed" in declined.stdout
    assert await Evidence.all().count() == 1 and await storage.exists("evidence/stray/object")
    fixed = cli(settings, "check-integrity", "--fix", stdin="y\n")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert await Evidence.all().count() == 0 and not await storage.exists("evidence/stray/object")
    assert "all consistent" in cli(settings, "check-integrity").stdout
    assert await Worklog.all().count() == 1
