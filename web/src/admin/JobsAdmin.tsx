// Every tenant's jobs for staff: filter by state and tenant (in the URL), read a timeline, cancel (audited).
import { useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { messageOfError } from "../app/errors";
import { query, setQuery } from "../app/router";
import { ErrorNote, Loading } from "../app/ui";
import { graphql } from "../gql";
import type { JobStatus } from "../gql/graphql";
import { JOB_STATES, JobsTable } from "../jobs/JobsTable";

const AdminJobsOp = graphql(`
  query AdminJobs($status: JobStatus, $tenantId: ID, $first: Int!, $after: String) {
    admin {
      jobs(status: $status, tenantId: $tenantId, first: $first, after: $after) {
        edges { cursor node { id kind status estimateCents costCents tokensIn tokensOut queuedAt finishedAt cancelRequestedAt errorCode errorMessage username tenantId } }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
      tenants(first: 100) { edges { node { id name } } }
    }
  }
`);

const AdminJobTimelineOp = graphql(`
  query AdminJobTimeline($id: ID!) {
    admin { job(id: $id) { id status events(first: 100) { edges { node { seq type message at } } } } }
  }
`);

export default function JobsAdmin() {
  const status = (query.value.get("status") as JobStatus | null) || null;
  const tenantId = query.value.get("tenant") || null;
  const open = query.value.get("job");
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: AdminJobsOp, variables: { status, tenantId, first: 50, after }, requestPolicy: "cache-and-network" });
  const [{ data: timeline, error: timelineError }] = useQuery({ query: AdminJobTimelineOp, variables: { id: open ?? "" }, pause: !open, requestPolicy: "cache-and-network" });
  const list = data?.admin.jobs;
  const tenants = data?.admin.tenants.edges.map((e) => e.node) ?? [];
  const names = new Map(tenants.map((t) => [t.id, t.name]));
  const set = (next: Record<string, string | null>) => { setAfter(null); setQuery({ status, tenant: tenantId, job: open, ...next }); };
  return (
    <>
      <h1>Jobs</h1>
      <div class="filters card inline">
        <div class="field">
          <label for="jobs-status">State</label>
          <select id="jobs-status" value={status ?? ""} onChange={(e) => set({ status: e.currentTarget.value || null, job: null })}>
            <option value="">Any</option>
            {JOB_STATES.map((s) => <option key={s} value={s}>{s.toLowerCase()}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="jobs-tenant">Tenant</label>
          <select id="jobs-tenant" value={tenantId ?? ""} onChange={(e) => set({ tenant: e.currentTarget.value || null, job: null })}>
            <option value="">Every tenant</option>
            {tenants.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
        </div>
      </div>
      <ErrorNote text={messageOfError(error) ?? messageOfError(timelineError)} />
      {!list ? <Loading /> : list.totalCount === 0 ? <p class="muted">No jobs match.</p> : (
        <JobsTable staff label="Every tenant's jobs" open={open} onOpen={(id) => set({ job: id })}
          jobs={list.edges.map((e) => ({ ...e.node, username: `${e.node.username ?? "—"} (${names.get(e.node.tenantId) ?? "tenant"})` }))}
          onProgress={() => refetch({ requestPolicy: "network-only" })}
          stored={(id) => (timeline?.admin.job.id === id ? timeline.admin.job.events.edges.map((e) => e.node) : null)} />
      )}
      {list?.pageInfo.hasNextPage && <p><button type="button" class="secondary" disabled={fetching} onClick={() => setAfter(list.pageInfo.endCursor)}>More</button></p>}
    </>
  );
}
