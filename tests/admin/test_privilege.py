"""The privilege rule: staff manage only users below them; the last active superuser stays."""

import asyncio

import pytest

from server.audit.models import AuditEvent
from server.auth.models import ApiToken, User
from server.tenants.models import Profile
from tests.factories import create_staff, create_tenant, create_user, token_for

DISABLE = "mutation($u: ID!) { r: setUserActive(userId: $u, isActive: false) { errors { code } } }"
ENABLE = "mutation($u: ID!) { r: setUserActive(userId: $u, isActive: true) { errors { code } } }"
RESET = (
    'mutation($u: ID!) { r: resetUserPassword(userId: $u, newPassword: "taken-over-by-staff-9") { errors { code } } }'
)
EDIT_EMAIL = (
    'mutation($u: ID!) { r: updateUser(userId: $u, input: {email: "new-owner@evil.example"}) { errors { code } } }'
)
DEMOTE = "mutation($u: ID!) { r: updateUser(userId: $u, input: {isStaff: false}) { errors { code } } }"
MOVE = "mutation($u: ID!, $t: ID!) { r: moveUserToTenant(userId: $u, tenantId: $t) { errors { code } } }"

EVERY_USER_MUTATION = {
    "disable": DISABLE,
    "enable": ENABLE,
    "reset": RESET,
    "edit": EDIT_EMAIL,
    "demote": DEMOTE,
    "move": MOVE,
}


async def state_of(user: User) -> tuple:
    """Everything a staff action on `user` could change."""
    row = await User.get(id=user.id)
    return (
        row.username,
        row.email,
        row.full_name,
        row.is_active,
        row.is_staff,
        row.is_superuser,
        row.password_hash,
        await ApiToken.filter(user_id=user.id, revoked_at=None).count(),
        (await Profile.get(user_id=user.id)).tenant_id,
        await AuditEvent.filter(event_type__startswith="admin.").count(),
    )


async def attempt(gql, token: str, mutation: str, target: User) -> list[str]:
    other_tenant = await create_tenant()
    variables = {"u": str(target.id), "t": str(other_tenant.id)} if mutation is MOVE else {"u": str(target.id)}
    data = await gql.ok(mutation, variables, token=token)
    return [e["code"] for e in data["r"]["errors"]]


async def attempt_any(gql, token: str, mutation: str, target: User) -> list[str]:
    """Codes of the payload's errors or, when the caller was refused outright, of the top-level ones."""
    body = await gql(mutation, {"u": str(target.id)}, token=token)
    if body.get("errors"):
        return [e["extensions"]["code"] for e in body["errors"]]
    return [e["code"] for e in body["data"]["r"]["errors"]]


@pytest.mark.parametrize("action", EVERY_USER_MUTATION)
async def test_staff_cannot_act_on_a_superuser(gql, action):
    ops = await create_staff(username="ops")
    admin = await create_staff(username="admin", is_superuser=True)
    await token_for(admin)
    before = await state_of(admin)
    assert await attempt(gql, await token_for(ops), EVERY_USER_MUTATION[action], admin) == ["INSUFFICIENT_PRIVILEGE"]
    assert await state_of(admin) == before


@pytest.mark.parametrize("action", EVERY_USER_MUTATION)
async def test_staff_cannot_act_on_other_staff(gql, action):
    ops = await create_staff(username="ops")
    colleague = await create_staff(username="colleague")
    await token_for(colleague)
    before = await state_of(colleague)
    assert await attempt(gql, await token_for(ops), EVERY_USER_MUTATION[action], colleague) == [
        "INSUFFICIENT_PRIVILEGE"
    ]
    assert await state_of(colleague) == before


@pytest.mark.parametrize("action", ["disable", "demote", "move"])
async def test_nobody_disables_demotes_or_moves_the_last_superuser(gql, action):
    admin = await create_staff(username="admin", is_superuser=True)
    await create_staff(username="disabled-root", is_superuser=True, is_active=False)  # not an acting superuser
    token = await token_for(admin)
    before = await state_of(admin)
    assert await attempt(gql, token, EVERY_USER_MUTATION[action], admin) == ["LAST_SUPERUSER"]
    assert await state_of(admin) == before


