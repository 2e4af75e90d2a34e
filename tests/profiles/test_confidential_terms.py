"""Confidential terms through the API: the owner's list, validated, audited as a count only."""

import pytest

from server.audit.models import AuditEvent
from server.profiles.models import ConfidentialTerms
from tests.factories import create_user, token_for
from tests.profiles.queries import ME, SET_TERMS


async def test_terms_are_stored_trimmed_and_deduplicated_case_insensitively(gql):
    user = await create_user()
    token = await token_for(user)
    data = await gql.ok(SET_TERMS, {"terms": ["  Acme   Bank ", "acme bank", "Falcon", "FALCON", "$2.4M"]}, token=token)
    assert data["setConfidentialTerms"] == {"confidentialTerms": ["Acme Bank", "Falcon", "$2.4M"], "errors": []}
    assert (await gql.ok(ME, token=token))["me"]["confidentialTerms"] == ["Acme Bank", "Falcon", "$2.4M"]

    data = await gql.ok(SET_TERMS, {"terms": ["Initech"]}, token=token)
    assert data["setConfidentialTerms"]["confidentialTerms"] == ["Initech"]
    events = await AuditEvent.filter(event_type="profile.confidential_terms_set").order_by("created_at")
    assert [(e.before, e.after) for e in events] == [({"count": 0}, {"count": 3}), ({"count": 3}, {"count": 1})]
    assert all("Acme" not in str(e.before) + str(e.after) + e.message for e in events)
    assert await ConfidentialTerms.filter(user_id=user.id).count() == 1


async def test_an_empty_list_clears_the_terms(gql):
    token = await token_for(await create_user())
    await gql.ok(SET_TERMS, {"terms": ["Acme"]}, token=token)
    assert (await gql.ok(SET_TERMS, {"terms": []}, token=token))["setConfidentialTerms"]["confidentialTerms"] == []


@pytest.mark.parametrize(
    ("terms", "field", "code"),
    [
        ([f"term {i}" for i in range(201)], "terms", "TOO_MANY_TERMS"),
        (["Acme", "   "], "terms[1]", "TERM_REQUIRED"),
        (["x" * 101], "terms[0]", "TERM_TOO_LONG"),
        (["Acme\x07"], "terms", "INVALID_TEXT"),
    ],
)
async def test_bad_lists_are_refused_with_their_code_and_the_stored_list_is_kept(gql, terms, field, code):
    token = await token_for(await create_user())
    await gql.ok(SET_TERMS, {"terms": ["Kept"]}, token=token)
    data = await gql.ok(SET_TERMS, {"terms": terms}, token=token)
    assert data["setConfidentialTerms"]["confidentialTerms"] is None
    assert [(e["field"], e["code"]) for e in data["setConfidentialTerms"]["errors"]] == [(field, code)]
    assert (await gql.ok(ME, token=token))["me"]["confidentialTerms"] == ["Kept"]
    assert await AuditEvent.filter(event_type="profile.confidential_terms_set").count() == 1


async def test_two_hundred_terms_are_accepted(gql):
    token = await token_for(await create_user())
    data = await gql.ok(SET_TERMS, {"terms": [f"term {i}" for i in range(200)]}, token=token)
    assert len(data["setConfidentialTerms"]["confidentialTerms"]) == 200


async def test_each_user_sees_only_their_own_terms(gql):
    alice = await token_for(await create_user())
    bob = await token_for(await create_user())
    await gql.ok(SET_TERMS, {"terms": ["Alice's client"]}, token=alice)
    assert (await gql.ok(ME, token=bob))["me"]["confidentialTerms"] == []
