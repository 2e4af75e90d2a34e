// The viewer's jobs: state, cost, tokens and each one's timeline; cancel. `?job=<id>` opens one's timeline.
import { useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { messageOfError } from "../app/errors";
import { query, setQuery } from "../app/router";
import { ErrorNote, Loading } from "../app/ui";
import { graphql } from "../gql";
import type { JobStatus } from "../gql/graphql";
import { JOB_STATES, JobsTable } from "./JobsTable";

const JobsOp = graphql(`
  query Jobs($status: JobStatus, $first: Int!, $after: String) {
    jobs(status: $status, first: $first, after: $after) {
      edges { cursor node { id kind status estimateCents costCents tokensIn tokensOut queuedAt finishedAt cancelRequestedAt errorCode errorMessage } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

const JobTimelineOp = graphql(`
  query JobTimeline($id: ID!) {
    job(id: $id) { id status events(first: 100) { edges { node { seq type message at } } } }
  }
`);

export default function Jobs() {
  const status = (query.value.get("status") as JobStatus | null) || null;
  const open = query.value.get("job");
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: JobsOp, variables: { status, first: 25, after } });
  const [{ data: timeline, error: timelineError }] = useQuery({ query: JobTimelineOp, variables: { id: open ?? "" }, pause: !open, requestPolicy: "cache-and-network" });
  const list = data?.jobs;
  return (
    <main class="wide">
      <h1>Jobs</h1>
      <div class="tabs" role="group" aria-label="Show jobs">
        {[...JOB_STATES, null].map((s) => (
          <button key={String(s)} type="button" class="tab" aria-pressed={status === s} onClick={() => { setAfter(null); setQuery({ status: s, job: open }); }}>
            {s ? s.toLowerCase() : "all"}
          </button>
        ))}
      </div>
      <ErrorNote text={messageOfError(error) ?? messageOfError(timelineError)} />
      {!list ? <Loading /> : list.totalCount === 0 ? <p class="muted">No jobs here. Reports you generate run as jobs.</p> : (
        <JobsTable jobs={list.edges.map((e) => e.node)} label="Jobs" open={open} onOpen={(id) => setQuery({ status, job: id })}
          onProgress={() => refetch({ requestPolicy: "network-only" })}
          stored={(id) => (timeline?.job.id === id ? timeline.job.events.edges.map((e) => e.node) : null)} />
      )}
      {list?.pageInfo.hasNextPage && <p><button type="button" class="secondary" disabled={fetching} onClick={() => setAfter(list.pageInfo.endCursor)}>More</button></p>}
    </main>
  );
}
