// Users: search, filters, sort; an actions menu per user with dialogs for edit, enable/disable,
// password reset (a generated password shown once) and moving to another tenant (with what moves).
import { useMutation, useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { messageOfError } from "../app/errors";
import { dateTime, money } from "../app/format";
import { query, setQuery } from "../app/router";
import { Badge, Dialog, ErrorNote, Field, FormErrors, Loading, copyText, fieldError, toast, type UserErrorLike, useFormErrors } from "../app/ui";
import { viewer } from "../auth/session";
import { graphql } from "../gql";
import type { AdminUsersQuery, UserRole, UserSort } from "../gql/graphql";

const UsersOp = graphql(`
  query AdminUsers($search: String, $isActive: Boolean, $role: UserRole, $sort: UserSort!, $descending: Boolean!, $first: Int!, $after: String) {
    admin {
      users(search: $search, isActive: $isActive, role: $role, sort: $sort, descending: $descending, first: $first, after: $after) {
        edges { cursor node { id username email fullName isActive isStaff isSuperuser dateJoined lastLogin tenant { id name balanceCents currency } } }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

const SetActiveOp = graphql(`
  mutation SetUserActive($userId: ID!, $isActive: Boolean!) {
    setUserActive(userId: $userId, isActive: $isActive) { user { id isActive } errors { field message code } }
  }
`);

const ResetPasswordOp = graphql(`
  mutation ResetUserPassword($userId: ID!, $newPassword: String!) {
    resetUserPassword(userId: $userId, newPassword: $newPassword) { user { id } errors { field message code } }
  }
`);

const UpdateUserOp = graphql(`
  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {
    updateUser(userId: $userId, input: $input) { user { id username email fullName isStaff } errors { field message code } }
  }
`);

const TenantsOp = graphql(`
  query AdminTenants {
    admin { tenants(first: 100) { edges { node { id name } } totalCount } }
  }
`);

const MovePreviewOp = graphql(`
  query TenantMovePreview($userId: ID!, $tenantId: ID!) {
    admin { tenantMovePreview(userId: $userId, tenantId: $tenantId) { worklogs evidence ledgerEntries tokens fromTenant { id name } toTenant { id name } } }
  }
`);

const MoveUserOp = graphql(`
  mutation MoveUserToTenant($userId: ID!, $tenantId: ID!) {
    moveUserToTenant(userId: $userId, tenantId: $tenantId) { user { id tenant { id name } } errors { field message code } }
  }
`);

type AdminUser = AdminUsersQuery["admin"]["users"]["edges"][number]["node"];
type Action = { kind: "edit" | "active" | "reset" | "move"; user: AdminUser };

const ROLES: UserRole[] = ["MEMBER", "STAFF", "SUPERUSER"];
const SORTS: { value: UserSort; label: string }[] = [
  { value: "JOINED", label: "Created" }, { value: "USERNAME", label: "Username" }, { value: "LAST_LOGIN", label: "Last login" },
];

function roleOf(u: AdminUser): string {
  return u.isSuperuser ? "superuser" : u.isStaff ? "staff" : "member";
}

/** 20 characters from a 56-letter alphabet without look-alikes: ~116 bits. */
export function generatePassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.getRandomValues(new Uint32Array(20));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

export default function Users() {
  const q = query.value;
  const filters = { search: q.get("search") ?? "", status: q.get("status") ?? "", role: q.get("role") ?? "", sort: q.get("sort") ?? "JOINED", dir: q.get("dir") ?? "desc" };
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: UsersOp,
    variables: {
      search: filters.search || null, isActive: filters.status ? filters.status === "active" : null,
      role: (filters.role || null) as UserRole | null, sort: filters.sort as UserSort, descending: filters.dir !== "asc", first: 25, after,
    },
  });
  const [action, setAction] = useState<Action | null>(null);
  const list = data?.admin.users;
  const apply = (next: Partial<typeof filters>) => { setAfter(null); setQuery({ ...filters, ...next }); };

  return (
    <>
      <h1>Users</h1>
      <form class="filters card" role="search" aria-label="Filter users"
        onSubmit={(e) => { e.preventDefault(); apply({ search: String(new FormData(e.currentTarget).get("search") ?? "").trim() }); }}>
        <div class="field grow"><label for="u-search">Search</label><input id="u-search" name="search" type="search" defaultValue={filters.search} placeholder="username, email, name" /></div>
        <div class="field"><label for="u-status">Status</label>
          <select id="u-status" value={filters.status} onChange={(e) => apply({ status: e.currentTarget.value })}>
            <option value="">any</option><option value="active">active</option><option value="disabled">disabled</option>
          </select></div>
        <div class="field"><label for="u-role">Role</label>
          <select id="u-role" value={filters.role} onChange={(e) => apply({ role: e.currentTarget.value })}>
            <option value="">any</option>{ROLES.map((r) => <option key={r} value={r}>{r.toLowerCase()}</option>)}
          </select></div>
        <div class="field"><label for="u-sort">Sort by</label>
          <select id="u-sort" value={filters.sort} onChange={(e) => apply({ sort: e.currentTarget.value })}>
            {SORTS.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
          </select></div>
        <div class="field"><label for="u-dir">Order</label>
          <select id="u-dir" value={filters.dir} onChange={(e) => apply({ dir: e.currentTarget.value })}>
            <option value="desc">descending</option><option value="asc">ascending</option>
          </select></div>
        <div class="field actions-end"><button type="submit">Search</button></div>
      </form>
      <ErrorNote text={messageOfError(error)} />
      {!list ? <Loading /> : list.totalCount === 0 ? <p class="muted">No users match.</p> : (
        <>
          <p class="muted">{list.totalCount} {list.totalCount === 1 ? "user" : "users"}</p>
          <table class="responsive" aria-label="Users">
            <thead><tr>
              <th scope="col">User</th><th scope="col">Status</th><th scope="col">Role</th><th scope="col">Tenant</th>
              <th scope="col">Created</th><th scope="col">Last login</th><th scope="col" class="num">Balance</th><th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr></thead>
            <tbody>
              {list.edges.map(({ node: u }) => (
                <tr key={u.id}>
                  <td data-label="User"><div><strong>{u.username}</strong><br /><span class="muted">{u.email}</span></div></td>
                  <td data-label="Status">{u.isActive ? <Badge tone="ok">active</Badge> : <Badge tone="bad">disabled</Badge>}</td>
                  <td data-label="Role">{roleOf(u)}</td>
                  <td data-label="Tenant">{u.tenant?.name ?? "—"}</td>
                  <td data-label="Created">{dateTime(u.dateJoined)}</td>
                  <td data-label="Last login">{dateTime(u.lastLogin)}</td>
                  <td data-label="Balance" class={`num ${(u.tenant?.balanceCents ?? 0) < 0 ? "neg" : ""}`}>{u.tenant?.balanceCents != null ? money(u.tenant.balanceCents, u.tenant.currency ?? "usd") : "—"}</td>
                  <td data-label=""><ActionsMenu user={u} onPick={setAction} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {list?.pageInfo.hasNextPage && <p><button type="button" class="secondary" disabled={fetching} onClick={() => setAfter(list.pageInfo.endCursor)}>More</button></p>}
      {action?.kind === "edit" && <EditDialog user={action.user} onClose={() => setAction(null)} />}
      {action?.kind === "active" && <ActiveDialog user={action.user} onClose={() => setAction(null)} />}
      {action?.kind === "reset" && <ResetDialog user={action.user} onClose={() => setAction(null)} />}
      {action?.kind === "move" && <MoveDialog user={action.user} onClose={() => setAction(null)} />}
    </>
  );
}

function ActionsMenu({ user, onPick }: { user: AdminUser; onPick: (a: Action) => void }) {
  const self = viewer.value?.id === user.id;
  const pick = (kind: Action["kind"]) => (e: Event) => {
    (e.currentTarget as HTMLElement).closest("details")?.removeAttribute("open");
    onPick({ kind, user });
  };
  return (
    <details class="menu">
      <summary aria-label={`Actions for ${user.username}`}>Actions</summary>
      <div class="menu-items">
        <button type="button" onClick={pick("edit")}>Edit…</button>
        {!self && <button type="button" onClick={pick("active")}>{user.isActive ? "Disable…" : "Enable…"}</button>}
        <button type="button" onClick={pick("reset")}>Reset password…</button>
        <button type="button" onClick={pick("move")}>Move to tenant…</button>
      </div>
    </details>
  );
}

function useErrors() {
  const [errors, setErrors, dropErrors] = useFormErrors();
  const check = (result: { error?: Parameters<typeof messageOfError>[0]; data?: unknown }, errorsOf: () => UserErrorLike[]): boolean => {
    const failure = messageOfError(result.error);
    if (failure) { setErrors([{ code: "NETWORK", message: failure }]); return false; }
    const found = errorsOf();
    setErrors(found);
    return found.length === 0;
  };
  return [errors, check, dropErrors] as const;
}

function EditDialog({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const [{ fetching }, update] = useMutation(UpdateUserOp);
  const [errors, check, dropErrors] = useErrors();
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const v = new FormData(event.currentTarget as HTMLFormElement);
    const result = await update({ userId: user.id, input: {
      username: String(v.get("username")).trim(), email: String(v.get("email")).trim(), fullName: String(v.get("fullName")).trim(), isStaff: v.get("isStaff") === "on",
    } });
    if (check(result, () => result.data!.updateUser.errors)) { toast(`Saved ${String(v.get("username"))}.`); onClose(); }
  }
  return (
    <Dialog title={`Edit ${user.username}`} open onClose={onClose}>
      <form onInput={dropErrors} class="stack" aria-label="Edit user" onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Username" name="username" defaultValue={user.username} error={fieldError(errors, "username")} />
        <Field label="Email" name="email" type="email" defaultValue={user.email} error={fieldError(errors, "email")} />
        <Field label="Full name" name="fullName" defaultValue={user.fullName} error={fieldError(errors, "fullName")} />
        <label class="check"><input type="checkbox" name="isStaff" defaultChecked={user.isStaff} /> Staff</label>
        <FormErrors errors={errors} fields={["username", "email", "fullName"]} />
        <div class="actions end"><button type="button" class="secondary" onClick={onClose}>Cancel</button><button type="submit" disabled={fetching}>Save</button></div>
      </form>
    </Dialog>
  );
}

function ActiveDialog({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const [{ fetching }, set] = useMutation(SetActiveOp);
  const [errors, check] = useErrors();
  const enable = !user.isActive;
  async function go() {
    const result = await set({ userId: user.id, isActive: enable });
    if (check(result, () => result.data!.setUserActive.errors)) { toast(`${user.username} ${enable ? "enabled" : "disabled"}.`); onClose(); }
  }
  return (
    <Dialog title={`${enable ? "Enable" : "Disable"} ${user.username}?`} open onClose={onClose}>
      <p>{enable ? `${user.username} will be able to sign in again.` : `${user.username} is signed out everywhere and cannot sign in until enabled again.`}</p>
      <FormErrors errors={errors} />
      <div class="actions end">
        <button type="button" class="secondary" onClick={onClose}>Cancel</button>
        <button type="button" class={enable ? "" : "danger"} disabled={fetching} onClick={() => void go()}>{enable ? "Enable" : "Disable"}</button>
      </div>
    </Dialog>
  );
}

function ResetDialog({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const [{ fetching }, reset] = useMutation(ResetPasswordOp);
  const [errors, check] = useErrors();
  const [password, setPassword] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  async function go() {
    const fresh = generatePassword();
    const result = await reset({ userId: user.id, newPassword: fresh });
    if (check(result, () => result.data!.resetUserPassword.errors)) setPassword(fresh);
  }
  return (
    <Dialog title={`Reset the password of ${user.username}`} open onClose={onClose}>
      {password === null ? (
        <>
          <p>A new random password replaces the current one and {user.username} is signed out everywhere. You see it once, to pass on.</p>
          <FormErrors errors={errors} />
          <div class="actions end">
            <button type="button" class="secondary" onClick={onClose}>Cancel</button>
            <button type="button" class="danger" disabled={fetching} onClick={() => void go()}>Reset password</button>
          </div>
        </>
      ) : (
        <>
          <p>The new password, shown <strong>only now</strong>:</p>
          <code class="secret" data-testid="new-password">{password}</code>
          <div class="actions">
            <button type="button" onClick={async () => setCopied(await copyText(password))}>{copied ? "Copied ✓" : "Copy password"}</button>
            <span role="status" class="muted">{copied === false ? "Copy did not work here; select the text instead." : copied ? "Copied to the clipboard." : ""}</span>
          </div>
          <div class="actions end"><button type="button" class="secondary" onClick={onClose}>Done</button></div>
        </>
      )}
    </Dialog>
  );
}

function MoveDialog({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const [{ data: tenants }] = useQuery({ query: TenantsOp });
  const [tenantId, setTenantId] = useState("");
  const [{ data: preview, fetching: previewing, error: previewError }] = useQuery({
    query: MovePreviewOp, variables: { userId: user.id, tenantId }, pause: !tenantId, requestPolicy: "network-only",
  });
  const [{ fetching }, move] = useMutation(MoveUserOp);
  const [errors, check] = useErrors();
  const p = preview?.admin.tenantMovePreview;
  async function go() {
    const result = await move({ userId: user.id, tenantId });
    if (check(result, () => result.data!.moveUserToTenant.errors)) { toast(`${user.username} moved to ${p?.toTenant.name ?? "the tenant"}.`); onClose(); }
  }
  return (
    <Dialog title={`Move ${user.username} to another tenant`} open onClose={onClose}>
      <div class="stack">
        <div class="field">
          <label for="move-tenant">Tenant</label>
          <select id="move-tenant" value={tenantId} onChange={(e) => setTenantId(e.currentTarget.value)}>
            <option value="">Choose…</option>
            {tenants?.admin.tenants.edges.filter(({ node }) => node.id !== user.tenant?.id).map(({ node }) => <option key={node.id} value={node.id}>{node.name}</option>)}
          </select>
        </div>
        {tenantId && previewing && <Loading label="Counting what moves" />}
        <ErrorNote text={messageOfError(previewError)} />
        {p && (
          <div class="card muted-box" data-testid="move-preview">
            <p>From <strong>{p.fromTenant?.name ?? "—"}</strong> to <strong>{p.toTenant.name}</strong>, these move with {user.username}:</p>
            <ul>
              <li>{p.worklogs} work log {p.worklogs === 1 ? "entry" : "entries"}</li>
              <li>{p.evidence} evidence {p.evidence === 1 ? "file" : "files"}</li>
              <li>{p.tokens} {p.tokens === 1 ? "session or token is" : "sessions and tokens are"} signed out</li>
            </ul>
            <p>The reserve stays with the old tenant ({p.ledgerEntries} ledger {p.ledgerEntries === 1 ? "entry" : "entries"} there).</p>
          </div>
        )}
        <FormErrors errors={errors} />
        <div class="actions end">
          <button type="button" class="secondary" onClick={onClose}>Cancel</button>
          <button type="button" class="danger" disabled={!p || fetching} onClick={() => void go()}>Move</button>
        </div>
      </div>
    </Dialog>
  );
}
