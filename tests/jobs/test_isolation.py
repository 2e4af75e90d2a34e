"""Another tenant sees nothing of a job or its report: not in a list, not by id, not through any field."""

from __future__ import annotations

from graphql import GraphQLObjectType, get_named_type

from server.graphql.schema import schema
from server.jobs.engine import run_job
from tests.factories import create_staff, create_user, token_for
from tests.jobs.conftest import funded_user
from tests.jobs.documents import ADMIN_JOB, GENERATE, JOB, JOB_FIELDS, JOBS, REPORT, REPORTS, monthly


def test_the_documents_ask_for_every_job_field():
    job_type = schema._schema.get_type("Job")
    asked = set(JOB_FIELDS.replace("(", " ").split())
    assert set(job_type.fields) <= asked, set(job_type.fields) - asked
    assert isinstance(get_named_type(job_type.fields["events"].type), GraphQLObjectType)


async def test_another_tenant_cannot_see_a_job_or_its_report(gql, runtime):
    owner, _ = await funded_user()
    owner_token = await token_for(owner)
    made = (await gql.ok(GENERATE, monthly(), token=owner_token))["generateReport"]
    job_id, report_id = made["job"]["id"], made["report"]["id"]
    assert await run_job(job_id, runtime) == "success"

    mine = (await gql.ok(JOB, {"id": job_id}, token=owner_token))["job"]
    assert set(mine) == set(schema._schema.get_type("Job").fields)
    assert mine["username"] == owner.username and mine["events"]["totalCount"] == 9

    for stranger in (await create_user(), (await funded_user())[0]):
        token = await token_for(stranger)
        for document, name, variables in ((JOB, "job", {"id": job_id}), (REPORT, "report", {"id": report_id})):
            body = await gql(document, variables, token=token)
            assert body["data"] is None or body["data"][name] is None
            assert [e["extensions"].get("reason") for e in body["errors"]] == ["NOT_FOUND"]
        assert (await gql.ok(JOBS, token=token))["jobs"] == {"totalCount": 0, "edges": []}
        assert (await gql.ok(REPORTS, token=token))["reports"] == {"totalCount": 0, "edges": []}
        ledger = await gql.ok("{ reserve { ledger(first: 50) { edges { node { job { id } } } } } }", token=token)
        assert all(edge["node"]["job"] is None for edge in ledger["reserve"]["ledger"]["edges"])
        refused = await gql(ADMIN_JOB, {"id": job_id}, token=token)
        assert [e["extensions"]["code"] for e in refused["errors"]] == ["FORBIDDEN"]

    # Staff see every tenant's job, with the same fields.
    staff = (await gql.ok(ADMIN_JOB, {"id": job_id}, token=await token_for(await create_staff())))["admin"]["job"]
    assert staff == mine
    # The owner's ledger links its movements to the job.
    own_ledger = await gql.ok(
        "{ reserve { ledger(first: 50) { edges { node { type job { id } } } } } }", token=owner_token
    )
    linked = [(e["node"]["type"], (e["node"]["job"] or {}).get("id")) for e in own_ledger["reserve"]["ledger"]["edges"]]
    assert ("DEBIT", job_id) in linked and ("HOLD", job_id) in linked
