// Confidential terms: client names, codenames, figures that must not leave AfterResume. Before any text goes to
// an external text generator each term is replaced by a numbered placeholder, and the answer gets the real
// spelling back, so reports read as written while the generator never sees the names.
import { useMutation, useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { messageFor, messageOfError, type UserErrorLike } from "../app/errors";
import { ErrorNote, Loading, toast, useFormErrors } from "../app/ui";
import { graphql } from "../gql";

const ConfidentialTermsOp = graphql(`
  query ConfidentialTerms {
    me { id confidentialTerms }
  }
`);

const SetConfidentialTermsOp = graphql(`
  mutation SetConfidentialTerms($terms: [String!]!) {
    setConfidentialTerms(terms: $terms) { confidentialTerms errors { field message code } }
  }
`);

/** One term a line; blank lines are not terms. */
export function termsOf(text: string): string[] {
  return text.split("\n").map((t) => t.trim()).filter(Boolean);
}

/** An error about `terms[3]` names that term, so it is plain which line to fix. */
function termError(e: UserErrorLike, terms: string[]): string {
  const at = /^terms\[(\d+)\]$/.exec(e.field ?? "");
  const text = messageFor(e.code, e.message);
  const term = at ? terms[Number(at[1])] : undefined;
  return term === undefined ? text : `“${term.length > 24 ? `${term.slice(0, 24)}…` : term}”: ${text}`;
}

export function ConfidentialTerms() {
  const [{ data, fetching, error }] = useQuery({ query: ConfidentialTermsOp });
  const [{ fetching: saving }, save] = useMutation(SetConfidentialTermsOp);
  const [errors, setErrors, dropErrors] = useFormErrors();
  const [draft, setDraft] = useState<string | null>(null);
  const stored = data?.me?.confidentialTerms;
  const text = draft ?? stored?.join("\n") ?? "";

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const terms = termsOf(text);
    const result = await save({ terms });
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ code: "NETWORK", message: failure }]);
    const payload = result.data!.setConfidentialTerms;
    if (payload.errors.length) return setErrors(payload.errors.map((e) => ({ ...e, message: termError(e, terms) })));
    setErrors([]);
    setDraft(null);
    const n = payload.confidentialTerms!.length;
    toast(n ? `${n} confidential ${n === 1 ? "term is" : "terms are"} kept from text generators.` : "No confidential terms now.");
  }

  return (
    <section class="card" aria-labelledby="terms-head">
      <h2 id="terms-head">Confidential terms</h2>
      <p class="muted">
        Client names, codenames, unreleased figures: before any of your entries is sent to an external text generator, each term is
        replaced by a placeholder (matched without regard to case, whole words only), and the generator's answer gets your spelling back.
        Your reports read as you wrote them; the generator never sees the names. A report's progress says how many terms were redacted,
        never which, and staff see only how many terms you keep.
      </p>
      <ErrorNote text={messageOfError(error)} />
      {!stored ? (fetching ? <Loading /> : null) : (
        <form class="stack" aria-label="Confidential terms" onInput={dropErrors} onSubmit={(e) => void submit(e)} noValidate>
          <div class="field">
            <label for="confidential-terms">Terms, one a line (up to 200, each up to 100 characters)</label>
            <textarea id="confidential-terms" name="terms" rows={5} spellcheck={false} value={text}
              onInput={(e) => setDraft(e.currentTarget.value)} />
          </div>
          {errors.length > 0 && <div class="error" role="alert">{errors.map((e) => <p key={e.message}>{e.message}</p>)}</div>}
          <div class="actions">
            <button type="submit" disabled={saving || draft === null}>Save terms</button>
            {draft !== null && <button type="button" class="secondary" onClick={() => { setDraft(null); setErrors([]); }}>Undo changes</button>}
          </div>
        </form>
      )}
      {stored && stored.length > 0 && (
        <table class="responsive" aria-label="How terms are sent">
          <caption class="muted">How each saved term is sent to a text generator</caption>
          <thead><tr><th scope="col">Your term</th><th scope="col">Sent as</th></tr></thead>
          <tbody>
            {stored.map((t, i) => (
              <tr key={t}><td data-label="Your term">{t}</td><td data-label="Sent as"><code>[CLIENT-{i + 1}]</code></td></tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
