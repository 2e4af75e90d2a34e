from pathlib import Path

from server.graphql.schema import schema

ROOT = Path(__file__).resolve().parents[2]


def test_committed_schema_graphql_matches_the_code():
    committed = (ROOT / "schema.graphql").read_text()
    assert committed.strip() == schema.as_str().strip(), "schema.graphql is stale: run `make schema` and commit it"
