"""GraphQL documents shared by the worklog tests."""

WORKLOG_FIELDS = """
  id date content source draft highlight createdAt updatedAt
  metadata { employer project tags workType outcome }
  evidence { id originalName size contentType sha256 downloadUrl }
"""

CREATE = (
    """mutation($input: WorklogInput!) {
  createWorklog(input: $input) { worklog { """
    + WORKLOG_FIELDS
    + """ } errors { field message code } }
}"""
)

UPDATE = (
    """mutation($id: ID!, $input: WorklogPatch!) {
  updateWorklog(id: $id, input: $input) { worklog { """
    + WORKLOG_FIELDS
    + """ } errors { field message code } }
}"""
)

DELETE = """mutation($id: ID!) { deleteWorklog(id: $id) { deletedId errors { field message code } } }"""

GET = "query($id: ID!) { worklog(id: $id) { " + WORKLOG_FIELDS + " } }"

LIST = (
    """query($first: Int, $after: String, $filter: WorklogFilter) {
  worklogs(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { """
    + WORKLOG_FIELDS
    + """ } }
  }
}"""
)

SUGGESTIONS = """{ worklogSuggestions {
  employers { value uses lastUsed } projects { value uses lastUsed }
  tags { value uses lastUsed } workTypes { value uses lastUsed }
} }"""

IMPORT = """mutation($input: ImportWorklogsInput!) {
  importWorklogs(input: $input) { created skipped errors { field message code } }
}"""

EXPORT = (
    """query($format: WorklogFormat!, $filter: WorklogFilter) { exportWorklogs(format: $format, filter: $filter) }"""
)

UPLOAD = """mutation($worklogId: ID!, $file: Upload) {
  uploadEvidence(worklogId: $worklogId, file: $file) {
    evidence { id originalName size contentType sha256 downloadUrl } errors { field message code }
  }
}"""

DELETE_EVIDENCE = """mutation($id: ID!) { deleteEvidence(id: $id) { deletedId errors { field message code } } }"""


def entry(content="Shipped the invoice export", date="2026-11-20", **metadata) -> dict:
    return {"input": {"date": date, "content": content, "metadata": metadata or None}}
