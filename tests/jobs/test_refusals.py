"""Bad requests for a report get a specific code and change nothing."""

from __future__ import annotations

import pytest

from server.billing.models import LedgerEntry, ReserveAccount
from server.jobs.models import Job
from server.reports.models import Report
from tests.factories import token_for
from tests.jobs.conftest import funded_user
from tests.jobs.documents import ESTIMATE, GENERATE, JOB, JOBS, REPORT, monthly


@pytest.mark.parametrize(
    ("variables", "code"),
    [
        (monthly("2026-11-30", "2026-11-01"), "INVALID_DATE_RANGE"),
        (monthly("2023-01-01", "2026-11-30"), "DATE_RANGE_TOO_LONG"),
        (monthly("2023-11-30", "2026-11-30"), "DATE_RANGE_TOO_LONG"),  # three years and a day
        (monthly("2025-01-01", "2025-01-31"), "NO_ENTRIES"),
        (monthly(employer="Nobody Inc"), "NO_ENTRIES"),
        (monthly(tags=[f"t{n}" for n in range(21)]), "INVALID_FILTER"),
        (monthly(project="x" * 201), "INVALID_FILTER"),
        (monthly(tags=["#perf"]), "INVALID_FILTER"),  # no entry can carry it: entry tags start with a letter or digit
        (monthly(tags=["p" * 51]), "INVALID_FILTER"),  # longer than an entry's tag may be
    ],
)
async def test_a_bad_report_request_is_refused_and_nothing_is_charged(gql, variables, code):
    user, tenant = await funded_user(balance_cents=300)
    token = await token_for(user)
    payload = (await gql.ok(GENERATE, variables, token=token))["generateReport"]
    assert [e["code"] for e in payload["errors"]] == [code]
    estimate = await gql(ESTIMATE, variables, token=token)
    assert estimate["errors"][0]["extensions"]["reason"] == code
    assert await Job.all().count() == 0 and await Report.all().count() == 0
    assert await LedgerEntry.filter(tenant_id=tenant.id, type="hold").count() == 0
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 300


@pytest.mark.parametrize(
    "misconfigured",
    [
        {"llm_prices": {}},  # extractive-1 has no price
        {"llm_provider": "openai", "llm_api_key": None, "llm_base_url": None},  # nowhere to send it
    ],
)
async def test_a_misconfigured_provider_is_refused_before_anything_is_held(gql, app, settings, misconfigured):
    app.state.settings = settings.model_copy(update=misconfigured)
    user, tenant = await funded_user(balance_cents=300)
    token = await token_for(user)
    payload = (await gql.ok(GENERATE, monthly(), token=token))["generateReport"]
    assert [e["code"] for e in payload["errors"]] == ["PROVIDER_MISCONFIGURED"]
    estimate = await gql(ESTIMATE, monthly(), token=token)
    assert estimate["errors"][0]["extensions"]["reason"] == "PROVIDER_MISCONFIGURED"
    assert await Job.all().count() == 0 and await LedgerEntry.filter(tenant_id=tenant.id, type="hold").count() == 0
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 300


async def test_a_window_of_exactly_three_years_is_accepted(gql):
    user, _ = await funded_user(balance_cents=300)
    token = await token_for(user)
    for start, end in (("2023-12-01", "2026-11-30"), ("2024-02-29", "2027-02-28")):
        estimate = (await gql.ok(ESTIMATE, monthly(start, end), token=token))["estimateReport"]
        assert estimate["verdict"] == "RUNS" and estimate["entries"] == 3, (start, end)
    leap = await gql(ESTIMATE, monthly("2024-02-29", "2027-03-01"), token=token)
    assert leap["errors"][0]["extensions"]["reason"] == "DATE_RANGE_TOO_LONG"


async def test_bad_ids_cursors_and_statuses_are_refused(gql):
    user, _ = await funded_user()
    token = await token_for(user)
    assert (await gql(JOB, {"id": "nope"}, token=token))["errors"][0]["extensions"]["reason"] == "INVALID_ID"
    bad_cursor = await gql(JOBS, {"after": "garbage"}, token=token)
    assert bad_cursor["errors"][0]["extensions"]["reason"] == "INVALID_CURSOR"
    unknown = await gql(REPORT, {"id": "00000000-0000-0000-0000-000000000000"}, token=token)
    assert unknown["errors"][0]["extensions"]["reason"] == "NOT_FOUND"
    bad_status = await gql(JOBS, {"status": "DONE"}, token=token)
    assert bad_status["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