@pytest.mark.parametrize("action", [a for a in EVERY_USER_MUTATION if a != "demote"])  # isStaff is a superuser's call
async def test_staff_manage_plain_users(gql, action):
    ops = await create_staff(username="ops")
    ada = await create_user(username="ada")
    assert await attempt(gql, await token_for(ops), EVERY_USER_MUTATION[action], ada) == []


@pytest.mark.parametrize("action", EVERY_USER_MUTATION)
@pytest.mark.parametrize("level", ["staff", "superuser"])
async def test_a_superuser_manages_staff_and_other_superusers(gql, action, level):
    admin = await create_staff(username="admin", is_superuser=True)
    target = await create_staff(username="target", is_superuser=level == "superuser")
    assert await attempt(gql, await token_for(admin), EVERY_USER_MUTATION[action], target) == []


async def test_the_reported_takeover_is_refused(gql):
    """Staff reset the superuser's password, then logged in as the superuser."""
    ops = await create_staff(username="ops")
    admin = await create_staff(username="admin", is_superuser=True)
    assert await attempt(gql, await token_for(ops), RESET, admin) == ["INSUFFICIENT_PRIVILEGE"]
    login = (
        'mutation { login(input: {username: "admin", password: "taken-over-by-staff-9"}) { token errors { code } } }'
    )
    assert (await gql.ok(login))["login"] == {"token": None, "errors": [{"code": "INVALID_CREDENTIALS"}]}


async def test_a_refused_reset_does_not_reveal_the_password_rules(gql):
    ops = await create_staff(username="ops")
    admin = await create_staff(username="admin", is_superuser=True)
    mutation = 'mutation($u: ID!) { r: resetUserPassword(userId: $u, newPassword: "x") { errors { code } } }'
    data = await gql.ok(mutation, {"u": str(admin.id)}, token=await token_for(ops))
    assert data["r"]["errors"] == [{"code": "INSUFFICIENT_PRIVILEGE"}]


async def test_only_a_superuser_revokes_every_token(gql):
    ops = await create_staff(username="ops")
    token = await token_for(ops)
    admin = await create_staff(username="admin", is_superuser=True)
    await token_for(admin), await token_for(await create_user())
    data = await gql.ok("mutation { revokeAllTokens { revoked errors { code } } }", token=token)
    assert data["revokeAllTokens"] == {"revoked": 0, "errors": [{"code": "SUPERUSER_REQUIRED"}]}
    assert await ApiToken.filter(revoked_at=None).count() == 3
    assert not await AuditEvent.filter(event_type="admin.tokens_revoked_all").exists()


@pytest.mark.parametrize("mutation", [DISABLE, DEMOTE], ids=["disable", "demote"])
async def test_two_superusers_acting_on_each_other_at_once_leave_one(gql, mutation):
    for round in range(3):
        if round:  # the previous round's survivor steps aside: each round starts with exactly two
            await User.filter(is_superuser=True).update(is_superuser=False)
        a = await create_staff(username=f"root-a{round}", is_superuser=True)
        b = await create_staff(username=f"root-b{round}", is_superuser=True)
        ta, tb = await token_for(a), await token_for(b)
        results = await asyncio.gather(attempt_any(gql, ta, mutation, b), attempt_any(gql, tb, mutation, a))
        # The loser is refused under the lock, or, when it arrives after the winner committed,
        # already at authentication (disabled: anonymous) or at the staff check (demoted).
        assert sorted(results)[0] == [] and sorted(results)[1][0] in {
            "INSUFFICIENT_PRIVILEGE",
            "UNAUTHENTICATED",
            "FORBIDDEN",
        }
        assert await User.filter(is_active=True, is_staff=True, is_superuser=True).count() == 1
