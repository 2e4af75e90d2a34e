"""Assembles the domains' Query / Mutation types into one schema."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from functools import lru_cache

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from server.admin import schema as admin
from server.auth import schema as auth
from server.billing import schema as billing
from server.graphql.errors import MaskUnexpectedErrors
from server.graphql.executor import execution_context_class, let_sibling_resolvers_finish
from server.graphql.inputs import guard_arguments
from server.graphql.limits import document_rules
from server.graphql.operations import RecordOperation
from server.graphql.request_ids import OperationRequestId
from server.invitations import schema as invitations
from server.jobs import schema as jobs
from server.live import schema as live
from server.metrics import schema as metrics
from server.reports import schema as reports
from server.settings import Settings
from server.system import schema as system
from server.worklogs import schema as worklogs


@strawberry.type
class Query(
    auth.Query, billing.Query, worklogs.Query, admin.Query, jobs.Query, reports.Query, live.Query, system.Query
):
    pass


@strawberry.type
class Mutation(
    auth.Mutation,
    billing.Mutation,
    worklogs.Mutation,
    invitations.Mutation,
    admin.Mutation,
    jobs.Mutation,
    reports.Mutation,
    metrics.Mutation,
):
    pass


@strawberry.type
class Subscription(live.Subscription):
    pass


class CachedParse(ParserCache):
    """Strawberry's ParserCache raises a syntax error outside the operation's error handling, where no
    extension shapes it (it went out without a code); such documents are left to Strawberry's own parse."""

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        with contextlib.suppress(GraphQLError):
            context.graphql_document = self.cached_parse_document(context.query, **context.parse_options)
        yield


class AppSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        """Strawberry would log every error, expected ones included; MaskUnexpectedErrors logs the unexpected, once."""


def build_schema(settings: Settings) -> strawberry.Schema:
    guard_arguments(Query, Mutation, Subscription)
    let_sibling_resolvers_finish()
    # Classes and factories, never instances: Strawberry builds a fresh set per operation, so concurrent
    # requests cannot overwrite each other's execution context (an instance would be shared by all).
    # The parser and validation caches live at module level in Strawberry and are shared all the same;
    # the validation rules are classes made once here, as the validation cache is keyed by them.
    rules = document_rules(settings)
    extensions: list[type[SchemaExtension] | Callable[[], SchemaExtension]] = [
        OperationRequestId,
        RecordOperation,
        lambda: CachedParse(maxsize=512),
        lambda: ValidationCache(maxsize=512),
        lambda: AddValidationRules(rules),
        lambda: MaxTokensLimiter(max_token_count=settings.graphql_max_tokens),
        MaskUnexpectedErrors,
    ]
    return AppSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=extensions,
        execution_context_class=execution_context_class(settings.graphql_fast_executor),
        config=StrawberryConfig(
            disable_field_suggestions=settings.is_production,
            batching_config={"max_operations": settings.graphql_max_batch},
        ),
    )


@lru_cache(maxsize=1)
def contract_schema() -> strawberry.Schema:
    """The SDL that clients are written against; exported to schema.graphql."""
    return strawberry.Schema(query=Query, mutation=Mutation, subscription=Subscription)


def __getattr__(name: str) -> strawberry.Schema:
    # `strawberry export-schema server.graphql.schema:schema` builds it on first access, not at import.
    if name == "schema":
        return contract_schema()
    raise AttributeError(name)
