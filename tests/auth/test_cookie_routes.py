"""Plain HTTP routes that act for the caller take the session cookie only on a same-origin fetch."""

import pytest
from starlette.routing import Mount, Route

from server.audit.models import AuditEvent
from tests.factories import create_staff, token_for

EXPORT = "/api/billing/admin/ledger/export.csv"
NAVIGATION = {"sec-fetch-mode": "navigate", "sec-fetch-dest": "document"}

# GET routes that act for nobody: public, or authorised by a signed URL rather than the caller.
PUBLIC_GETS = {
    "/api/healthz",
    "/api/readyz",
    "/api/evidence/{evidence_id}",
    "/api/reports/downloads/{artifact_id}",  # a signed, expiring link bound to the report's user
    "/api/share/{token}",  # a share link: public by design, revocable
    "/metrics",  # Prometheus: METRICS_TOKEN in production, loopback only elsewhere (tests/metrics)
    "/graphql",
    "/",
    "/assets/{name}",
    "/{path:path}",
}


@pytest.mark.parametrize("site", ["cross-site", "same-site", "none"])
async def test_a_cross_site_navigation_with_the_staff_cookie_is_refused_and_not_audited(client, site):
    token = await token_for(await create_staff())
    response = await client.get(EXPORT, cookies={"ar_session": token}, headers={**NAVIGATION, "sec-fetch-site": site})
    assert response.status_code == 403
    assert response.json()["error"] == "cross_site_request"
    assert "text/csv" not in response.headers["content-type"]
    assert not await AuditEvent.filter(event_type="billing.ledger_exported").exists()


async def test_the_cookie_without_fetch_metadata_needs_an_origin_of_ours(client):
    token = await token_for(await create_staff())
    assert (await client.get(EXPORT, cookies={"ar_session": token})).status_code == 403
    ours = await client.get(EXPORT, cookies={"ar_session": token}, headers={"origin": "http://testserver"})
    assert ours.status_code == 200 and ours.headers["content-type"].startswith("text/csv")


async def test_a_same_origin_fetch_with_the_cookie_exports_and_is_audited(client):
    token = await token_for(await create_staff())
    response = await client.get(
        EXPORT, cookies={"ar_session": token}, headers={**NAVIGATION, "sec-fetch-site": "same-origin"}
    )
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert await AuditEvent.filter(event_type="billing.ledger_exported").count() == 1


async def test_a_bearer_token_works_from_anywhere(client):
    token = await token_for(await create_staff())
    response = await client.get(EXPORT, headers={"authorization": f"Bearer {token}", "sec-fetch-site": "cross-site"})
    assert response.status_code == 200


def test_every_get_route_that_acts_for_the_caller_goes_through_requires_caller(app):
    checked = []
    for route in app.routes:
        if isinstance(route, Mount) or not isinstance(route, Route) or "GET" not in (route.methods or ()):
            continue
        if route.path in PUBLIC_GETS:
            continue
        assert getattr(route.endpoint, "requires_caller", False), f"{route.path}: wrap it in requires_caller"
        checked.append(route.path)
    assert EXPORT in checked
