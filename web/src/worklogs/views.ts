import { gql } from "../api/client";
import { gqlUpload } from "../api/upload";
import type {
  CreateWorklogPayload, DeleteWorklogPayload, ImportWorklogsPayload, UploadEvidencePayload, Worklog,
  WorklogFormat, WorklogSuggestions,
} from "../generated/schema";
import { type Connection, pagedTable, reloadTable } from "../table";
import { field, formValues, h, mount, showErrors, toast } from "../ui";

// The server's limits (evidence files, API imports); checked here so nothing big is sent in vain.
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const FIELDS = `id date content source draft highlight metadata { employer project tags workType outcome }
  evidence { id originalName size downloadUrl }`;
const LIST = `query($filter: WorklogFilter, $after: String) { worklogs(first: 25, after: $after, filter: $filter) {
  edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } totalCount } }`;
const CREATE = `mutation($input: WorklogInput!) { createWorklog(input: $input) { worklog { id } errors { field message code } } }`;
const SUGGEST = `{ worklogSuggestions { employers { value } projects { value } tags { value } workTypes { value } } }`;

type Filter = { search?: string; startDate?: string; endDate?: string; employer?: string; project?: string; tag?: string };

function today(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

function datalist(id: string, values: string[]): HTMLDataListElement {
  return h("datalist", { id }, ...values.map((v) => h("option", { value: v })));
}

function splitTags(value: string): string[] {
  return value.split(",").map((t) => t.trim()).filter(Boolean);
}

function entryCell(w: Worklog): HTMLElement {
  const meta = w.metadata;
  const text = h("div", { class: "entry-text" });
  if (w.highlight) text.innerHTML = w.highlight; // server-escaped; only <mark> added
  else text.textContent = w.content;
  return h("div", { class: "entry" },
    text,
    h("div", { class: "meta" },
      meta.employer ? h("span", { class: "badge" }, meta.employer) : null,
      meta.project ? h("span", { class: "badge" }, meta.project) : null,
      ...meta.tags.map((t) => h("span", { class: "badge tag" }, `#${t}`)),
      meta.workType ? h("span", { class: "muted" }, ` · ${meta.workType}`) : null,
      w.draft ? h("span", { class: "badge expired" }, "draft") : null),
    meta.outcome ? h("p", { class: "muted outcome" }, `Outcome: ${meta.outcome}`) : null,
    w.evidence.length ? h("ul", { class: "evidence" }, ...w.evidence.map((e) =>
      h("li", {}, h("a", { href: e.downloadUrl, target: "_blank", rel: "noopener" }, e.originalName), h("small", { class: "muted" }, ` ${Math.ceil(e.size / 1024)} KB`)))) : null);
}

export async function worklogsView(root: HTMLElement): Promise<void> {
  const filter: Filter = {};
  const suggestions = (await gql<{ worklogSuggestions: WorklogSuggestions }>(SUGGEST)).worklogSuggestions;
  const load = (after: string | null) => gql<{ worklogs: Connection<Worklog> }>(LIST, { filter, after }).then((d) => d.worklogs);

  const table: HTMLElement = pagedTable<Worklog>("Work log entries", [
    { title: "Date", cell: (w) => h("span", { class: "nowrap" }, w.date) },
    { title: "Entry", cell: entryCell },
    { title: "", cell: (w) => h("span", { class: "actions" },
        h("label", { class: "button small secondary" }, "Attach",
          h("input", { type: "file", hidden: true, "aria-label": `Attach file to entry of ${w.date}`, onchange: (e: Event) => attach(w, e) })),
        h("button", { type: "button", class: "small danger", onclick: () => remove(w) }, "Delete")) },
  ], load);

  async function attach(w: Worklog, event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return toast(`${file.name} is over 10 MB; files are limited to 10 MB.`, "error");
    const data = await gqlUpload<{ uploadEvidence: UploadEvidencePayload }>(
      `mutation($worklogId: ID!, $file: Upload!) { uploadEvidence(worklogId: $worklogId, file: $file) { evidence { id } errors { message code } } }`,
      { worklogId: w.id }, "file", file);
    if (data.uploadEvidence.errors.length) return toast(data.uploadEvidence.errors[0].message, "error");
    toast(`Attached ${file.name}.`);
    await reloadTable(table);
  }

  async function remove(w: Worklog): Promise<void> {
    if (!confirm(`Delete the entry of ${w.date}? Its evidence files are deleted too.`)) return;
    const data = await gql<{ deleteWorklog: DeleteWorklogPayload }>(
      `mutation($id: ID!) { deleteWorklog(id: $id) { errors { message code } } }`, { id: w.id });
    if (data.deleteWorklog.errors.length) return toast(data.deleteWorklog.errors[0].message, "error");
    await reloadTable(table);
  }

  const names = (xs: { value: string }[]) => xs.map((x) => x.value);
  const quickAdd = h("form", { class: "card quick-add", "aria-label": "Quick add" },
    h("div", { class: "row" },
      field("Date", h("input", { name: "date", type: "date", value: today(), required: true, dataset: { field: "date" } })),
      field("Employer", h("input", { name: "employer", list: "employers", dataset: { field: "employer" } })),
      field("Project", h("input", { name: "project", list: "projects", dataset: { field: "project" } })),
      field("Work type", h("input", { name: "workType", list: "workTypes", dataset: { field: "workType" } }))),
    field("What did you do?", h("textarea", { name: "content", rows: 3, required: true, dataset: { field: "content" }, placeholder: "Shipped…, fixed…, led…" })),
    h("div", { class: "row" },
      field("Tags (comma separated)", h("input", { name: "tags", list: "tags", dataset: { field: "tags" } })),
      field("Outcome", h("input", { name: "outcome", dataset: { field: "outcome" }, placeholder: "Impact, numbers" })),
      h("button", { type: "submit" }, "Add entry")),
    datalist("employers", names(suggestions.employers)), datalist("projects", names(suggestions.projects)),
    datalist("tags", names(suggestions.tags)), datalist("workTypes", names(suggestions.workTypes)));
  quickAdd.addEventListener("submit", async (event) => {
    event.preventDefault();
    const v = formValues(quickAdd);
    const data = await gql<{ createWorklog: CreateWorklogPayload }>(CREATE, { input: {
      date: v.date, content: v.content,
      metadata: { employer: v.employer, project: v.project, workType: v.workType, outcome: v.outcome, tags: splitTags(v.tags) },
    } });
    if (data.createWorklog.errors.length) return showErrors(quickAdd, data.createWorklog.errors);
    showErrors(quickAdd, []);
    (quickAdd.querySelector("[name=content]") as HTMLTextAreaElement).value = "";
    (quickAdd.querySelector("[name=outcome]") as HTMLInputElement).value = "";
    toast("Entry added.");
    await reloadTable(table);
  });

  const filters = h("form", { class: "inline toolbar", "aria-label": "Filter entries" },
    h("input", { name: "search", type: "search", placeholder: "Search text, employer, project, tags", "aria-label": "Search" }),
    field("From", h("input", { name: "startDate", type: "date" })),
    field("To", h("input", { name: "endDate", type: "date" })),
    h("input", { name: "tag", placeholder: "Tag", list: "tags", "aria-label": "Tag" }),
    h("button", { type: "submit", class: "secondary" }, "Filter"));
  filters.addEventListener("submit", (event) => {
    event.preventDefault();
    const v = formValues(filters);
    for (const key of ["search", "startDate", "endDate", "tag"] as const) {
      if (v[key]) filter[key] = v[key];
      else delete filter[key];
    }
    void reloadTable(table);
  });

  const exports = h("div", { class: "toolbar" },
    ...(["CSV", "JSON", "MARKDOWN"] as WorklogFormat[]).map((format) =>
      h("button", { type: "button", class: "small secondary", onclick: () => download(format) }, `Export ${format.toLowerCase()}`)),
    h("label", { class: "button small secondary" }, "Import CSV/JSON",
      h("input", { type: "file", accept: ".csv,.json", hidden: true, "aria-label": "Import file", onchange: importFile })));

  async function download(format: WorklogFormat): Promise<void> {
    const data = await gql<{ exportWorklogs: string }>(`query($f: WorklogFormat!, $filter: WorklogFilter) { exportWorklogs(format: $f, filter: $filter) }`, { f: format, filter });
    const ext = { CSV: "csv", JSON: "json", MARKDOWN: "md" }[format];
    const url = URL.createObjectURL(new Blob([data.exportWorklogs], { type: "text/plain" }));
    h("a", { href: url, download: `worklogs.${ext}` }).click();
    URL.revokeObjectURL(url);
  }

  async function importFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return toast("Imports here are limited to 10 MB; use `afterresume import` for bigger files.", "error");
    const format: WorklogFormat = file.name.toLowerCase().endsWith(".json") ? "JSON" : "CSV";
    const data = await gql<{ importWorklogs: ImportWorklogsPayload }>(
      `mutation($input: ImportWorklogsInput!) { importWorklogs(input: $input) { created skipped errors { field message code } } }`,
      { input: { format, data: await file.text() } });
    const result = data.importWorklogs;
    if (result.errors.length) return toast(result.errors.map((e) => e.message).join("; "), "error");
    toast(`Imported ${result.created} entries (${result.skipped} already there).`);
    await reloadTable(table);
  }

  mount(root, h("h1", {}, "Work log"), quickAdd, filters, exports, table);
}
