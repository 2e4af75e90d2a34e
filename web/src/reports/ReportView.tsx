// One report: while its job runs, the job's events stream in and the status bar moves; when it is done the
// sections appear, and each statement's citations are one click away (the cited entries open beside it).
// The owner edits, deletes and reorders statements (checked again as they type), downloads every format,
// shares links and opens or writes versions.
import { useClient, useMutation, useQuery } from "@urql/preact";
import { useEffect, useState } from "preact/hooks";
import { messageFor, messageOfError } from "../app/errors";
import { dateTime, day, money } from "../app/format";
import { Badge, Dialog, ErrorNote, Loading, toast } from "../app/ui";
import { graphql } from "../gql";
import { LiveTimeline } from "../jobs/JobTimeline";
import { TERMINAL } from "../jobs/events";
import { Downloads, Shares, Versions } from "./ReportPanels";
import { STATUS_TONES } from "./Reports";
import { type Statement, Statements } from "./Statements";

const ReportViewOp = graphql(`
  query ReportView($id: ID!) {
    report(id: $id) {
      id kind title status version revision createdAt updatedAt
      verification { statements flagged }
      versions { id version status createdAt }
      period { startDate endDate }
      filters { employer project tags }
      job { id status estimateCents costCents tokensIn tokensOut errorCode errorMessage cancelRequestedAt }
      sections {
        id heading position
        statements {
          id text position checkStatus unsupported
          citations { id worklog { id date content metadata { employer project tags } } }
        }
      }
    }
  }
`);

const CancelReportJobOp = graphql(`
  mutation CancelReportJob($id: ID!) {
    cancelJob(id: $id) { job { id status cancelRequestedAt } errors { field message code } }
  }
`);

