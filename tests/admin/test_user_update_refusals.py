"""updateUser and the staff user list refuse what they cannot do, with exact codes, and change nothing."""

import pytest

from server.admin import service
from server.auth.models import User
from server.errors import ServiceError
from tests.factories import create_staff, create_user, token_for

UPDATE = """mutation($id: ID!, $input: UpdateUserInput!) {
  updateUser(userId: $id, input: $input) { user { id } errors { field code } }
}"""


async def test_a_superuser_cannot_remove_their_own_staff_access(gql):
    root = await create_staff(username="root", is_superuser=True)
    await create_staff(username="second", is_superuser=True)  # so the last-superuser rule is not what refuses
    data = await gql.ok(UPDATE, {"id": str(root.id), "input": {"isStaff": False}}, token=await token_for(root))
    assert data["updateUser"] == {"user": None, "errors": [{"field": "isStaff", "code": "CANNOT_DEMOTE_SELF"}]}
    assert (await User.get(id=root.id)).is_staff


async def test_a_full_name_over_200_characters_is_refused(gql):
    root = await create_staff(username="root")
    ada = await create_user(username="ada", full_name="Ada")
    data = await gql.ok(UPDATE, {"id": str(ada.id), "input": {"fullName": "x" * 201}}, token=await token_for(root))
    assert data["updateUser"]["errors"] == [{"field": "fullName", "code": "INVALID_NAME"}]
    assert (await User.get(id=ada.id)).full_name == "Ada"


async def test_the_user_list_refuses_an_unknown_sort(app):
    with pytest.raises(ServiceError) as refused:
        await service.list_users_for_staff(search=None, is_active=None, first=None, after=None, sort="AGE")
    assert (refused.value.code, refused.value.field) == ("INVALID_SORT", "sort")
