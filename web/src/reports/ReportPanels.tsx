// Beside a finished report: its downloads in every format (with or without citations), its share links
// (made with a lifetime, copied, revoked) and its versions (each opened on its own page; Regenerate writes a new one).
import { useMutation, useQuery } from "@urql/preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { messageFor, messageOfError } from "../app/errors";
import { bytes, dateTime, money } from "../app/format";
import { navigate } from "../app/router";
import { Badge, Dialog, ErrorNote, Field, FormErrors, Loading, copyText, fieldError, toast, useFormErrors } from "../app/ui";
import { graphql } from "../gql";
import type { ReportViewQuery } from "../gql/graphql";
import { FORMAT_LABELS, offered, sameOrigin, shareState } from "./editing";
import { STATUS_TONES } from "./Reports";

const ReportFormatsOp = graphql(`
  query ReportFormats($id: ID!) {
    report(id: $id) { id revision formats { format includeCitations bytes url } }
  }
`);

const ReportSharesOp = graphql(`
  query ReportShares($id: ID!) {
    report(id: $id) { id shares { id includeCitations expiresAt revokedAt createdAt } }
  }
`);

const ShareReportOp = graphql(`
  mutation ShareReport($id: ID!, $expiresDays: Int!, $includeCitations: Boolean!) {
    shareReport(id: $id, expiresDays: $expiresDays, includeCitations: $includeCitations) {
      share { id url includeCitations expiresAt revokedAt createdAt }
      errors { field message code }
    }
  }
`);

const RevokeReportShareOp = graphql(`
  mutation RevokeReportShare($id: ID!) {
    revokeReportShare(id: $id) { share { id revokedAt } errors { field message code } }
  }
`);

const RegenerateReportOp = graphql(`
  mutation RegenerateReport($id: ID!) {
    regenerateReport(id: $id) { report { id status version } job { id status } estimateCents warnings errors { field message code } }
  }
`);

const RENDERING_POLL_MS = 1500;
const LINK_RENEW_MS = 4 * 60_000; // signed links live 5 minutes

/** Every stored rendition of the report's current revision; while an edit is being rendered, it says so and
 * asks again until the files are there. Links are renewed before they expire. */
