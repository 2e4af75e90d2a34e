"""The shared query counter sees every statement: ORM, raw, and inside a transaction."""

from tortoise.transactions import in_transaction

from server.auth.models import User
from tests.factories import create_user


async def test_count_queries_sees_orm_raw_and_transactional_statements(app, count_queries):
    user = await create_user()
    with count_queries() as statements:
        await User.filter(id=user.id).first()
        async with in_transaction() as conn:
            await conn.execute_query("SELECT 1")
            await User.filter(id=user.id).using_db(conn).update(email="new@example.com")
    assert len(statements) == 3, statements
    assert statements[1] == "SELECT 1"
    assert statements[2].startswith("UPDATE")
    with count_queries() as after:
        pass
    assert after == []
