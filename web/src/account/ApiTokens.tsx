// Personal API tokens for scripts: create with a name (shown once, with copy), list with last use, revoke.
import { useMutation, useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { messageFor, messageOfError } from "../app/errors";
import { dateTime } from "../app/format";
import { Dialog, ErrorNote, Field, FormErrors, Loading, copyText, fieldError, toast, useFormErrors } from "../app/ui";
import { graphql } from "../gql";

const ApiTokensOp = graphql(`
  query ApiTokens {
    me { id apiTokens { id name prefix createdAt lastUsedAt expiresAt } }
  }
`);

const CreateApiTokenOp = graphql(`
  mutation CreateApiToken($name: String!, $expiresDays: Int) {
    createApiToken(name: $name, expiresDays: $expiresDays) {
      token apiToken { id name prefix createdAt lastUsedAt expiresAt } errors { field message code }
    }
  }
`);

const RevokeApiTokenOp = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) { apiToken { id } errors { field message code } }
  }
`);

const EXPIRY: { days: number | null; label: string }[] = [
  // The first is the default, also after the form is reset.
  { days: 90, label: "90 days" }, { days: 30, label: "30 days" }, { days: 365, label: "1 year" }, { days: null, label: "Never" },
];

interface Token { id: string; name: string; prefix: string }

export function ApiTokens() {
  const [{ data, fetching, error }] = useQuery({ query: ApiTokensOp });
  const [revoking, setRevoking] = useState<Token | null>(null);
  const [revokeState, revoke] = useMutation(RevokeApiTokenOp);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const tokens = data?.me?.apiTokens;

  async function confirmRevoke() {
    const token = revoking!;
    const result = await revoke({ id: token.id });
    const err = messageOfError(result.error) ?? (result.data?.revokeApiToken.errors[0] ? messageFor(result.data.revokeApiToken.errors[0].code) : null);
    if (err) return setRevokeError(err);
    setRevoking(null);
    toast(`The token “${token.name}” was revoked.`);
  }

  return (
    <section class="card" aria-labelledby="tokens-head">
      <h2 id="tokens-head">API tokens</h2>
      <p class="muted">For scripts: send <code>Authorization: Bearer &lt;token&gt;</code> to <code>/graphql</code>. A token acts as you; revoke any you no longer use.</p>
      <CreateToken />
      <ErrorNote text={messageOfError(error)} />
      {!tokens ? (fetching ? <Loading /> : null) : tokens.length === 0 ? <p class="muted">No API tokens yet.</p> : (
        <table class="responsive" aria-label="API tokens">
          <thead><tr><th scope="col">Name</th><th scope="col">Token</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col">Expires</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td data-label="Name">{t.name}</td>
                <td data-label="Token"><code>{t.prefix}…</code></td>
                <td data-label="Created">{dateTime(t.createdAt)}</td>
                <td data-label="Last used">{t.lastUsedAt ? dateTime(t.lastUsedAt) : "never"}</td>
                <td data-label="Expires">{t.expiresAt ? dateTime(t.expiresAt) : "never"}</td>
                <td data-label=""><button type="button" class="danger small" aria-label={`Revoke ${t.name}`} onClick={() => { setRevokeError(null); setRevoking(t); }}>Revoke</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Dialog title={`Revoke “${revoking?.name ?? ""}”?`} open={revoking !== null} onClose={() => setRevoking(null)}>
        <p>Scripts using <code>{revoking?.prefix}…</code> will be refused from now on. This cannot be undone.</p>
        <ErrorNote text={revokeError} />
        <div class="actions end">
          <button type="button" class="secondary" onClick={() => setRevoking(null)}>Keep it</button>
          <button type="button" class="danger" disabled={revokeState.fetching} onClick={() => void confirmRevoke()}>Revoke</button>
        </div>
      </Dialog>
    </section>
  );
}

function CreateToken() {
  const [{ fetching }, create] = useMutation(CreateApiTokenOp);
  const [errors, setErrors, dropErrors] = useFormErrors();
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const v = new FormData(form);
    const expires = String(v.get("expires"));
    const result = await create({ name: String(v.get("name") ?? "").trim(), expiresDays: expires === "never" ? null : Number(expires) });
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ code: "NETWORK", message: failure }]);
    const payload = result.data!.createApiToken;
    if (payload.errors.length) return setErrors(payload.errors);
    setErrors([]);
    form.reset();
    setCopied(null);
    setCreated({ token: payload.token!, name: payload.apiToken!.name });
  }

  const copy = async () => setCopied((await copyText(created!.token)) ? "yes" : "failed");

  return (
    <>
      <form onInput={dropErrors} class="inline spaced" aria-label="Create API token" onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Token name" name="name" maxLength={100} placeholder="What will use it?" error={fieldError(errors, "name")} />
        <div class="field">
          <label for="token-expires">Expires</label>
          <select id="token-expires" name="expires">
            {EXPIRY.map((e) => <option key={e.label} value={e.days === null ? "never" : String(e.days)}>{e.label}</option>)}
          </select>
        </div>
        <FormErrors errors={errors} fields={["name"]} />
        <button type="submit" disabled={fetching}>Create token</button>
      </form>
      <Dialog title="API token created" open={created !== null} onClose={() => setCreated(null)}>
        <p>Copy the token for “{created?.name}” now: it is shown <strong>only once</strong>. Keep it secret, like a password.</p>
        <code class="secret" data-testid="new-api-token">{created?.token}</code>
        <div class="actions">
          <button type="button" onClick={() => void copy()}>{copied === "yes" ? "Copied ✓" : "Copy token"}</button>
          <span role="status" class="muted">{copied === "failed" ? "Copy did not work here; select the text instead." : copied ? "Copied to the clipboard." : ""}</span>
        </div>
        <div class="actions end"><button type="button" class="secondary" onClick={() => setCreated(null)}>Done</button></div>
      </Dialog>
    </>
  );
}
