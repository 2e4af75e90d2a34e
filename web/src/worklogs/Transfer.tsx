// Import a CSV/JSON export; export the log (or the filtered part of it) as CSV, JSON or Markdown.
import { useMutation } from "@urql/preact";
import { useRef, useState } from "preact/hooks";
import { client } from "../app/client";
import { MESSAGES, messageFor, messageOfError } from "../app/errors";
import { query } from "../app/router";
import { ErrorNote } from "../app/ui";
import { graphql } from "../gql";
import type { WorklogFormat } from "../gql/graphql";
import { filterFromQuery } from "./filter";

const ExportOp = graphql(`
  query ExportWorklogs($format: WorklogFormat!, $filter: WorklogFilter) {
    exportWorklogs(format: $format, filter: $filter)
  }
`);

const ImportOp = graphql(`
  mutation ImportWorklogs($input: ImportWorklogsInput!) {
    importWorklogs(input: $input) { created skipped errors { field message code } }
  }
`);

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const EXTENSIONS: Record<WorklogFormat, string> = { CSV: "csv", JSON: "json", MARKDOWN: "md" };
const TYPES: Record<WorklogFormat, string> = { CSV: "text/csv", JSON: "application/json", MARKDOWN: "text/markdown" };

export default function Transfer() {
  const [format, setFormat] = useState<WorklogFormat>("CSV");
  const [exportError, setExportError] = useState<string | null>(null);
  const [importResult, setImportResult] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [{ fetching: importing }, runImport] = useMutation(ImportOp);
  const file = useRef<HTMLInputElement>(null);
  const filter = filterFromQuery(query.value);
  const filtered = Object.values(filter).some(Boolean);

  async function doExport() {
    setExporting(true);
    setExportError(null);
    const result = await client.query(ExportOp, { format, filter }, { requestPolicy: "network-only" }).toPromise();
    setExporting(false);
    if (result.error || result.data == null) return setExportError(messageOfError(result.error) ?? MESSAGES.INTERNAL);
    const blob = new Blob([result.data.exportWorklogs], { type: TYPES[format] });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = `worklog.${EXTENSIONS[format]}`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  async function doImport(event: SubmitEvent) {
    event.preventDefault();
    setImportError(null);
    setImportResult(null);
    const chosen = file.current?.files?.[0];
    if (!chosen) return setImportError(MESSAGES.FILE_REQUIRED);
    if (chosen.size > MAX_IMPORT_BYTES) return setImportError(MESSAGES.IMPORT_TOO_LARGE);
    const kind: WorklogFormat = chosen.name.toLowerCase().endsWith(".json") ? "JSON" : "CSV";
    const result = await runImport({ input: { format: kind, data: await chosen.text() } });
    const failure = messageOfError(result.error);
    if (failure) return setImportError(failure);
    const payload = result.data!.importWorklogs;
    if (payload.errors.length) return setImportError(payload.errors.map((e) => `${messageFor(e.code, e.message)}${e.field ? ` (${e.field})` : ""}`).join(" "));
    setImportResult(`Imported ${payload.created} ${payload.created === 1 ? "entry" : "entries"}; ${payload.skipped} already in the log.`);
    if (file.current) file.current.value = "";
  }

  return (
    <main>
      <h1>Import and export</h1>
      <section class="card stack" aria-labelledby="export-head">
        <h2 id="export-head">Export</h2>
        <p class="muted">{filtered ? "The entries matching the work log's current filters, oldest first." : "Every entry, oldest first."}</p>
        <fieldset class="choices">
          <legend>Format</legend>
          {(["CSV", "JSON", "MARKDOWN"] as WorklogFormat[]).map((f) => (
            <label key={f} class="check"><input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} /> {f === "MARKDOWN" ? "Markdown" : f}</label>
          ))}
        </fieldset>
        <div><button type="button" onClick={() => void doExport()} disabled={exporting}>{exporting ? "Exporting…" : "Download export"}</button></div>
        <ErrorNote text={exportError} />
      </section>
      <form class="card stack" aria-labelledby="import-head" onSubmit={(e) => void doImport(e)}>
        <h2 id="import-head">Import</h2>
        <p class="muted">A CSV or JSON file as written by the export. All rows go in or none; rows already in the log are skipped.</p>
        <div class="field">
          <label for="import-file">File (.csv or .json, up to 10 MB)</label>
          <input id="import-file" ref={file} type="file" accept=".csv,.json,text/csv,application/json" />
        </div>
        <div><button type="submit" disabled={importing}>{importing ? "Importing…" : "Import"}</button></div>
        {importResult && <p class="ok" role="status">{importResult}</p>}
        <ErrorNote text={importError} />
      </form>
    </main>
  );
}
