import { gql } from "../api/client";
import type { LoginPayload, SignupPayload } from "../generated/schema";
import { navigate } from "../router";
import { refreshViewer } from "../session";
import { field, formValues, h, mount, showErrors } from "../ui";

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { username } errors { field message code } } }`;
const SIGNUP = `mutation($input: SignupInput!) { signup(input: $input) { user { username } errors { field message code } } }`;

function input(name: string, type = "text", extra: Record<string, unknown> = {}): HTMLInputElement {
  return h("input", { name, type, dataset: { field: name }, required: true, ...extra });
}

export function loginView(root: HTMLElement): void {
  const form = h("form", { class: "card narrow", "aria-label": "Log in" },
    h("h1", {}, "Log in"),
    field("Username or email", input("username", "text", { autocomplete: "username", autofocus: true })),
    field("Password", input("password", "password", { autocomplete: "current-password" })),
    h("label", { class: "check" }, h("input", { type: "checkbox", name: "rememberMe" }), "Keep me logged in for 30 days"),
    h("button", { type: "submit" }, "Log in"),
    h("p", { class: "muted" }, "Have an invite? ", h("a", { href: "#/signup" }, "Create your account")),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const v = formValues(form);
    const data = await gql<{ login: LoginPayload }>(LOGIN, {
      input: { username: v.username, password: v.password, rememberMe: v.rememberMe === "on" },
    });
    if (data.login.errors.length) return showErrors(form, data.login.errors);
    await refreshViewer();
    navigate("/");
  });
  mount(root, form);
}

export function signupView(root: HTMLElement, params: URLSearchParams): void {
  const form = h("form", { class: "card narrow", "aria-label": "Sign up" },
    h("h1", {}, "Create your account"),
    h("p", { class: "muted" }, "AfterResume is invite-only: paste the passkey you were given."),
    field("Invite passkey", input("passkey", "text", { value: params.get("passkey") ?? "", autocomplete: "off" })),
    field("Username", input("username", "text", { autocomplete: "username" })),
    field("Email", input("email", "email", { autocomplete: "email" })),
    field("Password (10+ characters)", input("password", "password", { autocomplete: "new-password", minLength: 10 })),
    h("button", { type: "submit" }, "Sign up"),
    h("p", { class: "muted" }, "Already have an account? ", h("a", { href: "#/login" }, "Log in")),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = await gql<{ signup: SignupPayload }>(SIGNUP, { input: formValues(form) });
    if (data.signup.errors.length) return showErrors(form, data.signup.errors);
    await refreshViewer();
    navigate("/");
  });
  mount(root, form);
}
