// Quick-add from anywhere: `n` or Ctrl/Cmd+K opens it, Ctrl/Cmd+Enter saves. Prefilled with today and
// the employer and project of the last save; suggestions come back fresh after every save.
import { signal } from "@preact/signals";
import { useMutation, useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { messageOfError } from "../app/errors";
import { localToday } from "../app/format";
import { navigate } from "../app/router";
import { Dialog, Field, FormErrors, fieldError, toast, useFormErrors } from "../app/ui";
import { graphql } from "../gql";
import { SuggestionsOp, splitTags } from "./fragments";

export const quickAddOpen = signal(false);

const CreateWorklogOp = graphql(`
  mutation CreateWorklog($input: WorklogInput!) {
    createWorklog(input: $input) { worklog { ...WorklogFields } errors { field message code } }
  }
`);

const LAST = "afterresume.quickadd.last";

function lastUsed(): { employer: string; project: string } {
  try {
    return { employer: "", project: "", ...JSON.parse(localStorage.getItem(LAST) ?? "{}") };
  } catch {
    return { employer: "", project: "" };
  }
}

export function QuickAdd() {
  const open = quickAddOpen.value;
  return (
    <Dialog title="Add an entry" open={open} onClose={() => { quickAddOpen.value = false; }}>
      <QuickAddForm />
    </Dialog>
  );
}

function QuickAddForm() {
  const [{ data: suggestions }] = useQuery({ query: SuggestionsOp });
  const [, create] = useMutation(CreateWorklogOp);
  const [errors, setErrors, dropErrors] = useFormErrors();
  const [busy, setBusy] = useState(false);
  const last = lastUsed();
  const s = suggestions?.worklogSuggestions;
  const newest = (list: { value: string; lastUsed: string }[] | undefined) =>
    [...(list ?? [])].sort((a, b) => b.lastUsed.localeCompare(a.lastUsed))[0]?.value ?? "";

  async function save(form: HTMLFormElement) {
    const v = new FormData(form);
    const text = (name: string) => String(v.get(name) ?? "").trim();
    setBusy(true);
    const result = await create({
      input: {
        date: text("date"), content: text("content"),
        metadata: { employer: text("employer"), project: text("project"), tags: splitTags(text("tags")), workType: text("workType"), outcome: text("outcome") },
      },
    });
    setBusy(false);
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ code: "NETWORK", message: failure }]);
    const payload = result.data!.createWorklog;
    if (payload.errors.length) return setErrors(payload.errors);
    localStorage.setItem(LAST, JSON.stringify({ employer: text("employer"), project: text("project") }));
    setErrors([]);
    quickAddOpen.value = false;
    const id = payload.worklog!.id;
    toast("Entry added.", "info", { label: "Open", run: () => navigate(`/entries/${id}`) });
  }

  const fields = ["date", "content", "metadata.employer", "metadata.project", "metadata.tags", "metadata.workType", "metadata.outcome"];
  return (
    <form onInput={dropErrors} aria-label="Quick add" class="stack" noValidate
      onSubmit={(e) => { e.preventDefault(); void save(e.currentTarget); }}
      onKeyDown={(e) => {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); if (!busy) void save(e.currentTarget); }
      }}>
      <div class="field">
        <label for="qa-content">What did you do?</label>
        <textarea id="qa-content" name="content" rows={4} required autofocus aria-invalid={fieldError(errors, "content") ? true : undefined} />
        {fieldError(errors, "content") && <p class="error" role="alert">{fieldError(errors, "content")}</p>}
      </div>
      <div class="grid2">
        <Field label="Date" name="date" type="date" defaultValue={localToday()} max={localToday()} required error={fieldError(errors, "date")} />
        <Field label="Work type" name="workType" list="qa-worktypes" error={fieldError(errors, "metadata.workType")} />
        <Field label="Employer" name="employer" list="qa-employers" defaultValue={last.employer || newest(s?.employers)} error={fieldError(errors, "metadata.employer")} />
        <Field label="Project" name="project" list="qa-projects" defaultValue={last.project || newest(s?.projects)} error={fieldError(errors, "metadata.project")} />
      </div>
      <Field label="Tags (comma separated)" name="tags" list="qa-tags" error={fieldError(errors, "metadata.tags")}
        hint={s?.tags.length ? `Recent: ${s.tags.slice(0, 6).map((t) => t.value).join(", ")}` : undefined} />
      <Field label="Outcome" name="outcome" error={fieldError(errors, "metadata.outcome")} />
      <datalist id="qa-employers">{s?.employers.map((x) => <option key={x.value} value={x.value} />)}</datalist>
      <datalist id="qa-projects">{s?.projects.map((x) => <option key={x.value} value={x.value} />)}</datalist>
      <datalist id="qa-tags">{s?.tags.map((x) => <option key={x.value} value={x.value} />)}</datalist>
      <datalist id="qa-worktypes">{s?.workTypes.map((x) => <option key={x.value} value={x.value} />)}</datalist>
      <FormErrors errors={errors} fields={fields} />
      <div class="actions end">
        <button type="button" class="secondary" onClick={() => { quickAddOpen.value = false; }}>Cancel</button>
        <button type="submit" disabled={busy} aria-keyshortcuts="Control+Enter Meta+Enter">{busy ? "Saving…" : "Add entry"} <kbd>Ctrl+Enter</kbd></button>
      </div>
    </form>
  );
}
