import { gql } from "../api/client";
import type {
  AuditEvent, CreateInvitePasskeyPayload, InvitePasskey, PasskeyStatus, ResetUserPasswordPayload,
  RevokeInvitePasskeyPayload, SetUserActivePayload, User,
} from "../generated/schema";
import { currentViewer } from "../session";
import { type Connection, pagedTable, reloadTable } from "../table";
import { field, formValues, formatDate, h, mount, showErrors, toast } from "../ui";

const PAGE = "edges { cursor node { %s } } pageInfo { hasNextPage endCursor } totalCount";
const page = (fields: string) => PAGE.replace("%s", fields);

export function adminNav(active: string): HTMLElement {
  const links = [["passkeys", "Invites"], ["users", "Users"], ["billing", "Billing"], ["audit", "Audit log"]];
  return h("nav", { class: "subnav", "aria-label": "Admin" },
    ...links.map(([path, label]) => h("a", { href: `#/admin/${path}`, class: path === active ? "active" : "" }, label)));
}

export function passkeysView(root: HTMLElement): void {
  let status: PasskeyStatus | null = "ACTIVE";
  const load = (after: string | null) => gql<{ admin: { passkeys: Connection<InvitePasskey> } }>(
    `query($status: PasskeyStatus, $after: String) { admin { passkeys(status: $status, first: 25, after: $after) {
      ${page("id prefix status notes createdAt expiresAt usedAt createdBy { username } usedBy { username }")} } } }`,
    { status, after }).then((d) => d.admin.passkeys);

  const table = pagedTable<InvitePasskey>("Invite passkeys", [
    { title: "Key", cell: (p) => h("code", {}, `${p.prefix}…`) },
    { title: "Status", cell: (p) => h("span", { class: `badge ${p.status.toLowerCase()}` }, p.status) },
    { title: "Notes", cell: (p) => p.notes || "—" },
    { title: "Created", cell: (p) => `${formatDate(p.createdAt)} by ${p.createdBy?.username ?? "—"}` },
    { title: "Expires", cell: (p) => formatDate(p.expiresAt) },
    { title: "Used", cell: (p) => (p.usedAt ? `${formatDate(p.usedAt)} by ${p.usedBy?.username ?? "—"}` : "—") },
    { title: "", cell: (p) => (p.status === "ACTIVE" ? h("button", { type: "button", class: "danger small", onclick: () => revoke(p) }, "Revoke") : "") },
  ], load);

  async function revoke(p: InvitePasskey): Promise<void> {
    if (!confirm(`Revoke invite ${p.prefix}…?`)) return;
    const data = await gql<{ revokeInvitePasskey: RevokeInvitePasskeyPayload }>(
      `mutation($id: ID!) { revokeInvitePasskey(id: $id) { errors { field message code } } }`, { id: p.id });
    if (data.revokeInvitePasskey.errors.length) return toast(data.revokeInvitePasskey.errors[0].message, "error");
    toast("Invite revoked.");
    await reloadTable(table);
  }

  const created = h("div", { class: "created", "aria-live": "polite" });
  const form = h("form", { class: "inline", "aria-label": "Create invite" },
    field("Expires in (days)", h("input", { name: "expiresDays", type: "number", min: "1", max: "365", value: "7", dataset: { field: "expiresDays" } })),
    field("Notes", h("input", { name: "notes", placeholder: "Who is it for?", dataset: { field: "notes" } })),
    h("button", { type: "submit" }, "Create invite"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const v = formValues(form);
    const data = await gql<{ createInvitePasskey: CreateInvitePasskeyPayload }>(
      `mutation($input: CreateInvitePasskeyInput!) { createInvitePasskey(input: $input) { passkey invite { prefix expiresAt } errors { field message code } } }`,
      { input: { expiresDays: Number(v.expiresDays), notes: v.notes } });
    const payload = data.createInvitePasskey;
    if (payload.errors.length) return showErrors(form, payload.errors);
    showErrors(form, []);
    form.reset();
    const link = `${location.origin}${location.pathname}#/signup?passkey=${encodeURIComponent(payload.passkey!)}`;
    created.replaceChildren(h("p", {}, "New invite — copy it now, it is shown only once:"),
      h("code", { class: "passkey", "data-testid": "new-passkey" }, payload.passkey!),
      h("button", { type: "button", class: "secondary small", onclick: () => navigator.clipboard?.writeText(link) }, "Copy signup link"));
    await reloadTable(table);
  });

  const filter = h("select", { "aria-label": "Status", onchange: () => { status = (filter.value || null) as PasskeyStatus | null; void reloadTable(table); } },
    ...["ACTIVE", "USED", "EXPIRED", "REVOKED", ""].map((s) => h("option", { value: s }, s || "All")));
  mount(root, adminNav("passkeys"), h("h1", {}, "Invites"), h("section", { class: "card" }, form, created), h("div", { class: "toolbar" }, filter), table);
}

