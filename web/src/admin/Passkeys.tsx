// Invites: create one (shown once, with a copy button that says "Copied"), list by state with usage, revoke.
import { useMutation, useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { messageFor, messageOfError } from "../app/errors";
import { dateTime } from "../app/format";
import { Badge, Dialog, ErrorNote, Field, FormErrors, Loading, copyText, fieldError, toast, useFormErrors } from "../app/ui";
import { graphql } from "../gql";
import type { PasskeyStatus } from "../gql/graphql";

const PasskeysOp = graphql(`
  query AdminPasskeys($status: PasskeyStatus, $first: Int!, $after: String) {
    admin {
      passkeys(status: $status, first: $first, after: $after) {
        edges { cursor node { id prefix status notes createdAt expiresAt usedAt revokedAt createdBy { id username } usedBy { id username } } }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

const CreatePasskeyOp = graphql(`
  mutation CreateInvitePasskey($input: CreateInvitePasskeyInput!) {
    createInvitePasskey(input: $input) { passkey invite { id prefix expiresAt } errors { field message code } }
  }
`);

const RevokePasskeyOp = graphql(`
  mutation RevokeInvitePasskey($id: ID!) {
    revokeInvitePasskey(id: $id) { invite { id status revokedAt } errors { field message code } }
  }
`);

const TONES: Record<PasskeyStatus, "ok" | "info" | "warn" | "bad"> = { ACTIVE: "ok", USED: "info", EXPIRED: "warn", REVOKED: "bad" };
const STATES: (PasskeyStatus | null)[] = ["ACTIVE", "USED", "EXPIRED", "REVOKED", null];

export default function Passkeys() {
  const [status, setStatus] = useState<PasskeyStatus | null>("ACTIVE");
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: PasskeysOp, variables: { status, first: 25, after } });
  const [revoking, setRevoking] = useState<{ id: string; prefix: string } | null>(null);
  const [, revoke] = useMutation(RevokePasskeyOp);
  const list = data?.admin.passkeys;

  async function confirmRevoke() {
    const target = revoking!;
    const result = await revoke({ id: target.id });
    setRevoking(null);
    const failure = messageOfError(result.error) ?? (result.data?.revokeInvitePasskey.errors[0] ? messageFor(result.data.revokeInvitePasskey.errors[0].code) : null);
    toast(failure ?? `Invite ${target.prefix}… revoked.`, failure ? "error" : "info");
  }

  return (
    <>
      <h1>Invites</h1>
      <CreateInvite />
      <div class="tabs" role="group" aria-label="Show invites">
        {STATES.map((s) => (
          <button key={String(s)} type="button" class="tab" aria-pressed={status === s} onClick={() => { setStatus(s); setAfter(null); }}>
            {s ? s.toLowerCase() : "all"}
          </button>
        ))}
      </div>
      <ErrorNote text={messageOfError(error)} />
      {!list ? <Loading /> : list.totalCount === 0 ? <p class="muted">No invites here.</p> : (
        <table class="responsive" aria-label="Invite passkeys">
          <thead><tr><th scope="col">Key</th><th scope="col">State</th><th scope="col">Notes</th><th scope="col">Created</th><th scope="col">Expires</th><th scope="col">Used</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {list.edges.map(({ node: p }) => (
              <tr key={p.id}>
                <td data-label="Key"><code>{p.prefix}…</code></td>
                <td data-label="State"><Badge tone={TONES[p.status]}>{p.status.toLowerCase()}</Badge></td>
                <td data-label="Notes">{p.notes || "—"}</td>
                <td data-label="Created">{dateTime(p.createdAt)} by {p.createdBy?.username ?? "—"}</td>
                <td data-label="Expires">{dateTime(p.expiresAt)}</td>
                <td data-label="Used">{p.usedAt ? `${dateTime(p.usedAt)} by ${p.usedBy?.username ?? "—"}` : "—"}</td>
                <td data-label="">{p.status === "ACTIVE" && <button type="button" class="danger small" onClick={() => setRevoking(p)}>Revoke</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list?.pageInfo.hasNextPage && <p><button type="button" class="secondary" disabled={fetching} onClick={() => setAfter(list.pageInfo.endCursor)}>More</button></p>}
      <Dialog title="Revoke this invite?" open={revoking !== null} onClose={() => setRevoking(null)}>
        <p>Nobody will be able to sign up with <code>{revoking?.prefix}…</code> any more.</p>
        <div class="actions end">
          <button type="button" class="secondary" onClick={() => setRevoking(null)}>Keep it</button>
          <button type="button" class="danger" onClick={() => void confirmRevoke()}>Revoke</button>
        </div>
      </Dialog>
    </>
  );
}

function CreateInvite() {
  const [{ fetching }, create] = useMutation(CreatePasskeyOp);
  const [errors, setErrors, dropErrors] = useFormErrors();
  const [created, setCreated] = useState<{ passkey: string; expiresAt: string } | null>(null);
  const [copied, setCopied] = useState<"link" | "key" | "failed" | null>(null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const v = new FormData(form);
    const email = String(v.get("email") ?? "").trim();
    const result = await create({ input: { expiresDays: Number(v.get("expiresDays")), notes: String(v.get("notes") ?? "").trim(), email: email || null } });
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ code: "NETWORK", message: failure }]);
    const payload = result.data!.createInvitePasskey;
    if (payload.errors.length) return setErrors(payload.errors);
    setErrors([]);
    form.reset();
    setCopied(null);
    setCreated({ passkey: payload.passkey!, expiresAt: payload.invite!.expiresAt });
  }

  const link = created ? `${location.origin}/signup#passkey=${encodeURIComponent(created.passkey)}` : "";
  const copy = async (what: "link" | "key") => setCopied((await copyText(what === "link" ? link : created!.passkey)) ? what : "failed");

  return (
    <>
      <form onInput={dropErrors} class="card inline" aria-label="Create invite" onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Expires in (days)" name="expiresDays" type="number" min={1} max={365} defaultValue="7" error={fieldError(errors, "expiresDays")} />
        <Field label="Notes" name="notes" placeholder="Who is it for?" error={fieldError(errors, "notes")} />
        <Field label="Email the invite to (optional)" name="email" type="email" autocomplete="off" error={fieldError(errors, "email")} />
        <FormErrors errors={errors} fields={["expiresDays", "notes", "email"]} />
        <button type="submit" disabled={fetching}>Create invite</button>
      </form>
      <Dialog title="Invite created" open={created !== null} onClose={() => setCreated(null)}>
        <p>Send this link to the person you invite. It is shown <strong>only now</strong>; it expires {dateTime(created?.expiresAt)}.</p>
        <p class="label">Invite link</p>
        <code class="secret" data-testid="new-invite-link">{link}</code>
        <p class="label">Passkey</p>
        <code class="secret" data-testid="new-passkey">{created?.passkey}</code>
        <div class="actions">
          <button type="button" onClick={() => void copy("link")}>{copied === "link" ? "Copied ✓" : "Copy link"}</button>
          <button type="button" class="secondary" onClick={() => void copy("key")}>{copied === "key" ? "Copied ✓" : "Copy passkey"}</button>
          <span role="status" class="muted">{copied === "failed" ? "Copy did not work here; select the text instead." : copied ? "Copied to the clipboard." : ""}</span>
        </div>
        <div class="actions end"><button type="button" class="secondary" onClick={() => setCreated(null)}>Done</button></div>
      </Dialog>
    </>
  );
}
