"""Assembles the domains' Query / Mutation types into one schema."""

from __future__ import annotations

import strawberry
from strawberry.extensions import (
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig

from server.admin import schema as admin
from server.auth import schema as auth
from server.billing import schema as billing
from server.graphql.errors import MaskUnexpectedErrors
from server.graphql.executor import FastLeafExecutor
from server.graphql.inputs import guard_arguments
from server.invitations import schema as invitations
from server.settings import Settings
from server.worklogs import schema as worklogs


@strawberry.type
class Query(auth.Query, billing.Query, worklogs.Query, admin.Query):
    pass


@strawberry.type
class Mutation(auth.Mutation, billing.Mutation, worklogs.Mutation, invitations.Mutation, admin.Mutation):
    pass


def build_schema(settings: Settings) -> strawberry.Schema:
    guard_arguments(Query, Mutation)
    extensions = [
        ParserCache(maxsize=512),
        ValidationCache(maxsize=512),
        QueryDepthLimiter(max_depth=settings.graphql_max_depth),
        MaxTokensLimiter(max_token_count=settings.graphql_max_tokens),
        MaxAliasesLimiter(max_alias_count=settings.graphql_max_aliases),
        MaskUnexpectedErrors(),
    ]
    if settings.is_production:
        extensions.append(DisableIntrospection())
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        extensions=extensions,
        execution_context_class=FastLeafExecutor,
        config=StrawberryConfig(
            disable_field_suggestions=settings.is_production,
            batching_config={"max_operations": settings.graphql_max_batch},
        ),
    )


# The SDL that clients are written against; exported to schema.graphql.
schema = strawberry.Schema(query=Query, mutation=Mutation)
