// Password recovery: "forgot password" asks for an address and always answers the same ("check your email"),
// so nobody learns which addresses have accounts; the emailed link opens the reset page with the token in the
// URL fragment (never sent to the server in a request line or kept in logs), which sets a new password.
import { useState } from "preact/hooks";
import { client } from "../app/client";
import { messageOfError } from "../app/errors";
import { navigate } from "../app/router";
import { Field, FormErrors, fieldError, toast, useFormErrors } from "../app/ui";
import { graphql } from "../gql";

const RequestPasswordResetOp = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email) { ok errors { field message code } }
  }
`);

const ResetPasswordOp = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) { user { id } errors { field message code } }
  }
`);

export function ForgotPassword() {
  const [errors, setErrors, dropErrors] = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget as HTMLFormElement).get("email") ?? "").trim();
    setBusy(true);
    const result = await client.mutation(RequestPasswordResetOp, { email }).toPromise();
    setBusy(false);
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ message: failure, code: "NETWORK" }]);
    const payload = result.data!.requestPasswordReset;
    if (payload.errors.length) return setErrors(payload.errors);
    setSentTo(email);
  }

  return (
    <main class="narrow">
      <h1>Forgot your password?</h1>
      {sentTo ? (
        <div class="card" role="status">
          <h2>Check your email</h2>
          <p>If an account uses <strong>{sentTo}</strong>, a link to set a new password is on its way. It works once and expires within the hour.</p>
          <p><a href="/login">Back to sign in</a></p>
        </div>
      ) : (
        <form onInput={dropErrors} class="card stack" aria-label="Forgot password" onSubmit={(e) => void submit(e)} noValidate>
          <Field label="Email" name="email" type="email" autocomplete="email" required autofocus error={fieldError(errors, "email")} />
          <FormErrors errors={errors} fields={["email"]} />
          <button type="submit" disabled={busy}>{busy ? "Sending…" : "Email me a reset link"}</button>
        </form>
      )}
    </main>
  );
}

export function ResetPassword() {
  const [errors, setErrors, dropErrors] = useFormErrors();
  const [busy, setBusy] = useState(false);
  const token = new URLSearchParams(location.hash.slice(1)).get("token") ?? "";

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const newPassword = String(new FormData(event.currentTarget as HTMLFormElement).get("newPassword") ?? "");
    setBusy(true);
    const result = await client.mutation(ResetPasswordOp, { token, newPassword }).toPromise();
    setBusy(false);
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ message: failure, code: "NETWORK" }]);
    const payload = result.data!.resetPassword;
    if (payload.errors.length) return setErrors(payload.errors);
    history.replaceState(null, "", location.pathname);
    toast("Your password is set. Sign in with it.");
    navigate("/login", { replace: true });
  }

  return (
    <main class="narrow">
      <h1>Set a new password</h1>
      {!token ? (
        <div class="card">
          <p class="error" role="alert">This page needs the link from the email. Ask for a new one if it is lost.</p>
          <p><a href="/forgot-password">Ask for a new link</a></p>
        </div>
      ) : (
        <form onInput={dropErrors} class="card stack" aria-label="Set a new password" onSubmit={(e) => void submit(e)} noValidate>
          <Field label="New password (10+ characters)" name="newPassword" type="password" autocomplete="new-password" required autofocus error={fieldError(errors, "newPassword")} />
          <FormErrors errors={errors} fields={["newPassword"]} />
          <button type="submit" disabled={busy}>{busy ? "Saving…" : "Set password"}</button>
          <p class="muted">Every session and API token of the account ends; sign in again afterwards.</p>
        </form>
      )}
    </main>
  );
}
