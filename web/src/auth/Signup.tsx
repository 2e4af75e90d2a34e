import { useState } from "preact/hooks";
import { client } from "../app/client";
import { messageOfError } from "../app/errors";
import { navigate, query } from "../app/router";
import { recheckSystemStatus } from "../app/Maintenance";
import { Field, FormErrors, fieldError, useFormErrors } from "../app/ui";
import { graphql } from "../gql";
import { refreshViewer } from "./session";

const SignupOp = graphql(`
  mutation Signup($input: SignupInput!) {
    signup(input: $input) { user { id } errors { field message code } }
  }
`);

/** An invite link carries the passkey in its fragment (#passkey=…), which never reaches a server log. */
function passkeyFromLink(): string {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ""));
  return fragment.get("passkey") ?? query.value.get("passkey") ?? "";
}

export default function Signup() {
  const [errors, setErrors, dropErrors] = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [passkey] = useState(passkeyFromLink);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? "");
    setBusy(true);
    const result = await client.mutation(SignupOp, {
      input: { passkey: value("passkey").trim(), username: value("username").trim(), email: value("email").trim(), password: value("password") },
    }).toPromise();
    setBusy(false);
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ message: failure, code: "NETWORK" }]);
    const payload = result.data!.signup;
    if (payload.errors.some((e) => e.code === "LOCKDOWN")) recheckSystemStatus(); // the notice says why
    if (payload.errors.length) return setErrors(payload.errors);
    history.replaceState(null, "", "/signup"); // drop the spent passkey from the address bar
    await refreshViewer();
    navigate("/", { replace: true });
  }

  const fields = ["passkey", "username", "email", "password"];
  return (
    <main class="narrow">
      <h1>Create your account</h1>
      <form onInput={dropErrors} class="card stack" aria-label="Sign up" onSubmit={submit} noValidate>
        <Field label="Invite passkey" name="passkey" defaultValue={passkey} autocomplete="off" spellcheck={false} required error={fieldError(errors, "passkey")} />
        <Field label="Username" name="username" autocomplete="username" required error={fieldError(errors, "username")} />
        <Field label="Email" name="email" type="email" autocomplete="email" required error={fieldError(errors, "email")} />
        <Field label="Password (10+ characters)" name="password" type="password" autocomplete="new-password" minLength={10} required error={fieldError(errors, "password")} />
        <FormErrors errors={errors} fields={fields} />
        <button type="submit" disabled={busy}>{busy ? "Creating…" : "Sign up"}</button>
      </form>
      <p class="muted">Already have an account? <a href="/login">Sign in</a>.</p>
    </main>
  );
}
