"""Edits staff may not make to a user: each is refused with its own code and changes nothing."""

from server.audit.models import AuditEvent
from server.auth.models import User
from tests.factories import create_staff, create_user, token_for

UPDATE = "mutation($id: ID!, $in: UpdateUserInput!) { updateUser(userId: $id, input: $in) { user { id } errors { field code } } }"


async def test_a_full_name_over_200_characters_is_refused(gql):
    token = await token_for(await create_staff(username="root"))
    ada = await create_user(username="ada")
    data = await gql.ok(UPDATE, {"id": str(ada.id), "in": {"fullName": "A" * 201}}, token=token)
    assert data["updateUser"] == {"user": None, "errors": [{"field": "fullName", "code": "INVALID_NAME"}]}
    assert (await User.get(id=ada.id)).full_name == ""
    assert await AuditEvent.filter(event_type="admin.user_updated").count() == 0


async def test_a_superuser_cannot_remove_their_own_staff_access(gql):
    root = await create_staff(username="root", is_superuser=True)
    await create_staff(username="second", is_superuser=True)  # so root is not the last superuser (LAST_SUPERUSER)
    token = await token_for(root)
    data = await gql.ok(UPDATE, {"id": str(root.id), "in": {"isStaff": False}}, token=token)
    assert data["updateUser"] == {"user": None, "errors": [{"field": "isStaff", "code": "CANNOT_DEMOTE_SELF"}]}
    assert (await User.get(id=root.id)).is_staff is True
    assert await AuditEvent.filter(event_type="admin.user_updated").count() == 0
