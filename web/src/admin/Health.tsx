// System health for staff: every dependency and process with its state and reason, the workers' and the
// scheduler's heartbeats, the queue, and the oldest queued job; refreshed on demand.
import { useQuery } from "@urql/preact";
import { messageOfError } from "../app/errors";
import { dateTime } from "../app/format";
import { Badge, ErrorNote, Loading } from "../app/ui";
import { graphql } from "../gql";
import type { HealthStatus } from "../gql/graphql";
import { age, count } from "./metricsFormat";

const HealthOp = graphql(`
  query AdminSystemHealth {
    admin {
      systemHealth {
        status checkedAt
        checks { name status reason latencyMs value }
        workers { pid host startedAt lastBeatAt currentJobId }
        queueLength queuePending schedulerLastTickAt oldestQueuedJobSeconds
      }
    }
  }
`);

const TONE: Record<HealthStatus, "ok" | "warn" | "bad"> = { OK: "ok", DEGRADED: "warn", DOWN: "bad" };
const WORD: Record<HealthStatus, string> = { OK: "ok", DEGRADED: "degraded", DOWN: "down" };

const secondsBefore = (later: string, earlier: string) => (Date.parse(later) - Date.parse(earlier)) / 1000;
const clock = (iso: string) => new Date(iso).toLocaleTimeString("en-GB");

function State({ status }: { status: HealthStatus }) {
  return <Badge tone={TONE[status]}>{WORD[status]}</Badge>;
}

export default function Health() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: HealthOp, requestPolicy: "network-only" });
  const health = data?.admin.systemHealth;
  const sinceTick = health?.schedulerLastTickAt ? secondsBefore(health.checkedAt, health.schedulerLastTickAt) : null;
  return (
    <>
      <div class="page-head">
        <h1>System health</h1>
        <div class="actions">
          {health && <span class="muted small" aria-live="polite">Checked <time dateTime={health.checkedAt}>{dateTime(health.checkedAt)}</time></span>}
          <button type="button" class="secondary" disabled={fetching} onClick={() => refetch({ requestPolicy: "network-only" })}>
            {fetching ? "Checking…" : "Check again"}
          </button>
        </div>
      </div>
      <ErrorNote text={messageOfError(error)} />
      {!health ? (fetching ? <Loading label="Checking every component" /> : null) : <>
        <p class="health-overall" data-testid="health-overall">Overall: <State status={health.status} /></p>
        <div class="cards">
          <div class="card stat"><span class="muted">Queue length</span><span class="big" data-testid="health-queue-length">{count(health.queueLength)}</span></div>
          <div class="card stat"><span class="muted">Pending</span><span class="big">{count(health.queuePending)}</span></div>
          <div class="card stat"><span class="muted">Oldest queued job</span><span class="big" data-testid="health-oldest">{health.oldestQueuedJobSeconds == null ? "none queued" : age(health.oldestQueuedJobSeconds)}</span></div>
          <div class="card stat"><span class="muted">Workers alive</span><span class="big" data-testid="health-workers-alive">{health.workers.length}</span></div>
        </div>
        <section class="metrics-section" aria-labelledby="checks-head">
          <h2 id="checks-head">Components</h2>
          <table class="responsive" data-testid="health-checks">
            <thead><tr><th scope="col">Component</th><th scope="col">State</th><th scope="col">Reason</th><th scope="col" class="num">Latency</th></tr></thead>
            <tbody>
              {health.checks.map((c) => (
                <tr key={c.name} data-check={c.name}>
                  <th scope="row" class="rowhead">{c.name}</th>
                  <td data-label="State"><State status={c.status} /></td>
                  <td data-label="Reason" class="reason">{c.reason}</td>
                  <td data-label="Latency" class="num">{c.latencyMs == null ? "—" : `${c.latencyMs.toFixed(1)} ms`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section class="metrics-section" aria-labelledby="workers-head">
          <h2 id="workers-head">Workers</h2>
          {health.workers.length === 0 ? <p class="error" data-testid="no-workers">No worker heartbeat: no worker is running, or every one has stopped.</p> : (
            <table class="responsive" data-testid="health-workers">
              <thead><tr><th scope="col">Host</th><th scope="col" class="num">PID</th><th scope="col">Started</th><th scope="col">Last heartbeat</th><th scope="col">Current job</th></tr></thead>
              <tbody>
                {health.workers.map((w) => (
                  <tr key={`${w.host}:${w.pid}`}>
                    <td data-label="Host">{w.host}</td>
                    <td data-label="PID" class="num">{w.pid}</td>
                    <td data-label="Started">{dateTime(w.startedAt)}</td>
                    <td data-label="Last heartbeat"><time dateTime={w.lastBeatAt}>{clock(w.lastBeatAt)}</time> ({age(secondsBefore(health.checkedAt, w.lastBeatAt))} before the check)</td>
                    <td data-label="Current job">{w.currentJobId ? <code class="job-id">{w.currentJobId}</code> : <span class="muted">idle</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section class="metrics-section" aria-labelledby="scheduler-head">
          <h2 id="scheduler-head">Scheduler</h2>
          <p data-testid="health-scheduler">
            {health.schedulerLastTickAt
              ? <>Last tick <time dateTime={health.schedulerLastTickAt}>{dateTime(health.schedulerLastTickAt)}</time> ({age(sinceTick)} before this check).</>
              : <span class="error">No scheduler tick: hourly tasks (metrics snapshots, expiries) are not running.</span>}
          </p>
        </section>
      </>}
    </>
  );
}
