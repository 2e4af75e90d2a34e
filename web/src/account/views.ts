import { gql } from "../api/client";
import type { ChangePasswordPayload } from "../generated/schema";
import { currentViewer } from "../session";
import { field, formValues, h, mount, showErrors, toast } from "../ui";

const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { errors { field message code } } }`;

export function accountView(root: HTMLElement): void {
  const viewer = currentViewer()!;
  const form = h("form", { class: "card narrow", "aria-label": "Change password" },
    h("h2", {}, "Change password"),
    field("Current password", h("input", { name: "oldPassword", type: "password", required: true, dataset: { field: "oldPassword" }, autocomplete: "current-password" })),
    field("New password", h("input", { name: "newPassword", type: "password", required: true, dataset: { field: "newPassword" }, autocomplete: "new-password" })),
    h("button", { type: "submit" }, "Change password"),
    h("p", { class: "muted" }, "Your other sessions and API tokens will be signed out."),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = await gql<{ changePassword: ChangePasswordPayload }>(CHANGE, { input: formValues(form) });
    if (data.changePassword.errors.length) return showErrors(form, data.changePassword.errors);
    form.reset();
    showErrors(form, []);
    toast("Password changed.");
  });
  mount(root,
    h("section", { class: "card narrow" },
      h("h1", {}, "Account"),
      h("dl", {},
        h("dt", {}, "Username"), h("dd", {}, viewer.username),
        h("dt", {}, "Email"), h("dd", {}, viewer.email),
        h("dt", {}, "Workspace"), h("dd", {}, viewer.tenant?.name ?? "—"))),
    form);
}
