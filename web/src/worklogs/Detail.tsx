// One entry: read, edit in place, attach (drop, pick, with progress), download with a fresh link, remove.
import { useMutation, useQuery } from "@urql/preact";
import { useRef, useState } from "preact/hooks";
import { client } from "../app/client";
import { messageFor, messageOfError } from "../app/errors";
import { bytes, dateTime, day, localToday } from "../app/format";
import { navigate } from "../app/router";
import { Dialog, ErrorNote, Field, FormErrors, Loading, fieldError, toast, useFormErrors } from "../app/ui";
import { graphql } from "../gql";
import type { WorklogFieldsFragment } from "../gql/graphql";
import { splitTags } from "./fragments";
import { deleteWithUndo } from "./undoDelete";
import { uploadEvidence } from "./upload";

const WorklogOp = graphql(`
  query Worklog($id: ID!) {
    worklog(id: $id) { ...WorklogFields }
  }
`);

const DownloadLinkOp = graphql(`
  query EvidenceDownloadLink($id: ID!) {
    worklog(id: $id) { id evidence { id downloadUrl } }
  }
`);

const UpdateWorklogOp = graphql(`
  mutation UpdateWorklog($id: ID!, $input: WorklogPatch!) {
    updateWorklog(id: $id, input: $input) { worklog { ...WorklogFields } errors { field message code } }
  }
`);

const DeleteEvidenceOp = graphql(`
  mutation DeleteEvidence($id: ID!) {
    deleteEvidence(id: $id) { deletedId errors { field message code } }
  }
`);

export default function Detail({ id }: { id: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: WorklogOp, variables: { id } });
  const [editing, setEditing] = useState(false);
  if (!data && fetching) return <main><Loading /></main>;
  const entry = data?.worklog;
  if (!entry) {
    return <main><h1>Entry not found</h1><ErrorNote text={messageOfError(error)} /><p><a href="/">Back to the work log</a></p></main>;
  }
  return (
    <main>
      <p class="crumbs"><a href="/">← Work log</a></p>
      <div class="page-head">
        <h1>{day(entry.date)}</h1>
        <div class="actions">
          {!editing && <button type="button" class="secondary" onClick={() => setEditing(true)}>Edit</button>}
          <button type="button" class="danger" onClick={() => { deleteWithUndo(entry.id); navigate("/"); }}>Delete entry</button>
        </div>
      </div>
      {editing ? <EditForm entry={entry} onDone={() => setEditing(false)} /> : <ReadView entry={entry} />}
      <Evidence entry={entry} onChange={() => refetch({ requestPolicy: "network-only" })} />
    </main>
  );
}

function ReadView({ entry }: { entry: WorklogFieldsFragment }) {
  const m = entry.metadata;
  return (
    <section class="card" aria-label="Entry">
      <p class="entry-text">{entry.content}</p>
      <dl class="facts">
        <dt>Employer</dt><dd>{m.employer || "—"}</dd>
        <dt>Project</dt><dd>{m.project || "—"}</dd>
        <dt>Tags</dt><dd>{m.tags.length ? m.tags.map((t) => `#${t}`).join(" ") : "—"}</dd>
        <dt>Work type</dt><dd>{m.workType || "—"}</dd>
        <dt>Outcome</dt><dd>{m.outcome || "—"}</dd>
        <dt>Source</dt><dd>{entry.source.toLowerCase()}{entry.draft ? " · draft" : ""}</dd>
        <dt>Updated</dt><dd>{dateTime(entry.updatedAt)}</dd>
      </dl>
    </section>
  );
}

function EditForm({ entry, onDone }: { entry: WorklogFieldsFragment; onDone: () => void }) {
  const [{ fetching }, update] = useMutation(UpdateWorklogOp);
  const [errors, setErrors, dropErrors] = useFormErrors();
  const m = entry.metadata;

  async function save(form: HTMLFormElement) {
    const v = new FormData(form);
    const text = (name: string) => String(v.get(name) ?? "").trim();
    const result = await update({
      id: entry.id,
      input: {
        date: text("date"), content: text("content"), draft: v.get("draft") === "on",
        metadata: { employer: text("employer"), project: text("project"), tags: splitTags(text("tags")), workType: text("workType"), outcome: text("outcome") },
      },
    });
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ code: "NETWORK", message: failure }]);
    const payload = result.data!.updateWorklog;
    if (payload.errors.length) return setErrors(payload.errors);
    toast("Entry saved.");
    onDone();
  }

  return (
    <form onInput={dropErrors} class="card stack" aria-label="Edit entry" noValidate
      onSubmit={(e) => { e.preventDefault(); void save(e.currentTarget); }}
      onKeyDown={(e) => {
        if (e.key === "Escape") { e.preventDefault(); onDone(); }
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void save(e.currentTarget); }
      }}>
      <div class="field">
        <label for="edit-content">What did you do?</label>
        <textarea id="edit-content" name="content" rows={5} defaultValue={entry.content} autofocus />
        {fieldError(errors, "content") && <p class="error" role="alert">{fieldError(errors, "content")}</p>}
      </div>
      <div class="grid2">
        <Field label="Date" name="date" type="date" max={localToday()} defaultValue={entry.date} error={fieldError(errors, "date")} />
        <Field label="Work type" name="workType" defaultValue={m.workType} error={fieldError(errors, "metadata.workType")} />
        <Field label="Employer" name="employer" defaultValue={m.employer} error={fieldError(errors, "metadata.employer")} />
        <Field label="Project" name="project" defaultValue={m.project} error={fieldError(errors, "metadata.project")} />
      </div>
      <Field label="Tags (comma separated)" name="tags" defaultValue={m.tags.join(", ")} error={fieldError(errors, "metadata.tags")} />
      <Field label="Outcome" name="outcome" defaultValue={m.outcome} error={fieldError(errors, "metadata.outcome")} />
      <label class="check"><input type="checkbox" name="draft" defaultChecked={entry.draft} /> Draft</label>
      <FormErrors errors={errors} fields={["content", "date", "metadata.workType", "metadata.employer", "metadata.project", "metadata.tags", "metadata.outcome"]} />
      <div class="actions end">
        <button type="button" class="secondary" onClick={onDone}>Cancel</button>
        <button type="submit" disabled={fetching}>{fetching ? "Saving…" : "Save"}</button>
      </div>
    </form>
  );
}

