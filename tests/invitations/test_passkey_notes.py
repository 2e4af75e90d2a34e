"""A passkey's notes have a maximum length; over it, nothing is created."""

from server.invitations.models import InvitePasskey
from server.invitations.service import MAX_NOTES
from tests.factories import create_staff, token_for

CREATE = """mutation($notes: String!) {
  createInvitePasskey(input: {notes: $notes}) { passkey errors { field code } }
}"""


async def test_notes_over_the_maximum_are_refused_and_no_passkey_is_made(gql):
    token = await token_for(await create_staff())
    data = await gql.ok(CREATE, {"notes": "n" * (MAX_NOTES + 1)}, token=token)
    assert data["createInvitePasskey"] == {"passkey": None, "errors": [{"field": "notes", "code": "NOTES_TOO_LONG"}]}
    assert await InvitePasskey.all().count() == 0
    accepted = await gql.ok(CREATE, {"notes": "n" * MAX_NOTES}, token=token)
    assert accepted["createInvitePasskey"]["errors"] == []
