"""GraphQL documents of the reports tests, and a report generated through them."""

from server.jobs.engine import run_job

ERRORS = "errors { code field message }"

GENERATE = (
    "mutation($input: GenerateReportInput!) { generateReport(input: $input) {"
    " report { id status kind options { length tone } } job { id status } " + ERRORS + " } }"
)

STATEMENT_FIELDS = "id text position check { status unsupported } citations { worklog { id date content } }"

REPORT = (
    "query($id: ID!, $cited: Boolean) { report(id: $id) { id kind title status version revision"
    " verification { statements flagged }"
    " sections { heading statements { " + STATEMENT_FIELDS + " } }"
    " formats(includeCitations: $cited) { format includeCitations bytes sha256 url } } }"
)

UPDATE_STATEMENT = (
    "mutation($id: ID!, $text: String!) { updateReportStatement(id: $id, text: $text) {"
    " statement { " + STATEMENT_FIELDS + " } " + ERRORS + " } }"
)
DELETE_STATEMENT = "mutation($id: ID!) { deleteReportStatement(id: $id) { deletedId " + ERRORS + " } }"
MOVE_STATEMENT = (
    "mutation($id: ID!, $position: Int!) { moveReportStatement(id: $id, position: $position) {"
    " statement { id position } " + ERRORS + " } }"
)

SHARE = (
    "mutation($id: ID!, $days: Int!, $cited: Boolean!) {"
    " shareReport(id: $id, expiresDays: $days, includeCitations: $cited) {"
    " share { id url expiresAt includeCitations revokedAt } " + ERRORS + " } }"
)
REVOKE = "mutation($id: ID!) { revokeReportShare(id: $id) { share { id revokedAt } " + ERRORS + " } }"
SHARES = "query($id: ID!) { report(id: $id) { shares { id expiresAt revokedAt includeCitations } } }"

REGENERATE = (
    "mutation($id: ID!) { regenerateReport(id: $id) { report { id version status } job { id status } " + ERRORS + " } }"
)
VERSIONS = "query($id: ID!) { report(id: $id) { versions { id version status formats { format url } } } }"

SET_TERMS = "mutation($terms: [String!]!) { setConfidentialTerms(terms: $terms) { confidentialTerms " + ERRORS + " } }"


def generate(kind: str, start: str = "2026-09-01", end: str = "2026-11-30", **extra) -> dict:
    return {"input": {"kind": kind, "startDate": start, "endDate": end, **extra}}


def statements_of(report: dict) -> list[dict]:
    return [st for s in report["sections"] for st in s["statements"]]


async def generated(
    gql, runtime, token: str, kind: str = "MONTHLY", start: str = "2026-11-01", end: str = "2026-11-30"
) -> str:
    """Asks for a report through GraphQL and runs its job in this process; the report's id, once it succeeded."""
    made = (await gql.ok(GENERATE, generate(kind, start, end), token=token))["generateReport"]
    assert await run_job(made["job"]["id"], runtime) == "success"
    return made["report"]["id"]
