"""Every typed operation of the admin commands is valid against schema.graphql: a stale one fails the build."""

from pathlib import Path

from graphql import build_schema, parse, print_ast, validate

from server.cli.admin.client import OPERATIONS_DIR, definitions, operation_documents

ROOT = Path(__file__).resolve().parents[2]


def schema():
    return build_schema((ROOT / "schema.graphql").read_text())


def test_every_operation_file_validates_against_the_schema():
    files = sorted(OPERATIONS_DIR.glob("*.graphql"))
    assert len(files) >= 5
    problems = {path.name: [e.message for e in validate(schema(), parse(path.read_text()))] for path in files}
    assert {name: errors for name, errors in problems.items() if errors} == {}


def test_every_operation_sent_alone_validates_with_its_fragments():
    documents = operation_documents()
    assert {"AdminLogin", "AdminUsers", "AdminAdjustReserve", "AdminAuditEvents", "AdminRevokePasskey"} <= set(
        documents
    )
    problems = {name: [e.message for e in validate(schema(), parse(doc))] for name, doc in documents.items()}
    assert {name: errors for name, errors in problems.items() if errors} == {}


def test_a_stale_operation_is_caught():
    stale = "query Stale { admin { users { edges { node { username nickname } } } } }"
    (error,) = validate(schema(), parse(stale))
    assert error.message.startswith("Cannot query field 'nickname' on type 'User'.")


def test_the_commands_read_the_same_definitions_graphql_core_does():
    for path in sorted(OPERATIONS_DIR.glob("*.graphql")):
        parsed = {d.name.value: print_ast(d) for d in parse(path.read_text()).definitions}
        mine = {
            name: print_ast(parse(body).definitions[0]) for name, (_, body) in definitions(path.read_text()).items()
        }
        assert mine == parsed, path.name


def test_comments_and_nested_selections_do_not_cut_a_definition_short():
    text = "# a comment with a } brace\nquery A { admin { users { totalCount } } } # }\nfragment F on User { id }\n"
    found = definitions(text)
    assert {name: kind for name, (kind, _) in found.items()} == {"A": "query", "F": "fragment"}
    assert found["A"][1] == "query A { admin { users { totalCount } } }"
