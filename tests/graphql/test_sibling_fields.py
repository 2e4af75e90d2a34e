"""When one field fails, its siblings finish instead of being cancelled mid-work (a resolver cancelled inside a
database call can leave its session mid-statement, holding locks)."""

from __future__ import annotations

import asyncio

import pytest
import strawberry

from server.graphql.executor import execution_context_class, let_sibling_resolvers_finish

FINISHED: list[str] = []


@strawberry.type
class Query:
    @strawberry.field
    async def slow(self) -> int:
        await asyncio.sleep(0.05)
        FINISHED.append("slow")
        return 1

    @strawberry.field
    async def boom(self) -> int:
        raise RuntimeError("refused")

    @strawberry.field
    def nested(self) -> Query:
        return Query()


@pytest.mark.parametrize("fast", [True, False], ids=["fast executor", "plain executor"])
async def test_a_failing_field_lets_its_slow_sibling_finish(fast):
    let_sibling_resolvers_finish()
    schema = strawberry.Schema(query=Query, execution_context_class=execution_context_class(fast))
    for document in ("{ slow boom }", "{ nested { slow boom } }", "{ nested { slow } boom }"):
        FINISHED.clear()
        result = await schema.execute(document)
        assert result.data is None and [e.message for e in result.errors] == ["refused"]
        assert FINISHED == ["slow"], document
