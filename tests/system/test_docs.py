"""The docs stay true: every setting is in the README, every staff-only operation in the permission matrix."""

from pathlib import Path

from server.settings import Settings
from tests.graphql.test_permissions import STAFF_OPS, USER_OPS

ROOT = Path(__file__).resolve().parents[2]


def test_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    missing = [n.upper() for n in Settings.model_fields if f"`{n.upper()}`" not in readme]
    assert not missing, f"add to the README settings table: {missing}"


def test_the_permission_matrix_lists_every_protected_operation():
    matrix = (ROOT / "docs" / "permissions.md").read_text()
    missing = [name for name, _ in STAFF_OPS + USER_OPS if f"`{name}`" not in matrix]
    assert not missing, f"add to docs/permissions.md: {missing}"