function Evidence({ entry, onChange }: { entry: WorklogFieldsFragment; onChange: () => void }) {
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ id: string; originalName: string } | null>(null);
  const [, remove] = useMutation(DeleteEvidenceOp);
  const input = useRef<HTMLInputElement>(null);

  async function upload(files: FileList | null) {
    setError(null);
    for (const file of Array.from(files ?? [])) {
      setProgress({ name: file.name, fraction: 0 });
      const failure = await uploadEvidence(entry.id, file, (fraction) => setProgress({ name: file.name, fraction }));
      setProgress(null);
      if (failure) { setError(`${file.name}: ${failure}`); break; }
      toast(`Attached ${file.name}.`);
    }
    if (input.current) input.current.value = "";
    onChange();
  }

  async function download(evidenceId: string) {
    // Links are signed for minutes: fetch a fresh one at the moment of the click.
    const result = await client.query(DownloadLinkOp, { id: entry.id }, { requestPolicy: "network-only" }).toPromise();
    const url = result.data?.worklog?.evidence.find((e) => e.id === evidenceId)?.downloadUrl;
    if (!url) return setError(messageOfError(result.error) ?? messageFor("NOT_FOUND"));
    // The app and the API share an origin (served by it or proxied to it): keep the click same-origin.
    const target = new URL(url, location.href);
    const a = document.createElement("a");
    a.href = target.pathname + target.search;
    a.download = "";
    document.body.append(a);
    a.click();
    a.remove();
  }

  async function confirmRemove() {
    if (!removing) return;
    const result = await remove({ id: removing.id });
    const failure = messageOfError(result.error) ?? (result.data?.deleteEvidence.errors[0] ? messageFor(result.data.deleteEvidence.errors[0].code) : null);
    setRemoving(null);
    if (failure) return setError(failure);
    toast(`Removed ${removing.originalName}.`);
    onChange();
  }

  return (
    <section class="card" aria-labelledby="evidence-head">
      <h2 id="evidence-head">Evidence</h2>
      {entry.evidence.length === 0 ? <p class="muted">No files yet.</p> : (
        <ul class="files">
          {entry.evidence.map((file) => (
            <li key={file.id}>
              <button type="button" class="link" onClick={() => void download(file.id)}>{file.originalName}</button>
              <span class="muted"> {bytes(file.size)} · {dateTime(file.createdAt)}</span>
              <button type="button" class="link danger" aria-label={`Remove ${file.originalName}`} onClick={() => setRemoving(file)}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      <div class={`dropzone${dragging ? " over" : ""}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); void upload(e.dataTransfer?.files ?? null); }}>
        <p>Drop files here, or</p>
        <input ref={input} type="file" multiple hidden aria-label="Files to attach" onChange={(e) => void upload(e.currentTarget.files)} />
        <button type="button" class="secondary" onClick={() => input.current?.click()}>Attach files</button>
        <small class="muted">Up to 10 MB each.</small>
      </div>
      {progress && (
        <div class="progress">
          <label for="upload-progress">Uploading {progress.name}</label>
          <progress id="upload-progress" max={1} value={progress.fraction} />
        </div>
      )}
      <ErrorNote text={error} />
      <Dialog title="Remove this file?" open={removing !== null} onClose={() => setRemoving(null)}>
        <p>{removing?.originalName} will be deleted for good.</p>
        <div class="actions end">
          <button type="button" class="secondary" onClick={() => setRemoving(null)}>Keep it</button>
          <button type="button" class="danger" onClick={() => void confirmRemove()}>Remove</button>
        </div>
      </Dialog>
    </section>
  );
}
