import { useState } from "preact/hooks";
import { client } from "../app/client";
import { messageOfError } from "../app/errors";
import { navigate, query } from "../app/router";
import { recheckSystemStatus } from "../app/Maintenance";
import { Field, FormErrors, fieldError, useFormErrors } from "../app/ui";
import { graphql } from "../gql";
import { refreshViewer } from "./session";

const LoginOp = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) { user { id } errors { field message code } }
  }
`);

export default function Login() {
  const [errors, setErrors, dropErrors] = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    const result = await client.mutation(LoginOp, {
      input: { username: String(form.get("username")), password: String(form.get("password")), rememberMe: form.get("remember") === "on" },
    }).toPromise();
    setBusy(false);
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ message: failure, code: "NETWORK" }]);
    const payload = result.data!.login;
    if (payload.errors.some((e) => e.code === "LOCKDOWN")) recheckSystemStatus(); // the notice says why
    if (payload.errors.length) return setErrors(payload.errors);
    await refreshViewer();
    const next = query.value.get("next");
    navigate(next && next.startsWith("/") && !next.startsWith("//") ? next : "/", { replace: true });
  }

  return (
    <main class="narrow">
      <h1>Sign in</h1>
      <form onInput={dropErrors} class="card stack" aria-label="Sign in" onSubmit={submit} noValidate>
        <Field label="Username or email" name="username" autocomplete="username" required autofocus error={fieldError(errors, "username")} />
        <Field label="Password" name="password" type="password" autocomplete="current-password" required error={fieldError(errors, "password")} />
        <label class="check"><input type="checkbox" name="remember" /> Keep me signed in for 30 days</label>
        <FormErrors errors={errors} fields={["username", "password"]} />
        <button type="submit" disabled={busy}>{busy ? "Signing in…" : "Sign in"}</button>
      </form>
      <p class="muted"><a href="/forgot-password">Forgot your password?</a></p>
      <p class="muted">Have an invite? <a href="/signup">Create your account</a>.</p>
    </main>
  );
}
