"""A disabled account's share links and signed downloads answer as if they did not exist; enabling the account
again brings back what was live (nothing was revoked)."""

from __future__ import annotations

from tests.factories import create_staff, token_for
from tests.reports.queries import REPORT, SHARE, generated, statements_of
from tests.reports.test_report_jobs import local_path, writer_with_log

SET_ACTIVE = (
    "mutation($id: ID!, $active: Boolean!) { setUserActive(userId: $id, isActive: $active) { errors { code } } }"
)


async def test_a_disabled_owners_links_stop_answering_until_the_account_is_enabled(gql, client, runtime):
    user, _, _ = await writer_with_log()
    token, staff_token = await token_for(user), await token_for(await create_staff())
    report_id = await generated(gql, runtime, token)
    report = (await gql.ok(REPORT, {"id": report_id, "cited": True}, token=token))["report"]
    download = local_path(next(f["url"] for f in report["formats"] if f["format"] == "PDF"))
    share = (await gql.ok(SHARE, {"id": report["id"], "days": 7, "cited": True}, token=token))["shareReport"]
    page = local_path(share["share"]["url"])
    first = statements_of(report)[0]["text"]
    assert first in (await client.get(page)).text
    assert (await client.get(download)).status_code == 200

    async def set_active(active: bool) -> None:
        body = await gql.ok(SET_ACTIVE, {"id": str(user.id), "active": active}, token=staff_token)
        assert body["setUserActive"]["errors"] == []

    await set_active(False)
    gone = await client.get(page)
    assert gone.status_code == 404 and first not in gone.text
    assert (await client.get(download)).status_code == 404

    await set_active(True)
    assert first in (await client.get(page)).text
    assert (await client.get(download)).status_code == 200
