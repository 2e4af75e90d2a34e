// A finished report's sections as its owner works on them: each statement with its citations one click away,
// edited in place with the fabrication check asked again as the text changes (debounced), deleted after a
// confirmation, moved up or down its section with buttons (so the keyboard reorders too).
import { useMutation, useQuery } from "@urql/preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { messageFor, messageOfError, type UserErrorLike } from "../app/errors";
import { Dialog, FormErrors, toast } from "../app/ui";
import { graphql } from "../gql";
import type { ReportViewQuery } from "../gql/graphql";
import { MAX_STATEMENT_CHARS, collapse, short } from "./editing";
import { useSettled } from "./Reports";

export type Section = ReportViewQuery["report"]["sections"][number];
export type Statement = Section["statements"][number];

const CheckReportStatementOp = graphql(`
  query CheckReportStatement($id: ID!, $text: String!) {
    checkReportStatement(id: $id, text: $text) { status unsupported }
  }
`);

const UpdateReportStatementOp = graphql(`
  mutation UpdateReportStatement($id: ID!, $text: String!) {
    updateReportStatement(id: $id, text: $text) {
      statement { id text position checkStatus unsupported }
      errors { field message code }
    }
  }
`);

const DeleteReportStatementOp = graphql(`
  mutation DeleteReportStatement($id: ID!) {
    deleteReportStatement(id: $id) { deletedId errors { field message code } }
  }
`);

const MoveReportStatementOp = graphql(`
  mutation MoveReportStatement($id: ID!, $position: Int!) {
    moveReportStatement(id: $id, position: $position) { statement { id position } errors { field message code } }
  }
`);

/** What the check says of the text as it stands: asked once typing pauses, never saved. */
function CheckState({ id, text }: { id: string; text: string }) {
  const settled = useSettled(text, 350);
  const [{ data, error, fetching }] = useQuery({
    query: CheckReportStatementOp, variables: { id, text: settled }, requestPolicy: "network-only",
  });
  const verdict = data?.checkReportStatement;
  const failure = messageOfError(error);
  if (settled !== text || fetching) return <span class="muted">Checking against the cited entries…</span>;
  if (failure) return <span class="error">{failure}</span>;
  if (!verdict) return null;
  if (verdict.status === "FLAGGED") {
    return <span class="warn-text"><strong>Not found in the cited entries:</strong> {verdict.unsupported.join(", ") || "this statement cites no entry"}</span>;
  }
  return <span class="ok">Every figure and name is in the cited entries.</span>;
}

function Editor({ statement, onDone }: { statement: Statement; onDone: (saved: boolean) => void }) {
  const [text, setText] = useState(statement.text);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [{ fetching: saving }, update] = useMutation(UpdateReportStatementOp);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const el = area.current;
    if (el) { el.focus(); el.setSelectionRange(el.value.length, el.value.length); }
  }, []);
  const cleaned = collapse(text);
  const tooLong = cleaned.length > MAX_STATEMENT_CHARS;
  const base = `edit-${statement.id}`;

  async function save() {
    if (!cleaned || tooLong || saving) return;
    if (cleaned === statement.text) return onDone(false);
    const result = await update({ id: statement.id, text: cleaned });
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ code: "NETWORK", message: failure }]);
    const payload = result.data!.updateReportStatement;
    if (payload.errors.length) return setErrors(payload.errors);
    const saved = payload.statement!;
    toast(saved.checkStatus === "FLAGGED" ? `Saved, and flagged: ${saved.unsupported.join(", ")} not found in the cited entries.` : "Saved; the statement passed the check.");
    onDone(true);
  }

  return (
    <form class="statement-editor" aria-label="Edit statement" onSubmit={(e) => { e.preventDefault(); void save(); }}
      onKeyDown={(e) => { if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); onDone(false); } }} noValidate>
      <label class="visually-hidden" for={base}>Statement text</label>
      <textarea id={base} ref={area} rows={3} value={text} aria-describedby={`${base}-check ${base}-count`}
        aria-invalid={!cleaned || tooLong ? true : undefined}
        onInput={(e) => { setText(e.currentTarget.value); setErrors([]); }}
        onKeyDown={(e) => { if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); void save(); } }} />
      <p id={`${base}-check`} class="check-state small" role="status" aria-live="polite">
        <CheckState id={statement.id} text={cleaned} />
      </p>
      <FormErrors errors={errors} />
      <div class="actions">
        <button type="submit" class="small" disabled={saving || !cleaned || tooLong}>{saving ? "Saving…" : "Save"}</button>
        <button type="button" class="small secondary" onClick={() => onDone(false)}>Cancel</button>
        <span id={`${base}-count`} class={`small ${tooLong ? "error" : "muted"}`}>
          {cleaned.length.toLocaleString("en-US")} / {MAX_STATEMENT_CHARS.toLocaleString("en-US")} characters · Enter saves, Escape cancels
        </span>
      </div>
    </form>
  );
}

type Props = {
  sections: Section[];
  editable: boolean;
  selected: string | null;
  onSelect: (id: string | null) => void;
  /** After an edit, a deletion or a move: the report is read again (revision, verification, order). */
  onChanged: () => Promise<unknown>;
};

