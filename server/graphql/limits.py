"""Validation rules that bound a document's shape: depth, aliases, and introspection's own depth.

The rule classes are built once per schema: the validation cache is keyed by the rules, so
fresh classes per request would make every request miss it.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationRule,
)
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import MaxAliasesLimiter, QueryDepthLimiter

from server.settings import Settings

INTROSPECTION_ROOTS = frozenset({"__schema", "__type"})


def _introspection_depth(
    selection_set: SelectionSetNode,
    fragments: dict[str, FragmentDefinitionNode],
    depth: int,
    inside: bool,
    seen: frozenset[str],
    limit: int,
) -> int:
    """The deepest level reached below an introspection field, counted as QueryDepthLimiter counts (0: none)."""
    deepest = 0
    if depth > limit:  # deep enough to refuse; stop before a crafted document exhausts the stack
        return depth
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            counting = inside or selection.name.value in INTROSPECTION_ROOTS
            if selection.selection_set is None:
                continue
            if counting:
                deepest = max(deepest, depth + 1)
            deepest = max(
                deepest, _introspection_depth(selection.selection_set, fragments, depth + 1, counting, seen, limit)
            )
        elif isinstance(selection, InlineFragmentNode):
            deepest = max(deepest, _introspection_depth(selection.selection_set, fragments, depth, inside, seen, limit))
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name in seen or name not in fragments:
                continue  # cycles and unknown fragments are reported by graphql-core's own rules
            fragment = fragments[name]
            deepest = max(
                deepest, _introspection_depth(fragment.selection_set, fragments, depth, inside, seen | {name}, limit)
            )
    return deepest


def introspection_depth_rule(max_depth: int) -> type[ValidationRule]:
    """QueryDepthLimiter skips `__schema`/`__type` subtrees; this caps them on their own."""

    class IntrospectionDepthRule(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_args: Any) -> None:
            fragments = {
                d.name.value: d for d in self.context.document.definitions if isinstance(d, FragmentDefinitionNode)
            }
            depth = _introspection_depth(node.selection_set, fragments, 0, False, frozenset(), max_depth)
            if depth > max_depth:
                name = node.name.value if node.name else "anonymous"
                self.report_error(
                    GraphQLError(
                        f"'{name}' exceeds maximum introspection depth of {max_depth}",
                        [node],
                        extensions={"reason": "INTROSPECTION_TOO_DEEP"},
                    )
                )

    return IntrospectionDepthRule


def document_rules(settings: Settings) -> list[type[ASTValidationRule]]:
    """Every extra validation rule of the schema, as classes made once."""
    rules: list[type[ASTValidationRule]] = [
        *QueryDepthLimiter(max_depth=settings.graphql_max_depth).validation_rules,
        introspection_depth_rule(settings.graphql_max_introspection_depth),
        *MaxAliasesLimiter(max_alias_count=settings.graphql_max_aliases).validation_rules,
    ]
    if settings.is_production:
        rules.append(NoSchemaIntrospectionCustomRule)
    return rules
