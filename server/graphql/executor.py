"""A graphql-core executor that completes plain leaf fields without the generic machinery.

Most fields of a page are plain attributes of the object their parent resolved (`id`, `date`,
`metadata.tags`): Strawberry marks them "basic" (no resolver, permission or extension) and resolves
them with `getattr`. graphql-core still runs its full path for each of them: a resolve-info tuple, an
argument check, an awaitable check, then `complete_value`'s chain of type tests. For a 20-entry page
that is most of the ~300 fields, and it was most of the request's CPU.

For a basic field whose type is a scalar or an enum (or a list of them) this executor reads the
attribute and coerces it directly. Whenever the result is anything but a clean value (null, a
coercion error, a non-list for a list, a directive on the field, middleware installed) it hands the
field to graphql-core unchanged, so errors, null propagation and messages stay exactly graphql-core's.

It mirrors code of both libraries, so three things keep it honest: graphql-core and Strawberry are pinned
to their minor versions in pyproject.toml; tests/graphql/test_executor.py records a hash of each upstream
function mirrored here and fails when one changes; and GRAPHQL_FAST_EXECUTOR=false switches it off.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any
from weakref import WeakKeyDictionary

import graphql.execution.executor as graphql_executor
from graphql import (
    GraphQLField,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    Undefined,
    is_leaf_type,
)
from graphql.execution.collect_fields import FieldDetailsList, GroupedFieldSet
from graphql.execution.executor import to_nodes
from graphql.pyutils import AwaitableOrValue, Path
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types.field import StrawberryField

# What `Plan.complete` answers when the value read must be completed by graphql-core.
SLOW = object()


@dataclass(frozen=True, slots=True)
class Plan:
    """How to read and complete one plain leaf field directly."""

    field_def: GraphQLField
    get: Callable[[Any], Any]
    coerce: Callable[[Any], Any]
    is_list: bool

    def complete(self, value: Any, is_awaitable: Callable[[Any], bool]) -> Any:
        """The value as graphql-core would complete it, or SLOW for anything but a clean value
        (null, an exception, an awaitable, a value that does not coerce)."""
        if not self.is_list:
            return self._leaf(value, is_awaitable)
        if type(value) is not list and type(value) is not tuple:
            return SLOW
        out = []
        for item in value:
            completed = self._leaf(item, is_awaitable)
            if completed is SLOW:
                return SLOW
            out.append(completed)
        return out

    def _leaf(self, value: Any, is_awaitable: Callable[[Any], bool]) -> Any:
        if value is None or isinstance(value, Exception) or is_awaitable(value):
            return SLOW
        try:
            out = self.coerce(value)
        except Exception:  # graphql-core raises it again, located, on its own path
            return SLOW
        return SLOW if out is None or out is Undefined else out


Plans = dict[tuple[str, str], "Plan | None"]
_plans: WeakKeyDictionary[GraphQLSchema, Plans] = WeakKeyDictionary()


def plan_field(parent_type: GraphQLObjectType, field_name: str) -> Plan | None:
    """A direct way to complete `parent_type.field_name`, or None when graphql-core must do it all."""
    field_def = parent_type.fields.get(field_name)
    if field_def is None or field_def.args:
        return None
    strawberry_field = (field_def.extensions or {}).get("strawberry-definition")
    if (
        not isinstance(strawberry_field, StrawberryField)
        or not strawberry_field.is_basic_field
        or getattr(field_def.resolve, "__name__", "") != "_get_basic_result"
    ):
        return None
    name = strawberry_field.python_name
    default_resolver = strawberry_field.default_resolver
    get: Callable[[Any], Any]
    if default_resolver is getattr:
        get = attrgetter(name)
    else:

        def read(source: Any) -> Any:
            return default_resolver(source, name)

        get = read

    field_type = field_def.type
    if isinstance(field_type, GraphQLNonNull):
        field_type = field_type.of_type
    if is_leaf_type(field_type):
        return Plan(field_def, get, field_type.coerce_output_value, is_list=False)
    if isinstance(field_type, GraphQLList):
        item_type = field_type.of_type
        if isinstance(item_type, GraphQLNonNull):
            item_type = item_type.of_type
        if is_leaf_type(item_type):
            return Plan(field_def, get, item_type.coerce_output_value, is_list=True)
    return None


async def gather_settling_all(*awaitables: Awaitable[Any]) -> list[Any]:
    """Run the awaitables together; when one fails, let the others finish, then raise the first failure.

    graphql-core's own `gather_with_cancel` cancels the siblings of a failed field. A resolver cancelled inside
    a database call can leave its pooled session mid-statement, holding its locks until the connection dies
    (seen with several `admin` fields in one query, one of them refused). Finishing work whose result is
    thrown away costs less than that.
    """
    results = await asyncio.gather(*awaitables, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results


def let_sibling_resolvers_finish() -> None:
    """Make graphql-core settle every sibling of a failed field instead of cancelling it (idempotent)."""
    setattr(graphql_executor, "gather_with_cancel", gather_settling_all)  # noqa: B010 - a private name of its module


def execution_context_class(fast: bool) -> type[StrawberryGraphQLCoreExecutionContext]:
    """The executor the GRAPHQL_FAST_EXECUTOR setting picks: this one, or Strawberry's plain graphql-core one."""
    return FastLeafExecutor if fast else StrawberryGraphQLCoreExecutionContext