export function Downloads({ id, revision }: { id: string; revision: number }) {
  const [cited, setCited] = useState(true);
  const [{ data, error }, refetch] = useQuery({ query: ReportFormatsOp, variables: { id }, requestPolicy: "network-only" });
  const report = data?.report;
  const rendering = !!report && (report.revision !== revision || report.formats.length === 0);
  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current !== revision) { seen.current = revision; refetch({ requestPolicy: "network-only" }); }
  }, [revision]);
  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: "network-only" }), rendering ? RENDERING_POLL_MS : LINK_RENEW_MS);
    return () => clearInterval(timer);
  }, [rendering]);
  const shown = report ? offered(report.formats, cited) : [];
  return (
    <section class="card" aria-labelledby="downloads-head">
      <h2 id="downloads-head" tabIndex={-1}>Download</h2>
      <label class="check">
        <input type="checkbox" checked={cited} onChange={(e) => setCited(e.currentTarget.checked)} />
        Include citations (reference numbers and the list of sources)
      </label>
      <ErrorNote text={messageOfError(error)} />
      {!report ? <Loading /> : rendering ? (
        <p class="muted" role="status">Preparing the files of your latest changes…</p>
      ) : (
        <ul class="plain downloads" aria-label={cited ? "Formats with citations" : "Formats without citations"}>
          {shown.map((f) => (
            <li key={`${f.format}-${f.includeCitations}`}>
              <a href={sameOrigin(f.url)} download>{FORMAT_LABELS[f.format]}</a>
              <span class="muted">{bytes(f.bytes)}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="muted small">{cited ? "For yourself: every statement keeps its reference numbers." : "For sending out: no reference numbers and no entry excerpts."}</p>
    </section>
  );
}

type Created = { url: string; expiresAt: string; includeCitations: boolean };

/** Share links: made with a lifetime and citations on or off, the link shown (and copied) once, listed with
 * their expiry, revoked after a confirmation. */
export function Shares({ id }: { id: string }) {
  const [{ data, error }, refetch] = useQuery({ query: ReportSharesOp, variables: { id }, requestPolicy: "cache-and-network" });
  const [{ fetching: sharing }, share] = useMutation(ShareReportOp);
  const [, revoke] = useMutation(RevokeReportShareOp);
  const [errors, setErrors, dropErrors] = useFormErrors();
  const [created, setCreated] = useState<Created | null>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const shares = data?.report.shares;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const v = new FormData(event.currentTarget as HTMLFormElement);
    const result = await share({ id, expiresDays: Number(v.get("expiresDays")), includeCitations: v.get("includeCitations") === "on" });
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ code: "NETWORK", message: failure }]);
    const payload = result.data!.shareReport;
    if (payload.errors.length) return setErrors(payload.errors);
    setErrors([]);
    setCopied(null);
    const made = payload.share!;
    setCreated({ url: made.url!, expiresAt: made.expiresAt, includeCitations: made.includeCitations });
    refetch({ requestPolicy: "network-only" });
  }
  useEffect(() => { if (created) linkField.current?.focus(); }, [created]);

  async function copy() {
    const ok = await copyText(created!.url);
    setCopied(ok ? "yes" : "failed");
    if (!ok) { linkField.current?.focus(); linkField.current?.select(); }
  }

  async function confirmRevoke() {
    const shareId = revoking!;
    setRevoking(null);
    const result = await revoke({ id: shareId });
    const first = result.data?.revokeReportShare.errors[0];
    const failure = messageOfError(result.error) ?? (first ? messageFor(first.code, first.message) : null);
    toast(failure ?? "Link revoked: it now opens a “not found” page.", failure ? "error" : "info");
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <section class="card" aria-labelledby="shares-head">
      <h2 id="shares-head" tabIndex={-1}>Share</h2>
      <form class="filters" aria-label="New share link" onInput={dropErrors} onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Expires in (days, 1–90)" name="expiresDays" type="number" min={1} max={90} defaultValue="7" error={fieldError(errors, "expiresDays")} />
        <label class="check"><input type="checkbox" name="includeCitations" /> Include citations</label>
        <button type="submit" disabled={sharing}>{sharing ? "Creating…" : "Create share link"}</button>
      </form>
      <FormErrors errors={errors} fields={["expiresDays"]} />
      {created && (
        <div class="new-link">
          <label for="new-share-link" class="label">New link — shown only now; it works until {dateTime(created.expiresAt)}</label>
          <input id="new-share-link" ref={linkField} readOnly value={created.url} onFocus={(e) => e.currentTarget.select()} />
          <div class="actions">
            <button type="button" class="small" onClick={() => void copy()}>{copied === "yes" ? "Copied ✓" : "Copy link"}</button>
            <a href={created.url} target="_blank" rel="noopener noreferrer">Open the page</a>
            <span role="status" class={copied === "failed" ? "warn-text small" : "ok small"}>
              {copied === "yes" ? "Copied to the clipboard." : copied === "failed" ? "Copying did not work here: the link is selected, copy it with Ctrl+C (⌘C)." : ""}
            </span>
          </div>
        </div>
      )}
      <ErrorNote text={messageOfError(error)} />
      {!shares ? <Loading /> : shares.length === 0 ? <p class="muted">No share links yet.</p> : (
        <ul class="plain shares" aria-label="Share links">
          {shares.map((s) => {
            const state = shareState(s);
            return (
              <li key={s.id}>
                <p>
                  <Badge tone={state === "active" ? "ok" : state === "expired" ? "warn" : "bad"}>{state}</Badge>{" "}
                  Created {dateTime(s.createdAt)}, citations {s.includeCitations ? "included" : "left out"}
                </p>
                <p class="muted small">
                  {s.revokedAt ? `Revoked ${dateTime(s.revokedAt)}` : `${state === "expired" ? "Expired" : "Expires"} ${dateTime(s.expiresAt)}`}
                  {state === "active" && <>
                    {" · "}
                    <button type="button" class="link danger" onClick={() => setRevoking(s.id)}>
                      Revoke<span class="visually-hidden"> the link created {dateTime(s.createdAt)}</span>
                    </button>
                  </>}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <Dialog title="Revoke this share link?" open={revoking !== null} onClose={() => setRevoking(null)}>
        <p>Anyone who opens it from now on sees a “not found” page. This cannot be undone; you can create a new link.</p>
        <div class="actions end">
          <button type="button" class="secondary" onClick={() => setRevoking(null)}>Keep it</button>
          <button type="button" class="danger" onClick={() => void confirmRevoke()}>Revoke link</button>
        </div>
      </Dialog>
    </section>
  );
}

type Report = ReportViewQuery["report"];

/** The report's versions, each opened on its own page, and Regenerate: a new version by a new metered job. */
export function Versions({ report }: { report: Report }) {
  const [confirming, setConfirming] = useState(false);
  const [{ fetching }, regenerate] = useMutation(RegenerateReportOp);
  const [failure, setFailure] = useState<string | null>(null);

  async function confirm() {
    setConfirming(false);
    const result = await regenerate({ id: report.id });
    const first = result.data?.regenerateReport.errors[0];
    const problem = messageOfError(result.error) ?? (first ? messageFor(first.code, first.message) : null);
    setFailure(problem);
    if (problem) return;
    const made = result.data!.regenerateReport;
    made.warnings.forEach((w) => toast(w));
    navigate(`/reports/${made.report!.id}`);
  }

  return (
    <section class="card" aria-labelledby="versions-head">
      <h2 id="versions-head" tabIndex={-1}>Versions</h2>
      <ol class="plain versions" aria-label="Versions">
        {report.versions.map((v) => (
          <li key={v.id}>
            {v.id === report.id
              ? <strong aria-current="page">Version {v.version} (this one)</strong>
              : <a href={`/reports/${v.id}`}>Version {v.version}</a>}
            <span class="muted small"> {dateTime(v.createdAt)}</span>
            <Badge tone={STATUS_TONES[v.status]}>{v.status.toLowerCase()}</Badge>
          </li>
        ))}
      </ol>
      <ErrorNote text={failure} />
      <div class="actions">
        <button type="button" class="secondary" disabled={fetching} onClick={() => setConfirming(true)}>{fetching ? "Starting…" : "Regenerate"}</button>
        <span class="muted small">Writes a new version from the same entries and options; this one stays as it is.</span>
      </div>
      <Dialog title="Write a new version?" open={confirming} onClose={() => setConfirming(false)}>
        <p>A new job writes the report again with the same kind, period, filters, length and tone. Its estimate is held from your balance and you pay what it actually uses{report.job ? ` (this version cost ${money(report.job.costCents)})` : ""}.</p>
        <div class="actions end">
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>Not now</button>
          <button type="button" onClick={() => void confirm()}>Regenerate</button>
        </div>
      </Dialog>
    </section>
  );
}
