// Delete with undo: the entry disappears at once and is deleted for real a few seconds later, unless undone.
import { signal } from "@preact/signals";
import { client } from "../app/client";
import { messageOfError, messageFor } from "../app/errors";
import { toast } from "../app/ui";
import { graphql } from "../gql";

const DeleteWorklogOp = graphql(`
  mutation DeleteWorklog($id: ID!) {
    deleteWorklog(id: $id) { deletedId errors { field message code } }
  }
`);

export const UNDO_MS = 6000;
export const pendingDeletes = signal<ReadonlySet<string>>(new Set());
const timers = new Map<string, number>();

function forget(id: string): void {
  const next = new Set(pendingDeletes.value);
  next.delete(id);
  pendingDeletes.value = next;
  timers.delete(id);
}

async function commit(id: string): Promise<void> {
  const result = await client.mutation(DeleteWorklogOp, { id }).toPromise();
  const failure = messageOfError(result.error) ?? (result.data?.deleteWorklog.errors[0] ? messageFor(result.data.deleteWorklog.errors[0].code, result.data.deleteWorklog.errors[0].message) : null);
  forget(id);
  if (failure) toast(failure, "error");
}

export function deleteWithUndo(id: string): void {
  pendingDeletes.value = new Set([...pendingDeletes.value, id]);
  timers.set(id, window.setTimeout(() => void commit(id), UNDO_MS));
  toast("Entry deleted.", "info", {
    label: "Undo",
    run: () => { window.clearTimeout(timers.get(id)); forget(id); },
  }, UNDO_MS);
}

// Leaving the page carries out the deletions the user did not undo.
window.addEventListener("pagehide", () => {
  for (const [id, timer] of timers) {
    window.clearTimeout(timer);
    void fetch("/graphql", {
      method: "POST", keepalive: true, credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "mutation DeleteWorklog($id: ID!) { deleteWorklog(id: $id) { deletedId } }", variables: { id } }),
    });
  }
});