export function Statements({ sections, editable, selected, onSelect, onChanged }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Statement | null>(null);
  const [busy, setBusy] = useState(false);
  const [, move] = useMutation(MoveReportStatementOp);
  const [, remove] = useMutation(DeleteReportStatementOp);
  // Where the focus goes once the report is read again (the moved statement's button, the next statement…).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    const el = document.getElementById(focusNext.current) as HTMLElement | null;
    if (el && !(el as HTMLButtonElement).disabled) { el.focus(); focusNext.current = null; }
  });

  function failed(result: { error?: Parameters<typeof messageOfError>[0]; errors?: readonly UserErrorLike[] }): boolean {
    const failure = messageOfError(result.error) ?? (result.errors?.[0] ? messageFor(result.errors[0].code, result.errors[0].message) : null);
    if (failure) toast(failure, "error");
    return !!failure;
  }

  async function moveBy(section: Section, index: number, step: -1 | 1) {
    const statement = section.statements[index];
    const position = index + step;
    setBusy(true);
    const result = await move({ id: statement.id, position });
    if (!failed({ error: result.error, errors: result.data?.moveReportStatement.errors })) {
      const last = section.statements.length - 1;
      // Keep the focus on the button pressed, or on its twin once the statement reached an end.
      const dir = step < 0 ? (position === 0 ? "down" : "up") : (position === last ? "up" : "down");
      focusNext.current = `move-${dir}-${statement.id}`;
      toast(`Moved to place ${position + 1} of ${section.statements.length} in “${short(section.heading, 40)}”.`);
      await onChanged();
    }
    setBusy(false);
  }

  async function confirmDelete() {
    const statement = deleting!;
    setDeleting(null);
    const all = sections.flatMap((s) => s.statements);
    const index = all.findIndex((x) => x.id === statement.id);
    const neighbour = all[index + 1] ?? all[index - 1];
    setBusy(true);
    const result = await remove({ id: statement.id });
    if (!failed({ error: result.error, errors: result.data?.deleteReportStatement.errors })) {
      if (selected === statement.id) onSelect(null);
      focusNext.current = neighbour ? `edit-btn-${neighbour.id}` : null;
      toast("Statement deleted.");
      await onChanged();
    }
    setBusy(false);
  }

  async function doneEditing(statement: Statement, saved: boolean) {
    focusNext.current = `edit-btn-${statement.id}`;
    setEditing(null);
    if (saved) await onChanged();
  }

  return (
    <>
      {/* A section whose last statement was deleted is left out, as in every format. */}
      {sections.filter((section) => section.statements.length > 0).map((section) => (
        <section key={section.id} aria-labelledby={`sec-${section.id}`}>
          <h2 id={`sec-${section.id}`} tabIndex={-1}>{section.heading}</h2>
          <ol class="plain statements">
            {section.statements.map((s, i) => {
              const flagged = s.checkStatus === "FLAGGED";
              const name = `“${short(s.text)}”`;
              return (
                <li key={s.id} class={`statement ${s.id === selected ? "selected" : ""} ${flagged ? "flagged" : ""}`} data-testid="statement">
                  {editing === s.id ? <Editor statement={s} onDone={(saved) => void doneEditing(s, saved)} /> : <>
                    <p class="statement-text">{s.text}</p>
                    {flagged && <p class="warn-text small flag"><strong>Flagged:</strong> not found in the cited entries: {s.unsupported.join(", ") || "it cites no entry"}</p>}
                  </>}
                  {editing !== s.id && (
                    <div class="statement-tools">
                      <button type="button" class="link cite" aria-pressed={s.id === selected} onClick={() => onSelect(s.id === selected ? null : s.id)}>
                        {s.citations.length} {s.citations.length === 1 ? "source" : "sources"}
                        <span class="visually-hidden"> of {name}</span>
                      </button>
                      {editable && <>
                        <button type="button" class="link" id={`edit-btn-${s.id}`} disabled={busy} onClick={() => setEditing(s.id)}>
                          Edit<span class="visually-hidden"> {name}</span>
                        </button>
                        <button type="button" class="small secondary arrow" id={`move-up-${s.id}`} aria-label={`Move up: ${name}`}
                          disabled={busy || i === 0} onClick={() => void moveBy(section, i, -1)}>↑</button>
                        <button type="button" class="small secondary arrow" id={`move-down-${s.id}`} aria-label={`Move down: ${name}`}
                          disabled={busy || i === section.statements.length - 1} onClick={() => void moveBy(section, i, 1)}>↓</button>
                        <button type="button" class="link danger" disabled={busy} onClick={() => setDeleting(s)}>
                          Delete<span class="visually-hidden"> {name}</span>
                        </button>
                      </>}
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      <Dialog title="Delete this statement?" open={deleting !== null} onClose={() => setDeleting(null)}>
        <blockquote class="muted">{deleting?.text}</blockquote>
        <p>It leaves this version of the report and its downloads; the entries it cites stay in your log.</p>
        <div class="actions end">
          <button type="button" class="secondary" onClick={() => setDeleting(null)}>Keep it</button>
          <button type="button" class="danger" onClick={() => void confirmDelete()}>Delete statement</button>
        </div>
      </Dialog>
    </>
  );
}
