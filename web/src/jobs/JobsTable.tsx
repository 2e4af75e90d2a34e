// The table of jobs shared by the user's page and the staff page: status, cost, tokens, the event timeline
// on demand (live while the job runs) and cancel behind a confirmation dialog.
import { useMutation } from "@urql/preact";
import { useEffect, useState } from "preact/hooks";
import { messageFor, messageOfError } from "../app/errors";
import { dateTime, money } from "../app/format";
import { Badge, Dialog, toast } from "../app/ui";
import { graphql } from "../gql";
import type { JobStatus } from "../gql/graphql";
import { KINDS } from "../reports/kinds";
import { EventList, LiveTimeline, TERMINAL } from "./JobTimeline";

const CancelJobOp = graphql(`
  mutation CancelJob($id: ID!) {
    cancelJob(id: $id) { job { id status cancelRequestedAt finishedAt } errors { field message code } }
  }
`);

export const JOB_TONES: Record<JobStatus, "ok" | "info" | "warn" | "bad" | "neutral"> = { QUEUED: "neutral", RUNNING: "info", SUCCESS: "ok", FAILED: "bad", CANCELLED: "warn" };
export const JOB_STATES: JobStatus[] = ["QUEUED", "RUNNING", "SUCCESS", "FAILED", "CANCELLED"];
export const KIND_NAMES: Record<string, string> = Object.fromEntries(KINDS.map((k) => [k.kind, k.label]));

export interface JobRow {
  id: string; kind: string; status: JobStatus; estimateCents: number; costCents: number; tokensIn: unknown; tokensOut: unknown;
  queuedAt: string; finishedAt?: string | null; cancelRequestedAt?: string | null; errorCode?: string | null; errorMessage?: string | null;
  username?: string | null; tenantId?: string;
}

export interface StoredEvents { seq: number; type: string; message: string; at: string }

/** A finished job's stored timeline (a query), or a running one's live stream (the subscription). */
export function JobsTable({ jobs, label, staff, open, onOpen, stored, onProgress }: {
  jobs: JobRow[]; label: string; staff?: boolean; open: string | null; onOpen: (id: string | null) => void;
  stored: (id: string) => StoredEvents[] | null;
  /** A followed job started or finished: its row (state, cost, tokens) is read again. */
  onProgress?: () => void;
}) {
  const [confirming, setConfirming] = useState<JobRow | null>(null);
  const [, cancel] = useMutation(CancelJobOp);

  async function confirmCancel() {
    const job = confirming!;
    setConfirming(null);
    const result = await cancel({ id: job.id });
    const failure = messageOfError(result.error) ?? (result.data?.cancelJob.errors[0] ? messageFor(result.data.cancelJob.errors[0].code) : null);
    toast(failure ?? "Cancelling: the job stops at its next step.", failure ? "error" : "info");
  }

  const active = (j: JobRow) => j.status === "QUEUED" || j.status === "RUNNING";
  const openJob = jobs.find((j) => j.id === open) ?? null;
  // The timeline of a job still running is followed live (its row refreshed as it starts and ends); a finished
  // one's is read from the store.
  // A timeline followed live stays live after its job ends: it holds every event already.
  const [followed, setFollowed] = useState<string | null>(null);
  useEffect(() => { if (openJob && active(openJob)) setFollowed(openJob.id); }, [openJob?.id, openJob?.status]);
  const live = openJob !== null && (active(openJob) || followed === openJob.id);
  const events = openJob && !live ? stored(openJob.id) : null;
  const progressed = (e: StoredEvents) => { if (e.type === "STARTED" || TERMINAL.has(e.type)) onProgress?.(); };
  return (
    <>
      <table class="responsive" aria-label={label}>
        <thead><tr>
          <th scope="col">Job</th>{staff && <th scope="col">Owner</th>}<th scope="col">State</th>
          <th scope="col" class="num">Estimate</th><th scope="col" class="num">Cost</th><th scope="col" class="num">Tokens in/out</th>
          <th scope="col">Queued</th><th scope="col"><span class="visually-hidden">Actions</span></th>
        </tr></thead>
        <tbody>
          {jobs.map((j) => (
            <tr key={j.id}>
              <td data-label="Job"><div>{KIND_NAMES[j.kind] ?? j.kind}{j.errorCode && <><br /><small class="error">{messageFor(j.errorCode, j.errorMessage)}</small></>}</div></td>
              {staff && <td data-label="Owner">{j.username ?? "—"}</td>}
              <td data-label="State"><Badge tone={JOB_TONES[j.status]}>{j.cancelRequestedAt && active(j) ? "cancelling" : j.status.toLowerCase()}</Badge></td>
              <td data-label="Estimate" class="num">{money(j.estimateCents)}</td>
              <td data-label="Cost" class="num">{money(j.costCents)}</td>
              <td data-label="Tokens in/out" class="num">{Number(j.tokensIn).toLocaleString("en-US")} / {Number(j.tokensOut).toLocaleString("en-US")}</td>
              <td data-label="Queued">{dateTime(j.queuedAt)}</td>
              <td data-label="">
                <div class="actions">
                  <button type="button" class="secondary small" aria-expanded={open === j.id} onClick={() => onOpen(open === j.id ? null : j.id)}>
                    {open === j.id ? "Hide timeline" : "Timeline"}<span class="visually-hidden"> of job queued {dateTime(j.queuedAt)}</span>
                  </button>
                  {active(j) && !j.cancelRequestedAt && (
                    <button type="button" class="danger small" onClick={() => setConfirming(j)}>
                      Cancel<span class="visually-hidden"> job queued {dateTime(j.queuedAt)}</span>
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {openJob && (live
        ? <LiveTimeline jobId={openJob.id} staff={staff} onEvent={progressed} />
        : (
          <section class="card" aria-labelledby="stored-timeline">
            <h2 id="stored-timeline">Timeline of the job queued {dateTime(openJob.queuedAt)}</h2>
            {events ? <EventList events={events} label="Job events" /> : <p class="muted loading" aria-busy="true">Loading…</p>}
          </section>
        ))}
      <Dialog title="Cancel this job?" open={confirming !== null} onClose={() => setConfirming(null)}>
        <p>A queued job stops at once; a running one at its next step. You pay only for what it already used; the rest of the hold is released.</p>
        <div class="actions end">
          <button type="button" class="secondary" onClick={() => setConfirming(null)}>Keep it</button>
          <button type="button" class="danger" onClick={() => void confirmCancel()}>Cancel job</button>
        </div>
      </Dialog>
    </>
  );
}
