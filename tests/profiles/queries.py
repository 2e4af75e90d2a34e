"""GraphQL documents shared by the profile tests."""

POSITION_FIELDS = "id employer title start end current createdAt updatedAt"
ERRORS = "errors { field message code }"

ME = "{ me { id positions { " + POSITION_FIELDS + " } confidentialTerms } }"
CREATE = (
    "mutation($input: PositionInput!) { createPosition(input: $input) { position { "
    + POSITION_FIELDS
    + " } "
    + ERRORS
    + " } }"
)
UPDATE = (
    "mutation($id: ID!, $input: PositionInput!) { updatePosition(id: $id, input: $input) { position { "
    + POSITION_FIELDS
    + " } "
    + ERRORS
    + " } }"
)
DELETE = "mutation($id: ID!) { deletePosition(id: $id) { deletedId " + ERRORS + " } }"
SET_TERMS = "mutation($terms: [String!]!) { setConfidentialTerms(terms: $terms) { confidentialTerms " + ERRORS + " } }"
