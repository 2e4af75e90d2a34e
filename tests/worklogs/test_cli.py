"""Import, export and check-integrity, run as an operator runs them: as processes."""

import json
import os
import subprocess
import sys

from tortoise.transactions import in_transaction

from server.evidence.models import Evidence
from server.storage.local import LocalStorage
from server.tenants.models import Profile
from server.worklogs.models import Worklog
from tests.factories import create_tenant, create_user, create_worklog
from tests.worklogs.test_import_export import make_repo

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cli_env(settings) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "DATA_DIR": str(settings.data_dir),
        "STORAGE_BACKEND": "local",
    }


def cli(settings, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        cwd=ROOT,
        env=cli_env(settings),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


async def test_import_csv_twice_then_export_json(settings, app, tmp_path):
    await create_user(username="ada")
    path = tmp_path / "log.csv"
    path.write_text(
        "date,content,tags,employer\n2026-01-01,Planned the sprint,planning,Acme\n2026-01-02,Ran the retro,,Acme\n"
    )
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
    await Evidence.create(
        tenant_id=worklog.tenant_id,
        worklog=worklog,
        object_key=f"evidence/{worklog.tenant_id}/gone",
        original_name="gone.pdf",
        size=1,
        content_type="application/pdf",
        sha256="0" * 64,
    )
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


async def _evidence_of(worklog, storage, name: str) -> Evidence:
    key = f"evidence/{worklog.tenant_id}/{worklog.id}/{name}"
    await storage.put(key, b"x")
    return await Evidence.create(
        tenant_id=worklog.tenant_id,
        worklog=worklog,
        object_key=key,
        original_name=name,
        size=1,
        content_type="text/plain",
        sha256="0" * 64,
    )


async def _delete_user_leaving_their_entries(user) -> None:
    # The foreign keys would take the entries with the user; an integrity check exists for when they did not.
    async with in_transaction() as conn:
        await conn.execute_script(f"""SET LOCAL session_replication_role = replica;
            DELETE FROM profile WHERE user_id = '{user.id}'; DELETE FROM "user" WHERE id = '{user.id}';""")  # noqa: S608 - a UUID


async def orphans_of_every_kind(settings) -> dict:
    storage = LocalStorage(settings.data_dir / "objects")
    mover, gone, homeless = await create_user(), await create_user(), await create_user()
    moving, deleting, keeping = await create_worklog(mover), await create_worklog(gone), await create_worklog(homeless)
    moving_file = await _evidence_of(moving, storage, "a.txt")
    deleting_file = await _evidence_of(deleting, storage, "b.txt")
    new_tenant = await create_tenant()
    await Profile.filter(user_id=mover.id).update(tenant_id=new_tenant.id)
    await _delete_user_leaving_their_entries(gone)
    await Profile.filter(user_id=homeless.id).delete()
    return {
        "storage": storage,
        "moving": moving,
        "deleting": deleting,
        "keeping": keeping,
        "moving_file": moving_file,
        "deleting_file": deleting_file,
        "new_tenant": new_tenant,
    }


async def test_check_integrity_shows_each_orphaned_entry_with_its_reason(settings, app):
    o = await orphans_of_every_kind(settings)
    report = cli(settings, "check-integrity")
    assert report.returncode == 1
    assert "entries without their user or tenant: 3" in report.stdout
    reasons = {"moving": "user_in_other_tenant", "deleting": "user_missing", "keeping": "profile_missing"}
    for worklog, reason in reasons.items():
        assert f"worklog {o[worklog].id}: {reason}" in report.stdout


async def test_refusing_the_fix_leaves_orphaned_entries_and_their_files_as_they_were(settings, app):
    o = await orphans_of_every_kind(settings)
    declined = cli(settings, "check-integrity", "--fix", stdin="n\n")
    assert declined.returncode == 1
    assert "move 1 entries" in declined.stdout and "delete 1 entries" in declined.stdout
    assert "keep 1 entries" in declined.stdout and "nothing changed" in declined.stdout
    for name in ("moving", "deleting", "keeping"):
        assert (await Worklog.get(id=o[name].id)).tenant_id == o[name].tenant_id
    assert await Evidence.filter(tenant_id=o["moving"].tenant_id, id=o["moving_file"].id).exists()
    assert await Evidence.filter(id=o["deleting_file"].id).exists()
    assert await o["storage"].exists(o["deleting_file"].object_key)


async def test_confirmed_fix_moves_deletes_and_keeps_orphaned_entries_by_reason(settings, app):
    o = await orphans_of_every_kind(settings)
    fixed = cli(settings, "check-integrity", "--fix", stdin="y\n")
    assert "moved 1 and deleted 1 entries" in fixed.stdout, fixed.stdout + fixed.stderr
    assert "kept 1 entries whose user has no tenant" in fixed.stdout
    assert fixed.returncode == 1  # the kept entry still needs its user to get a tenant
    assert (await Worklog.get(id=o["moving"].id)).tenant_id == o["new_tenant"].id
    assert (await Evidence.get(id=o["moving_file"].id)).tenant_id == o["new_tenant"].id
    assert await o["storage"].exists(o["moving_file"].object_key)
    assert not await Worklog.filter(id=o["deleting"].id).exists()
    assert not await Evidence.filter(id=o["deleting_file"].id).exists()
    assert not await o["storage"].exists(o["deleting_file"].object_key)
    assert (await Worklog.get(id=o["keeping"].id)).tenant_id == o["keeping"].tenant_id
    again = cli(settings, "check-integrity")
    assert "entries without their user or tenant: 1" in again.stdout
    assert f"worklog {o['keeping'].id}: profile_missing" in again.stdout


async def test_confirmed_fix_repairs_everything_it_found_beyond_the_first_thousand(settings, app):
    user = await create_user()
    worklog = await create_worklog(user)
    storage = LocalStorage(settings.data_dir / "objects")
    many = 1005
    await Evidence.bulk_create(
        [
            Evidence(
                tenant_id=worklog.tenant_id,
                worklog=worklog,
                object_key=f"evidence/{worklog.tenant_id}/gone-{i}",
                original_name="gone.txt",
                size=1,
                content_type="text/plain",
                sha256="0" * 64,
            )
            for i in range(many)
        ]
    )
    for i in range(many):
        await storage.put(f"evidence/stray/{i}", b"x")
    await Worklog.bulk_create(
        [
            Worklog(
                tenant_id=worklog.tenant_id,
                user_id=user.id,
                date=worklog.date,
                content=f"entry {i}",
                fingerprint=f"fp-{i}",
            )
            for i in range(many)
        ]
    )
    await Profile.filter(user_id=user.id).update(tenant_id=(await create_tenant()).id)
    report = cli(settings, "check-integrity")
    assert f"entries without their user or tenant: {many + 1}" in report.stdout
    assert f"evidence rows without objects: {many}" in report.stdout
    assert f"objects without rows: {many}" in report.stdout
    fixed = cli(settings, "check-integrity", "--fix", stdin="y\n")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert f"moved {many + 1} and deleted 0 entries, deleted {many} evidence rows and {many} objects" in fixed.stdout
    assert "all consistent" in cli(settings, "check-integrity").stdout


async def test_confirmed_fix_leaves_what_appeared_after_the_report_for_the_next_run(settings, app):
    storage = LocalStorage(settings.data_dir / "objects")
    shown, late = await create_user(), await create_user()
    shown_entry, late_entry = await create_worklog(shown), await create_worklog(late)
    await Profile.filter(user_id=shown.id).update(tenant_id=(await create_tenant()).id)
    await storage.put("evidence/stray/shown", b"x")
    with subprocess.Popen(
        [sys.executable, "-m", "server.cli", "check-integrity", "--fix"],
        cwd=ROOT,
        env=cli_env(settings),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        out = ""
        while not out.endswith("[y/N]: "):
            char = process.stdout.read(1)
            assert char, out + process.stderr.read()
            out += char
        await Profile.filter(user_id=late.id).update(tenant_id=(await create_tenant()).id)
        await storage.put("evidence/stray/late", b"x")
        rest, _ = process.communicate("y\n", timeout=120)
    assert process.returncode == 0, out + rest
    assert "moved 1 and deleted 0 entries, deleted 0 evidence rows and 1 objects" in rest
    assert (await Worklog.get(id=shown_entry.id)).tenant_id != shown_entry.tenant_id
    assert (await Worklog.get(id=late_entry.id)).tenant_id == late_entry.tenant_id
    assert not await storage.exists("evidence/stray/shown") and await storage.exists("evidence/stray/late")