export function usersView(root: HTMLElement): void {
  let search = "";
  const load = (after: string | null) => gql<{ admin: { users: Connection<User & { tenant: { name: string } | null }> } }>(
    `query($search: String, $after: String) { admin { users(search: $search, first: 25, after: $after) {
      ${page("id username email fullName isActive isStaff lastLogin dateJoined tenant { name }")} } } }`,
    { search: search || null, after }).then((d) => d.admin.users);
  const me = currentViewer()!;

  const table = pagedTable<User & { tenant: { name: string } | null }>("Users", [
    { title: "User", cell: (u) => h("span", {}, h("strong", {}, u.username), u.isStaff ? h("span", { class: "badge" }, "staff") : null, h("br"), h("small", { class: "muted" }, u.email)) },
    { title: "Workspace", cell: (u) => u.tenant?.name ?? "—" },
    { title: "Last login", cell: (u) => formatDate(u.lastLogin) },
    { title: "Status", cell: (u) => h("span", { class: `badge ${u.isActive ? "active" : "revoked"}` }, u.isActive ? "active" : "disabled") },
    { title: "", cell: (u) => u.id === me.id ? "" : h("span", { class: "actions" },
        h("button", { type: "button", class: "small secondary", onclick: () => setActive(u, !u.isActive) }, u.isActive ? "Disable" : "Enable"),
        h("button", { type: "button", class: "small secondary", onclick: () => resetPassword(u) }, "Reset password")) },
  ], load);

  async function setActive(u: User, isActive: boolean): Promise<void> {
    if (!isActive && !confirm(`Disable ${u.username}? Their sessions end at once.`)) return;
    const data = await gql<{ setUserActive: SetUserActivePayload }>(
      `mutation($id: ID!, $a: Boolean!) { setUserActive(userId: $id, isActive: $a) { errors { message code } } }`, { id: u.id, a: isActive });
    if (data.setUserActive.errors.length) return toast(data.setUserActive.errors[0].message, "error");
    toast(isActive ? `${u.username} enabled.` : `${u.username} disabled.`);
    await reloadTable(table);
  }

  async function resetPassword(u: User): Promise<void> {
    const password = prompt(`New password for ${u.username} (10+ characters):`);
    if (!password) return;
    const data = await gql<{ resetUserPassword: ResetUserPasswordPayload }>(
      `mutation($id: ID!, $p: String!) { resetUserPassword(userId: $id, newPassword: $p) { errors { message code } } }`, { id: u.id, p: password });
    if (data.resetUserPassword.errors.length) return toast(data.resetUserPassword.errors[0].message, "error");
    toast(`Password of ${u.username} reset; their sessions ended.`);
  }

  const box = h("input", { type: "search", placeholder: "Search username, email, name", "aria-label": "Search users" });
  let timer = 0;
  box.addEventListener("input", () => { clearTimeout(timer); timer = window.setTimeout(() => { search = box.value.trim(); void reloadTable(table); }, 250); });
  mount(root, adminNav("users"), h("h1", {}, "Users"), h("div", { class: "toolbar" }, box), table);
}

export function auditView(root: HTMLElement): void {
  let eventType = "";
  const load = (after: string | null) => gql<{ admin: { auditEvents: Connection<AuditEvent> } }>(
    `query($t: String, $after: String) { admin { auditEvents(eventType: $t, first: 50, after: $after) {
      ${page("id eventType actorUsername targetType targetId ip userAgent before after message createdAt")} } } }`,
    { t: eventType || null, after }).then((d) => d.admin.auditEvents);
  const table = pagedTable<AuditEvent>("Audit events", [
    { title: "When", cell: (e) => formatDate(e.createdAt) },
    { title: "Event", cell: (e) => h("code", {}, e.eventType) },
    { title: "Actor", cell: (e) => e.actorUsername || "—" },
    { title: "Target", cell: (e) => (e.targetType ? `${e.targetType} ${e.targetId.slice(0, 8)}` : "—") },
    { title: "IP", cell: (e) => e.ip || "—" },
    { title: "Change", cell: (e) => h("small", { class: "mono" }, e.message || JSON.stringify(e.after ?? e.before ?? "")) },
  ], load);
  const filter = h("input", { type: "search", placeholder: "Event type, e.g. auth.login", "aria-label": "Event type" });
  filter.addEventListener("change", () => { eventType = filter.value.trim(); void reloadTable(table); });
  mount(root, adminNav("audit"), h("h1", {}, "Audit log"), h("div", { class: "toolbar" }, filter), table);
}
