// The viewer's account: profile facts, employment history, confidential terms, password; sessions and API
// tokens (see Positions, ConfidentialTerms, Sessions, ApiTokens).
import { useMutation } from "@urql/preact";
import { messageOfError } from "../app/errors";
import { Field, FormErrors, fieldError, toast, useFormErrors } from "../app/ui";
import { viewer } from "../auth/session";
import { graphql } from "../gql";
import { ApiTokens } from "./ApiTokens";
import { ConfidentialTerms } from "./ConfidentialTerms";
import { Positions } from "./Positions";
import { Sessions } from "./Sessions";

const ChangePasswordOp = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { user { id } errors { field message code } }
  }
`);

export default function Account() {
  const me = viewer.value!;
  return (
    <main>
      <h1>Account</h1>
      <section class="card" aria-labelledby="profile-head">
        <h2 id="profile-head">Profile</h2>
        <dl class="facts">
          <dt>Username</dt><dd>{me.username}</dd>
          <dt>Email</dt><dd>{me.email}</dd>
          <dt>Tenant</dt><dd>{me.tenant?.name ?? "—"}</dd>
          <dt>Role</dt><dd>{me.isSuperuser ? "superuser" : me.isStaff ? "staff" : "member"}</dd>
        </dl>
        <p class="muted">The low-balance policy is on the <a href="/billing">billing page</a>.</p>
      </section>
      <Positions />
      <ConfidentialTerms />
      <ChangePassword />
      <Sessions />
      <ApiTokens />
    </main>
  );
}

function ChangePassword() {
  const [{ fetching }, change] = useMutation(ChangePasswordOp);
  const [errors, setErrors, dropErrors] = useFormErrors();
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const v = new FormData(form);
    const result = await change({ input: { oldPassword: String(v.get("old")), newPassword: String(v.get("new")) } });
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ code: "NETWORK", message: failure }]);
    const payload = result.data!.changePassword;
    if (payload.errors.length) return setErrors(payload.errors);
    setErrors([]);
    form.reset();
    toast("Password changed; your other sessions were signed out.");
  }
  return (
    <form onInput={dropErrors} class="card stack" aria-labelledby="password-head" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="password-head">Change password</h2>
      <Field label="Current password" name="old" type="password" autocomplete="current-password" error={fieldError(errors, "oldPassword")} />
      <Field label="New password (10+ characters)" name="new" type="password" autocomplete="new-password" error={fieldError(errors, "newPassword")} />
      <FormErrors errors={errors} fields={["oldPassword", "newPassword"]} />
      <div><button type="submit" disabled={fetching}>Change password</button></div>
    </form>
  );
}
