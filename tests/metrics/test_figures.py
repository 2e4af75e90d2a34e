"""Credit, engagement, jobs and API figures from known rows, each asserted exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from server.billing import ledger
from server.billing.ledger import GrantKind
from server.evidence.models import Evidence
from server.jobs.models import Job, UsageEvent
from server.metrics.models import UserActivity
from server.tenants.models import Profile
from tests.factories import create_reserve, create_staff, create_tenant, create_user, create_worklog, token_for

FIGURES = """query($s: Date, $e: Date, $t: ID) { admin { metrics(startDate: $s, endDate: $e, tenantId: $t) {
  credit { topups topupCents consumedByJobsCents promotionalGrantedCents promotionalExpiredCents outstandingCents
           accountsInCredit }
  engagement { dau wau mau dauMau signups activatedEntry activatedEvidence activatedReport activatedAny activationRate
               cohorts { weekStart size week1 week4 week12 } }
  jobs { finished succeeded failed cancelled failureRate averageDurationMs run24h run7d run30d
         usageByModel { provider model calls tokensIn tokensOut costMicrocents costDollars } }
  system { jobsQueued oldestQueuedSeconds }
} } }"""


def at(day: str, hours: float = 12) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=UTC) + timedelta(hours=hours)


async def figures(gql, token, start, end, tenant=None):
    data = await gql.ok(FIGURES, {"s": start, "e": end, "t": tenant}, token=token)
    return data["admin"]["metrics"]


async def test_prepaid_credit_bought_consumed_granted_expired_and_owed(gql):
    token = await token_for(await create_staff())
    tenant, other = await create_tenant(), await create_tenant()
    await create_reserve(tenant)
    await ledger.credit(tenant.id, 2500, key="topup-1", reason="Checkout", stripe_reference="cs_1")
    soon = datetime.now(UTC) + timedelta(hours=1)
    await ledger.adjust(tenant.id, 500, key="promo-1", reason="welcome", actor=None, expires_at=soon)
    job_id = (await _job(tenant, status="success")).id
    await ledger.debit(tenant.id, 300, key="job-1", reason="job", job_id=job_id)  # promotional credit goes first
    await ledger.expire_due_grants(at=soon + timedelta(seconds=1))  # 200 promotional left expires
    await create_reserve(other)
    await ledger.credit(other.id, 1000, key="topup-2", reason="Checkout", stripe_reference="cs_2")
    await ledger.credit(other.id, 700, key="gift", reason="gift", kind=GrantKind.PROMOTIONAL)
    today = datetime.now(UTC).date().isoformat()
    assert (await figures(gql, token, today, today, str(tenant.id)))["credit"] == {
        "topups": 1,
        "topupCents": 2500,
        "consumedByJobsCents": 300,
        "promotionalGrantedCents": 500,
        "promotionalExpiredCents": 200,
        "outstandingCents": 2500,
        "accountsInCredit": 1,
    }
    everyone = (await figures(gql, token, today, today))["credit"]
    assert (everyone["topups"], everyone["topupCents"], everyone["promotionalGrantedCents"]) == (2, 3500, 1200)
    assert (everyone["outstandingCents"], everyone["accountsInCredit"]) == (2500 + 1700, 2)
    yesterday = (datetime.now(UTC).date() - timedelta(days=1)).isoformat()
    before = (await figures(gql, token, yesterday, yesterday))["credit"]
    assert before["topups"] == 0 and before["outstandingCents"] == 0


async def _user(joined: str, tenant=None):
    user = await create_user(tenant=tenant)
    user.date_joined = at(joined, 9)
    await user.save(update_fields=["date_joined"])
    return user


async def _active(user, *days: str) -> None:
    profile = await Profile.get(user_id=user.id)
    for day in days:
        await UserActivity.create(user_id=user.id, tenant_id=profile.tenant_id, day=date.fromisoformat(day))


async def _job(tenant, user=None, *, status, queued="2026-03-04", started=None, finished=None, kind="MONTHLY"):
    user = user or await create_user(tenant=tenant)
    return await Job.create(
        tenant=tenant,
        user=user,
        kind=kind,
        status=status,
        queued_at=at(queued),
        started_at=started,
        finished_at=finished,
    )


async def test_engagement_activation_and_cohort_retention(gql):
    token = await token_for(await create_staff())
    tenant = await create_tenant()
    # Cohort of Monday 2 March: u1, u2, u3 joined Tuesday 3 March; cohort of 9 March: u4.
    # Week 1 of the first is 9-15 March, week 4 30 March-5 April; of the second 16-22 March and 6-12 April.
    u1, u2, u3 = [await _user("2026-03-03", tenant) for _ in range(3)]
    u4 = await _user("2026-03-10", tenant)
    w1 = await create_worklog(u1)
    w2 = await create_worklog(u2)
    w3 = await create_worklog(u3)
    for worklog, created in ((w1, "2026-03-05"), (w2, "2026-03-04"), (w3, "2026-03-12")):
        worklog.created_at = at(created)
        await worklog.save(update_fields=["created_at"])
    evidence = await Evidence.create(
        tenant=tenant,
        worklog=w2,
        object_key="k/1",
        original_name="a.pdf",
        size=1,
        content_type="application/pdf",
        sha256="0" * 64,
    )
    await Evidence.filter(id=evidence.id).update(created_at=at("2026-03-08"))
    await _job(tenant, u4, status="success", queued="2026-03-12")  # u4 generated a report within 7 days
    await _job(tenant, u3, status="success", queued="2026-03-20")  # u3 too late
    await _active(u1, "2026-03-10", "2026-03-30", "2026-04-10")
    await _active(u2, "2026-03-12", "2026-04-05")
    await _active(u3, "2026-03-20")
    await _active(u4, "2026-03-17")
    eng = (await figures(gql, token, "2026-03-01", "2026-04-10"))["engagement"]
    assert (eng["dau"], eng["wau"], eng["mau"], eng["dauMau"]) == (1, 2, 4, 0.25)
    assert (eng["signups"], eng["activatedEntry"], eng["activatedEvidence"], eng["activatedReport"]) == (4, 2, 1, 1)
    assert (eng["activatedAny"], eng["activationRate"]) == (3, 0.75)
    assert eng["cohorts"] == [
        {"weekStart": "2026-03-02", "size": 3, "week1": 2, "week4": 2, "week12": None},
        {"weekStart": "2026-03-09", "size": 1, "week1": 1, "week4": 0, "week12": None},
    ]
    later = (await figures(gql, token, "2026-03-01", "2026-06-30"))["engagement"]["cohorts"]
    assert [c["week12"] for c in later] == [0, 0]
    assert (await figures(gql, token, "2026-03-01", "2026-03-31"))["engagement"]["mau"] == 4


async def test_jobs_run_durations_failure_rate_and_usage_by_model(gql):
    token = await token_for(await create_staff())
    tenant = await create_tenant()
    now = datetime.now(UTC)
    ok1 = await _job(
        tenant, status="success", started=now - timedelta(hours=2, seconds=30), finished=now - timedelta(hours=2)
    )
    await _job(tenant, status="success", started=now - timedelta(days=3, seconds=90), finished=now - timedelta(days=3))
    await _job(tenant, status="failed", started=now - timedelta(days=10, seconds=60), finished=now - timedelta(days=10))
    await _job(tenant, status="cancelled", finished=now - timedelta(days=40))
    queued = await _job(tenant, status="queued")
    await Job.filter(id=queued.id).update(queued_at=now - timedelta(minutes=10))
    for model, tin, tout, cost in (("extractive-1", 1000, 200, 1_200_000), ("gpt-4o-mini", 3000, 500, 250_000_000)):
        await UsageEvent.create(
            tenant=tenant,
            user=None,
            job=ok1,
            attempt=1,
            provider="openai" if "gpt" in model else "extractive",
            model=model,
            tokens_in=tin,
            tokens_out=tout,
            latency_ms=5,
            cost_microcents=cost,
        )
    await UsageEvent.create(
        tenant=tenant,
        user=None,
        job=ok1,
        attempt=2,
        provider="openai",
        model="gpt-4o-mini",
        tokens_in=1000,
        tokens_out=100,
        latency_ms=5,
        cost_microcents=5_000_000_000,  # $50: the model's sum no longer fits a 32-bit GraphQL Int
    )
    start = (now - timedelta(days=29)).date().isoformat()
    found = await figures(gql, token, start, now.date().isoformat())
    jobs = found["jobs"]
    assert (jobs["finished"], jobs["succeeded"], jobs["failed"], jobs["cancelled"]) == (3, 2, 1, 0)
    assert jobs["failureRate"] == 1 / 3
    assert abs(jobs["averageDurationMs"] - (30_000 + 90_000 + 60_000) / 3) < 1
    assert (jobs["run24h"], jobs["run7d"], jobs["run30d"]) == (1, 2, 3)
    assert jobs["usageByModel"] == [
        {
            "provider": "extractive",
            "model": "extractive-1",
            "calls": 1,
            "tokensIn": 1000,
            "tokensOut": 200,
            "costMicrocents": 1_200_000,
            "costDollars": 0.012,
        },
        {
            "provider": "openai",
            "model": "gpt-4o-mini",
            "calls": 2,
            "tokensIn": 4000,
            "tokensOut": 600,
            "costMicrocents": 5_250_000_000,
            "costDollars": 52.5,
        },
    ]
    assert found["system"]["jobsQueued"] == 1 and 599 < found["system"]["oldestQueuedSeconds"] < 700
