"""The suite survives a test that leaves a database session holding locks (it would hang every later test)."""

import warnings

import asyncpg
import pytest

from server.auth.models import User
from tests import engines
from tests.conftest import _truncate
from tests.factories import create_user


async def test_a_session_left_holding_a_lock_is_named_ended_and_the_tables_emptied(app, settings):
    await create_user(username="held")
    holder = await asyncpg.connect(engines.asyncpg_dsn(settings.database_url))
    await holder.execute('BEGIN; SELECT * FROM "user"')  # an abandoned transaction keeps its lock
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await _truncate('"user"', settings.database_url, lock_timeout="200ms")
    assert any("left sessions holding locks" in str(w.message) and "user" in str(w.message) for w in caught)
    assert await User.all().count() == 0
    with pytest.raises((asyncpg.exceptions.ConnectionDoesNotExistError, asyncpg.exceptions.InterfaceError)):
        await holder.fetch("SELECT 1")
