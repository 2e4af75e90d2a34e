// Employment history: the positions resume bullets are grouped by. List (current first), add, edit, delete.
import { useMutation, useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { messageFor, messageOfError, type UserErrorLike } from "../app/errors";
import { day } from "../app/format";
import { Badge, Dialog, ErrorNote, Field, FormErrors, Loading, fieldError, toast, useFormErrors } from "../app/ui";
import { graphql } from "../gql";
import type { PositionInput } from "../gql/graphql";

const PositionsOp = graphql(`
  query Positions {
    me { id positions { id employer title start end current } }
  }
`);

const CreatePositionOp = graphql(`
  mutation CreatePosition($input: PositionInput!) {
    createPosition(input: $input) { position { id employer title start end current } errors { field message code } }
  }
`);

const UpdatePositionOp = graphql(`
  mutation UpdatePosition($id: ID!, $input: PositionInput!) {
    updatePosition(id: $id, input: $input) { position { id employer title start end current } errors { field message code } }
  }
`);

const DeletePositionOp = graphql(`
  mutation DeletePosition($id: ID!) {
    deletePosition(id: $id) { deletedId errors { field message code } }
  }
`);

interface Position { id: string; employer: string; title: string; start: string; end?: string | null; current: boolean }

const FIELDS = ["employer", "title", "start", "end"];

function inputOf(form: HTMLFormElement): PositionInput {
  const v = new FormData(form);
  const text = (name: string) => String(v.get(name) ?? "").trim();
  return { employer: text("employer"), title: text("title"), start: text("start"), end: text("end") || null };
}

/** A position needs its start date; without one the request could not even be sent. */
function missingStart(input: PositionInput): UserErrorLike[] {
  return input.start ? [] : [{ field: "start", code: "INVALID_DATE", message: "" }];
}

/** The fields of a position, empty for a new one. */
function PositionFields({ position, errors }: { position?: Position; errors: UserErrorLike[] }) {
  return (
    <>
      <div class="filters">
        <Field label="Employer" name="employer" maxLength={200} required defaultValue={position?.employer} autocomplete="organization" error={fieldError(errors, "employer")} />
        <Field label="Title (optional)" name="title" maxLength={200} defaultValue={position?.title} autocomplete="organization-title" error={fieldError(errors, "title")} />
      </div>
      <div class="filters">
        <Field label="From" name="start" type="date" required defaultValue={position?.start} error={fieldError(errors, "start")} />
        <Field label="To (empty while current)" name="end" type="date" defaultValue={position?.end ?? ""} error={fieldError(errors, "end")} />
      </div>
      <FormErrors errors={errors} fields={FIELDS} />
    </>
  );
}

export function Positions() {
  const [{ data, fetching, error }] = useQuery({ query: PositionsOp });
  const [editing, setEditing] = useState<Position | null>(null);
  const [deleting, setDeleting] = useState<Position | null>(null);
  const [deleteState, remove] = useMutation(DeletePositionOp);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const positions = data?.me?.positions;

  async function confirmDelete() {
    const position = deleting!;
    const result = await remove({ id: position.id });
    const err = messageOfError(result.error) ?? (result.data?.deletePosition.errors[0] ? messageFor(result.data.deletePosition.errors[0].code) : null);
    if (err) return setDeleteError(err);
    setDeleting(null);
    toast(`${position.employer} was removed from your employment history.`);
  }

  return (
    <section class="card" aria-labelledby="positions-head">
      <h2 id="positions-head">Employment history</h2>
      <p class="muted">Resume bullets are grouped by these positions: an entry belongs to the position at its employer whose dates hold it. Entries no position takes are grouped by employer.</p>
      <ErrorNote text={messageOfError(error)} />
      {!positions ? (fetching ? <Loading /> : null) : positions.length === 0 ? <p class="muted">No positions yet.</p> : (
        <table class="responsive" aria-label="Positions">
          <thead><tr><th scope="col">Employer</th><th scope="col">Title</th><th scope="col">From</th><th scope="col">To</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {positions.map((p) => (
              <tr key={p.id}>
                <td data-label="Employer">{p.employer}</td>
                <td data-label="Title">{p.title || <span class="muted">—</span>}</td>
                <td data-label="From">{day(p.start)}</td>
                <td data-label="To">{p.current ? <Badge tone="info">current</Badge> : day(p.end!)}</td>
                <td data-label="">
                  <div class="actions">
                    <button type="button" class="secondary small" aria-label={`Edit ${p.employer}`} onClick={() => setEditing(p)}>Edit</button>
                    <button type="button" class="danger small" aria-label={`Delete ${p.employer}`} onClick={() => { setDeleteError(null); setDeleting(p); }}>Delete</button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddPosition />
      <Dialog title={`Edit ${editing?.employer ?? "position"}`} open={editing !== null} onClose={() => setEditing(null)}>
        {editing && <EditPosition position={editing} onDone={() => setEditing(null)} />}
      </Dialog>
      <Dialog title={`Delete ${deleting?.employer ?? "position"}?`} open={deleting !== null} onClose={() => setDeleting(null)}>
        <p>Reports already written keep their sections; new resume bullets group these entries by employer instead.</p>
        <ErrorNote text={deleteError} />
        <div class="actions end">
          <button type="button" class="secondary" onClick={() => setDeleting(null)}>Keep it</button>
          <button type="button" class="danger" disabled={deleteState.fetching} onClick={() => void confirmDelete()}>Delete</button>
        </div>
      </Dialog>
    </section>
  );
}

function AddPosition() {
  const [{ fetching }, create] = useMutation(CreatePositionOp);
  const [errors, setErrors, dropErrors] = useFormErrors();
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = inputOf(form);
    if (missingStart(input).length) return setErrors(missingStart(input));
    const result = await create({ input });
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ code: "NETWORK", message: failure }]);
    const payload = result.data!.createPosition;
    if (payload.errors.length) return setErrors(payload.errors);
    setErrors([]);
    form.reset();
    toast(`${payload.position!.employer} was added.`);
  }
  return (
    <form onInput={dropErrors} class="stack spaced" aria-label="Add a position" onSubmit={(e) => void submit(e)} noValidate>
      <h3>Add a position</h3>
      <PositionFields errors={errors} />
      <div><button type="submit" disabled={fetching}>Add position</button></div>
    </form>
  );
}

function EditPosition({ position, onDone }: { position: Position; onDone: () => void }) {
  const [{ fetching }, update] = useMutation(UpdatePositionOp);
  const [errors, setErrors, dropErrors] = useFormErrors();
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const input = inputOf(event.currentTarget as HTMLFormElement);
    if (missingStart(input).length) return setErrors(missingStart(input));
    const result = await update({ id: position.id, input });
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ code: "NETWORK", message: failure }]);
    const payload = result.data!.updatePosition;
    if (payload.errors.length) return setErrors(payload.errors);
    onDone();
    toast("The position was saved.");
  }
  return (
    <form onInput={dropErrors} class="stack" aria-label="Edit position" onSubmit={(e) => void submit(e)} noValidate>
      <PositionFields position={position} errors={errors} />
      <div class="actions end">
        <button type="button" class="secondary" onClick={onDone}>Cancel</button>
        <button type="submit" disabled={fetching}>Save</button>
      </div>
    </form>
  );
}