function Citations({ statement, onClose }: { statement: Statement | null; onClose: () => void }) {
  if (!statement) {
    return <aside class="card" aria-label="Cited entries"><p class="muted">Choose a statement's sources to see the entries it came from.</p></aside>;
  }
  return (
    <aside class="card" aria-labelledby="cited-head">
      <div class="section-head">
        <h2 id="cited-head" tabIndex={-1}>Cited entries</h2>
        <button type="button" class="icon" aria-label="Close cited entries" onClick={onClose}>×</button>
      </div>
      <blockquote class="muted">{statement.text}</blockquote>
      {statement.unsupported.length > 0 && <p class="error">Not found in the cited entries: {statement.unsupported.join(", ")}</p>}
      <ul class="plain" aria-label="Cited entries">
        {statement.citations.map((c) => (
          <li key={c.id} class="card">
            {c.worklog ? <>
              <p><strong>{day(c.worklog.date)}</strong>{c.worklog.metadata.employer && <span class="muted"> · {c.worklog.metadata.employer}</span>}{c.worklog.metadata.project && <span class="muted"> · {c.worklog.metadata.project}</span>}</p>
              <p>{c.worklog.content}</p>
              {c.worklog.metadata.tags.length > 0 && <p class="muted">{c.worklog.metadata.tags.map((t) => `#${t}`).join(" ")}</p>}
              <a href={`/entries/${c.worklog.id}`}>Open entry</a>
            </> : <p class="muted">This entry was deleted.</p>}
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** Scrolls to a panel and moves the focus to its heading (a hash link would go through the router). */
function jumpTo(id: string) {
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: "start" });
  el?.focus();
}

export default function ReportView({ id }: { id: string }) {
  // Another version is another page: nothing chosen, edited or followed carries over.
  return <ReportPage key={id} id={id} />;
}

function ReportPage({ id }: { id: string }) {
  const [{ data, error }, refetch] = useQuery({ query: ReportViewOp, variables: { id }, requestPolicy: "cache-and-network" });
  const client = useClient();
  const [selected, setSelected] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [, cancel] = useMutation(CancelReportJobOp);
  // The cited entries take the focus, so that on a phone (where they follow the report) they are in view.
  useEffect(() => { if (selected) document.getElementById("cited-head")?.focus(); }, [selected]);
  // A job watched on this page keeps its timeline in view once it is done.
  const [followed, setFollowed] = useState(false);
  const pending = data?.report.status === "PENDING";
  useEffect(() => { if (pending) setFollowed(true); }, [pending]);
  const report = data?.report;
  if (!report) return <main>{error ? <ErrorNote text={messageOfError(error)} /> : <Loading />}</main>;
  const job = report.job;
  const running = report.status === "PENDING" && job && !["SUCCESS", "FAILED", "CANCELLED"].includes(job.status);
  const statements = report.sections.flatMap((s) => s.statements);
  const chosen = statements.find((s) => s.id === selected) ?? null;
  const latest = report.versions[report.versions.length - 1];

  const timeline = job && <LiveTimeline jobId={job.id} onEvent={(e) => { if (TERMINAL.has(e.type) && report.status === "PENDING") refetch({ requestPolicy: "network-only" }); }} />;

  async function confirmCancel() {
    setConfirming(false);
    const result = await cancel({ id: job!.id });
    const failure = messageOfError(result.error) ?? (result.data?.cancelJob.errors[0] ? messageFor(result.data.cancelJob.errors[0].code) : null);
    toast(failure ?? "Cancelling: the job stops at its next step.", failure ? "error" : "info");
  }

  return (
    <main class="wide">
      <p class="crumbs"><a href="/reports">Reports</a></p>
      <div class="page-head">
        <h1>{report.title || "Report"}</h1>
        <Badge tone={STATUS_TONES[report.status]}>{report.status.toLowerCase()}</Badge>
      </div>
      <p class="muted">
        {day(report.period.startDate)} – {day(report.period.endDate)}
        {report.filters.employer && ` · ${report.filters.employer}`}{report.filters.project && ` · ${report.filters.project}`}
        {report.filters.tags.length > 0 && ` · ${report.filters.tags.map((t) => `#${t}`).join(" ")}`}
        {job && ` · estimate ${money(job.estimateCents)}, cost ${money(job.costCents)}, ${Number(job.tokensIn).toLocaleString("en-US")} tokens in, ${Number(job.tokensOut).toLocaleString("en-US")} out`}
      </p>
      {job?.errorCode && <p class="error" role="alert">{messageFor(job.errorCode, job.errorMessage)}</p>}
      {running && (
        <div class="actions">
          <button type="button" class="danger secondary" disabled={!!job.cancelRequestedAt} onClick={() => setConfirming(true)}>
            {job.cancelRequestedAt ? "Cancelling…" : "Cancel report"}
          </button>
        </div>
      )}
      {/* While it runs (or was watched here) the timeline leads; for an older report it follows the text. */}
      {job && (report.status === "PENDING" || followed) && timeline}
      {report.status === "READY" && <>
        {latest && latest.id !== report.id && (
          <p class="notice" role="note">This is version {report.version}. <a href={`/reports/${latest.id}`}>Open the latest, version {latest.version}</a>.</p>
        )}
        <nav class="actions jump" aria-label="On this page">
          <button type="button" class="small secondary" onClick={() => jumpTo("downloads-head")}>Download</button>
          <button type="button" class="small secondary" onClick={() => jumpTo("shares-head")}>Share</button>
          <button type="button" class="small secondary" onClick={() => jumpTo("versions-head")}>Versions ({report.versions.length})</button>
        </nav>
        <div class="report-layout">
          <article class="card" aria-label="Report">
            <p class="muted small" data-testid="verification">
              {report.verification.statements} {report.verification.statements === 1 ? "statement" : "statements"} checked against their entries
              {report.verification.flagged > 0 ? <>; <span class="warn-text">{report.verification.flagged} flagged</span></> : "; none flagged"}.
            </p>
            <Statements sections={report.sections} editable selected={selected} onSelect={setSelected}
              onChanged={() => client.query(ReportViewOp, { id }, { requestPolicy: "network-only" }).toPromise()} />
            <p class="muted">Version {report.version}, written {dateTime(report.createdAt)}{report.revision > 0 && ", edited since"}.</p>
          </article>
          <Citations statement={chosen} onClose={() => setSelected(null)} />
        </div>
        <div class="report-tools">
          <Downloads id={report.id} revision={report.revision} />
          <Shares id={report.id} />
          <Versions report={report} />
        </div>
      </>}
      {job && !(report.status === "PENDING" || followed) && timeline}
      {job && !running && <p><a href={`/jobs?job=${job.id}`}>This report's job on the jobs page</a></p>}
      <Dialog title="Cancel this report?" open={confirming} onClose={() => setConfirming(false)}>
        <p>The job stops at its next step; you pay only for what it already used and the rest of the hold is released.</p>
        <div class="actions end">
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>Keep going</button>
          <button type="button" class="danger" onClick={() => void confirmCancel()}>Cancel report</button>
        </div>
      </Dialog>
    </main>
  );
}