class FastLeafExecutor(StrawberryGraphQLCoreExecutionContext):
    """graphql-core's executor, with `execute_fields` reading plain leaf fields directly."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        plans = _plans.get(self.schema)
        if plans is None:
            plans = _plans[self.schema] = {}
        # Sub-executors are shallow copies, so they share these.
        self.fast_plans: Plans = plans
        self.fast_enabled = self.middleware_manager is None or not self.middleware_manager.middlewares

    def execute_fields(  # noqa: C901 - mirrors graphql-core's execute_fields line for line
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: GroupedFieldSet,
        position_context: Any,
    ) -> AwaitableOrValue[dict[str, Any]]:
        # graphql-core's execute_fields (3.3), plus the direct path for planned fields.
        results: dict[str, Any] = {}
        is_awaitable = self.is_awaitable
        awaitable_fields: list[str] = []
        plans = self.fast_plans
        fast = self.fast_enabled
        type_name = parent_type.name
        try:
            for response_name, field_details_list in grouped_field_set.items():
                plan: Plan | None = None
                if fast:
                    node = field_details_list[0].node
                    key = (type_name, node.name.value)
                    try:
                        plan = plans[key]
                    except KeyError:
                        plan = plans[key] = plan_field(parent_type, node.name.value)
                    if plan is not None and (node.directives or len(field_details_list) != 1):
                        plan = None
                if plan is not None:
                    # The attribute is read once; whatever is not a clean value is completed from it
                    # exactly as graphql-core completes a resolver's result.
                    try:
                        value = plan.get(source_value)
                    except Exception as error:
                        result = self._complete_resolved(
                            plan, parent_type, field_details_list, path, response_name, position_context, None, error
                        )
                    else:
                        result = plan.complete(value, is_awaitable)
                        if result is SLOW:
                            result = self._complete_resolved(
                                plan,
                                parent_type,
                                field_details_list,
                                path,
                                response_name,
                                position_context,
                                value,
                                None,
                            )
                else:
                    result = self.execute_field(
                        parent_type,
                        source_value,
                        field_details_list,
                        Path(path, response_name, type_name),
                        position_context,
                    )
                if result is not Undefined:
                    results[response_name] = result
                    if is_awaitable(result):
                        awaitable_fields.append(response_name)
        except Exception:
            if awaitable_fields:
                self.settle_in_background([results[field] for field in awaitable_fields])
            raise

        if not awaitable_fields:
            return results

        async def get_results() -> dict[str, Any]:
            if len(awaitable_fields) == 1:
                field = awaitable_fields[0]
                results[field] = await results[field]
            else:
                awaited = await gather_settling_all(*(results[field] for field in awaitable_fields))
                results.update(zip(awaitable_fields, awaited, strict=True))
            return results

        return get_results()

    def _complete_resolved(
        self,
        plan: Plan,
        parent_type: GraphQLObjectType,
        field_details_list: FieldDetailsList,
        parent_path: Path | None,
        response_name: str,
        position_context: Any,
        value: Any,
        error: Exception | None,
    ) -> Any:
        """graphql-core's execute_field from the point where the resolver has returned `value` (or raised `error`)."""
        path = Path(parent_path, response_name, parent_type.name)
        return_type = plan.field_def.type
        info = self.build_resolve_info(plan.field_def, to_nodes(field_details_list), parent_type, path)
        try:
            if error is not None:
                raise error
            if self.is_awaitable(value):
                return self.complete_awaitable_value(
                    return_type, field_details_list, info, path, value, position_context
                )
            completed = self.complete_value(return_type, field_details_list, info, path, value, position_context)
            if self.is_awaitable(completed):

                async def await_completed() -> Any:
                    try:
                        return await completed
                    except Exception as raw_error:
                        self.handle_field_error(raw_error, return_type, field_details_list, path)
                        return None

                return await_completed()
        except Exception as raw_error:
            self.handle_field_error(raw_error, return_type, field_details_list, path)
            return None
        return completed
