// Reports: choose the kind (each starts from its own window), the window, filters, length and tone; the estimate and the reserve policy's verdict show before
// anything starts; generating opens the report, where its job's events stream in. Below, the past reports.
import { useMutation, useQuery } from "@urql/preact";
import { useEffect, useState } from "preact/hooks";
import { messageFor, messageOfError } from "../app/errors";
import { dateTime, day, localToday, money } from "../app/format";
import { navigate } from "../app/router";
import { Badge, ErrorNote, Field, FormErrors, Loading, fieldError, useFormErrors } from "../app/ui";
import { graphql } from "../gql";
import type { EstimateVerdict, GenerateReportInput, ReportKind, ReportLength, ReportStatus, ReportTone } from "../gql/graphql";
import { SuggestionsOp, splitTags } from "../worklogs/fragments";
import { defaultWindow, KIND_LABELS, KINDS } from "./kinds";

const ReportsOp = graphql(`
  query Reports($first: Int!, $after: String) {
    reports(first: $first, after: $after) {
      edges { cursor node { id kind title status version createdAt period { startDate endDate } job { id status costCents } } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

const EstimateReportOp = graphql(`
  query EstimateReport($input: GenerateReportInput!) {
    estimateReport(input: $input) { estimateCents entries tokensIn tokensOut verdict refusalCode refusalMessage warnings }
    reserve { tenantId balanceCents currency }
  }
`);

const GenerateReportOp = graphql(`
  mutation GenerateReport($input: GenerateReportInput!) {
    generateReport(input: $input) { report { id status } job { id status } estimateCents warnings errors { field message code } }
  }
`);

export const STATUS_TONES: Record<ReportStatus, "ok" | "info" | "warn" | "bad"> = { READY: "ok", PENDING: "info", CANCELLED: "warn", FAILED: "bad" };
const VERDICTS: Record<EstimateVerdict, { tone: "ok" | "warn" | "bad"; text: string }> = {
  RUNS: { tone: "ok", text: "Within your balance" },
  RUNS_WITH_WARNING: { tone: "warn", text: "Runs, with a warning" },
  REFUSED: { tone: "bad", text: "Refused by the balance policy" },
};
const LENGTHS: { value: ReportLength; label: string }[] = [
  { value: "SHORT", label: "Short" }, { value: "STANDARD", label: "Standard" }, { value: "LONG", label: "Long" },
];
const TONES: { value: ReportTone; label: string }[] = [
  { value: "NEUTRAL", label: "Neutral: your lines as written" },
  { value: "CONFIDENT", label: "Confident: hedges (\u201cI think\u201d, \u201ckind of\u201d) dropped" },
];

/** Waits `ms` after the last change before passing a value on (the estimate is asked once typing stops). */
export function useSettled<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [key]);
  return settled;
}

function Choices<T extends string>({ legend, name, options, value }: { legend: string; name: string; options: { value: T; label: string }[]; value: T }) {
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} class="check"><input type="radio" name={name} value={o.value} checked={value === o.value} /> {o.label}</label>
      ))}
    </fieldset>
  );
}

function NewReport() {
  const [input, setInput] = useState<GenerateReportInput>(() => ({
    kind: "MONTHLY", ...defaultWindow("MONTHLY", localToday()), employer: null, project: null, tags: null, length: "STANDARD", tone: "NEUTRAL",
  }));
  const settled = useSettled(input);
  const [{ data, fetching, error }] = useQuery({ query: EstimateReportOp, variables: { input: settled }, requestPolicy: "network-only" });
  const [{ data: suggestions }] = useQuery({ query: SuggestionsOp });
  const [{ fetching: starting }, generate] = useMutation(GenerateReportOp);
  const [errors, setErrors, dropErrors] = useFormErrors();
  const estimate = data?.estimateReport;
  const currency = data?.reserve.currency ?? "usd";
  const current = JSON.stringify(settled) === JSON.stringify(input);
  const estimateError = messageOfError(error);
  const kind = KINDS.find((k) => k.kind === input.kind)!;
  const s = suggestions?.worklogSuggestions;

  function change(event: Event) {
    const form = event.currentTarget as HTMLFormElement;
    const v = new FormData(form);
    const text = (name: string) => String(v.get(name) ?? "").trim() || null;
    const tags = splitTags(String(v.get("tags") ?? ""));
    const nextKind = String(v.get("kind")) as ReportKind;
    // A new kind starts from its own window; dates typed for the same kind stay.
    const window = nextKind !== input.kind ? defaultWindow(nextKind, localToday()) : { startDate: String(v.get("startDate")), endDate: String(v.get("endDate")) };
    setInput({
      kind: nextKind, ...window, employer: text("employer"), project: text("project"), tags: tags.length ? tags : null,
      length: String(v.get("length") ?? "STANDARD") as ReportLength, tone: String(v.get("tone") ?? "NEUTRAL") as ReportTone,
    });
    dropErrors();
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const result = await generate({ input });
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ code: "NETWORK", message: failure }]);
    const payload = result.data!.generateReport;
    if (payload.errors.length) return setErrors(payload.errors);
    navigate(`/reports/${payload.report!.id}`);
  }

  return (
    <form class="card stack" aria-label="New report" onInput={change} onChange={change} onSubmit={(e) => void submit(e)} noValidate>
      <h2>New report</h2>
      <div class="filters">
        <div class="field grow">
          <label for="report-kind">Kind</label>
          <select id="report-kind" name="kind" value={input.kind} aria-describedby="report-kind-about">
            {KINDS.map((k) => <option key={k.kind} value={k.kind}>{k.label}</option>)}
          </select>
        </div>
        <Field label="From" name="startDate" type="date" value={input.startDate} error={fieldError(errors, "startDate")} />
        <Field label="To" name="endDate" type="date" value={input.endDate} error={fieldError(errors, "endDate")} />
      </div>
      <p id="report-kind-about" class="muted">{kind.about} It starts from {kind.window}; change the dates to cover any window up to three years.</p>
      <div class="filters">
        <Field label="Employer (optional)" name="employer" list="report-employers" autocomplete="off" error={fieldError(errors, "employer")} />
        <Field label="Project (optional)" name="project" list="report-projects" autocomplete="off" error={fieldError(errors, "project")} />
        <Field label="Tags (optional, comma separated)" name="tags" list="report-tags" autocomplete="off" error={fieldError(errors, "tags")} />
        <datalist id="report-employers">{s?.employers.map((x) => <option key={x.value} value={x.value} />)}</datalist>
        <datalist id="report-projects">{s?.projects.map((x) => <option key={x.value} value={x.value} />)}</datalist>
        <datalist id="report-tags">{s?.tags.map((x) => <option key={x.value} value={x.value} />)}</datalist>
      </div>
      <div class="options">
        <Choices legend="Length" name="length" options={LENGTHS} value={input.length ?? "STANDARD"} />
        <Choices legend="Tone" name="tone" options={TONES} value={input.tone ?? "NEUTRAL"} />
      </div>
      <div class="verdict" role="status" aria-live="polite" data-testid="estimate">
        {estimateError ? <ErrorNote text={estimateError} />
          : !estimate ? (fetching ? <Loading label="Estimating" /> : null)
          : <>
            <span>Estimate <strong>{money(estimate.estimateCents, currency)}</strong> for {estimate.entries} {estimate.entries === 1 ? "entry" : "entries"} (about {estimate.tokensIn.toLocaleString("en-US")} tokens in, {estimate.tokensOut.toLocaleString("en-US")} out)</span>
            <Badge tone={VERDICTS[estimate.verdict].tone}>{VERDICTS[estimate.verdict].text}</Badge>
            {estimate.refusalCode && <span class="error">{messageFor(estimate.refusalCode, estimate.refusalMessage)}</span>}
            {estimate.warnings.map((w) => <span key={w} class="muted">{w}</span>)}
          </>}
      </div>
      <FormErrors errors={errors} fields={["startDate", "endDate", "employer", "project", "tags"]} />
      <div class="actions">
        <button type="submit" disabled={starting || !current || !estimate || !!estimateError || estimate.verdict === "REFUSED"}>
          {starting ? "Starting…" : "Generate report"}
        </button>
        <span class="muted">The estimate is held from your balance; you pay what the report actually used.</span>
      </div>
    </form>
  );
}

export default function Reports() {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: ReportsOp, variables: { first: 25, after } });
  const list = data?.reports;
  return (
    <main>
      <div class="page-head"><h1>Reports</h1></div>
      <NewReport />
      <h2>Past reports</h2>
      <ErrorNote text={messageOfError(error)} />
      {!list ? <Loading /> : list.totalCount === 0 ? <p class="muted">No reports yet.</p> : (
        <table class="responsive" aria-label="Past reports">
          <thead><tr><th scope="col">Report</th><th scope="col">Period</th><th scope="col">State</th><th scope="col" class="num">Cost</th><th scope="col">Created</th></tr></thead>
          <tbody>
            {list.edges.map(({ node: r }) => (
              <tr key={r.id}>
                <td data-label="Report"><div><a href={`/reports/${r.id}`}>{r.title || KIND_LABELS[r.kind]}</a><br /><small class="muted">{KIND_LABELS[r.kind]}{r.version > 1 ? `, version ${r.version}` : ""}</small></div></td>
                <td data-label="Period">{day(r.period.startDate)} – {day(r.period.endDate)}</td>
                <td data-label="State"><Badge tone={STATUS_TONES[r.status]}>{r.status.toLowerCase()}</Badge></td>
                <td data-label="Cost" class="num">{r.job ? money(r.job.costCents) : "—"}</td>
                <td data-label="Created">{dateTime(r.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list?.pageInfo.hasNextPage && <p><button type="button" class="secondary" disabled={fetching} onClick={() => setAfter(list.pageInfo.endCursor)}>More</button></p>}
    </main>
  );
}
