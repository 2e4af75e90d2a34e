"""GraphQL documents the jobs and reports tests send."""

GENERATE = """
mutation($input: GenerateReportInput!) {
  generateReport(input: $input) {
    report { id status kind period { startDate endDate } }
    job { id status estimateCents heldCents warnings }
    estimateCents warnings
    errors { code field message }
  }
}
"""

ESTIMATE = """
query($input: GenerateReportInput!) {
  estimateReport(input: $input) {
    estimateCents entries tokensIn tokensOut verdict refusalCode refusalMessage warnings
  }
}
"""

JOB_FIELDS = """
  id kind status estimateCents heldCents costCents costMicrocents tokensIn tokensOut attempt errorCode
  errorMessage warnings queuedAt startedAt finishedAt heartbeatAt cancelRequestedAt createdAt tenantId username
  events(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { seq type message data at } } }
"""

JOB = "query($id: ID!) { job(id: $id) {" + JOB_FIELDS + "} }"
ADMIN_JOB = "query($id: ID!) { admin { job(id: $id) {" + JOB_FIELDS + "} } }"

JOBS = """
query($status: JobStatus, $after: String) {
  jobs(first: 10, status: $status, after: $after) { totalCount edges { node { id status username } } }
}
"""

CANCEL = """
mutation($id: ID!) { cancelJob(id: $id) { job { id status cancelRequestedAt } errors { code field } } }
"""

REPORT = """
query($id: ID!) {
  report(id: $id) {
    id kind title status content version period { startDate endDate } filters { employer project tags }
    sections { heading position statements { id text checkStatus citations { worklog { id date content } } } }
    job { id status costCents }
  }
}
"""

REPORTS = """
query {
  reports(first: 20) {
    totalCount
    edges { node { id status sections { heading statements { text citations { worklog { id date } } } } job { id status username } } }
  }
}
"""


def monthly(start: str = "2026-11-01", end: str = "2026-11-30", **extra) -> dict:
    return {"input": {"kind": "MONTHLY", "startDate": start, "endDate": end, **extra}}
