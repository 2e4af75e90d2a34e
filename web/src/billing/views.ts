import { gql } from "../api/client";
import type {
  AdjustReservePayload, BillingAccount, CreateTopupSessionPayload, LedgerEntry, LowBalancePolicy, Reserve,
  ReserveSummary, SetLowBalancePolicyPayload,
} from "../generated/schema";
import { adminNav } from "../admin/views";
import { type Connection, pagedTable, reloadTable } from "../table";
import { field, formValues, formatDate, h, mount, showErrors, toast } from "../ui";

export function money(cents: number, currency = "usd"): string {
  return new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);
}

const LEDGER = "edges { cursor node { id type amountCents balanceAfterCents reason actorUsername createdAt } } pageInfo { hasNextPage endCursor } totalCount";

function ledgerTable(load: (after: string | null) => Promise<Connection<LedgerEntry>>, currency: string): HTMLElement {
  return pagedTable<LedgerEntry>("Ledger", [
    { title: "When", cell: (e) => formatDate(e.createdAt) },
    { title: "Type", cell: (e) => h("code", {}, e.type.toLowerCase()) },
    { title: "Amount", cell: (e) => h("span", { class: e.amountCents < 0 ? "neg" : "pos" }, money(e.amountCents, currency)) },
    { title: "Balance after", cell: (e) => money(e.balanceAfterCents, currency) },
    { title: "Reason", cell: (e) => e.reason || "—" },
    { title: "By", cell: (e) => e.actorUsername || "—" },
  ], load);
}

export async function reserveView(root: HTMLElement): Promise<void> {
  const head = await gql<{ reserve: Reserve }>("{ reserve { balanceCents heldCents currency isLow policy lowBalanceThresholdCents } }");
  const reserve = head.reserve;
  const load = (after: string | null) => gql<{ reserve: { ledger: Connection<LedgerEntry> } }>(
    `query($after: String) { reserve { ledger(first: 25, after: $after) { ${LEDGER} } } }`, { after }).then((d) => d.reserve.ledger);

  const policy = h("select", { name: "policy", "aria-label": "Low-balance policy" },
    ...(["BLOCK", "WARN", "LIMITED"] as LowBalancePolicy[]).map((p) => h("option", { value: p, selected: p === reserve.policy }, p.toLowerCase())));
  policy.addEventListener("change", async () => {
    const data = await gql<{ setLowBalancePolicy: SetLowBalancePolicyPayload }>(
      `mutation($p: LowBalancePolicy!) { setLowBalancePolicy(policy: $p) { reserve { policy } errors { message code } } }`, { p: policy.value });
    if (data.setLowBalancePolicy.errors.length) return toast(data.setLowBalancePolicy.errors[0].message, "error");
    toast(`Policy set to ${policy.value.toLowerCase()}.`);
  });

  const topup = h("form", { class: "inline", "aria-label": "Top up" },
    field("Amount (whole units)", h("input", { name: "amount", type: "number", min: "1", step: "1", value: "20", dataset: { field: "amountCents" } })),
    h("button", { type: "submit" }, "Top up with Stripe"));
  topup.addEventListener("submit", async (event) => {
    event.preventDefault();
    const amountCents = Math.round(Number(formValues(topup).amount) * 100);
    const data = await gql<{ createTopupSession: CreateTopupSessionPayload }>(
      `mutation($a: Int!) { createTopupSession(amountCents: $a) { checkoutUrl errors { field message code } } }`, { a: amountCents });
    const payload = data.createTopupSession;
    if (payload.errors.length) return showErrors(topup, payload.errors);
    location.href = payload.checkoutUrl!;
  });

  mount(root,
    h("h1", {}, "Credit reserve"),
    h("section", { class: "card stats" },
      h("div", {}, h("small", { class: "muted" }, "Balance"), h("strong", { class: `big ${reserve.isLow ? "neg" : ""}`, "data-testid": "balance" }, money(reserve.balanceCents, reserve.currency))),
      h("div", {}, h("small", { class: "muted" }, "Held for running jobs"), h("strong", {}, money(reserve.heldCents, reserve.currency))),
      h("div", {}, h("small", { class: "muted" }, `Low below ${money(reserve.lowBalanceThresholdCents, reserve.currency)}`), policy)),
    reserve.isLow ? h("p", { class: "error", role: "alert" }, "Your reserve is low: top up to keep reports running.") : null,
    h("section", { class: "card" }, topup),
    ledgerTable(load, reserve.currency));
}

export async function billingAdminView(root: HTMLElement): Promise<void> {
  const summary = (await gql<{ admin: { reserveSummary: ReserveSummary } }>(
    "{ admin { reserveSummary { accounts totalBalanceCents lowBalanceCount negativeCount averageBalanceCents medianBalanceCents } } }")).admin.reserveSummary;
  let search = "";
  const load = (after: string | null) => gql<{ admin: { billingAccounts: Connection<BillingAccount> } }>(
    `query($s: String, $after: String) { admin { billingAccounts(search: $s, first: 25, after: $after) {
      edges { cursor node { tenantId tenantName user { username } balanceCents heldCents currency policy status spend30dCents jobs30d lastActivityAt } }
      pageInfo { hasNextPage endCursor } totalCount } } }`, { s: search || null, after }).then((d) => d.admin.billingAccounts);
  const table = pagedTable<BillingAccount>("Billing accounts", [
    { title: "Tenant", cell: (a) => h("span", {}, h("strong", {}, a.tenantName), h("br"), h("small", { class: "muted" }, a.user?.username ?? "—")) },
    { title: "Balance", cell: (a) => money(a.balanceCents, a.currency) },
    { title: "Status", cell: (a) => h("span", { class: `badge ${a.status === "ACTIVE" ? "active" : "expired"}` }, a.status.toLowerCase()) },
    { title: "Spend 30 d", cell: (a) => money(a.spend30dCents, a.currency) },
    { title: "Jobs 30 d", cell: (a) => String(a.jobs30d) },
    { title: "Last activity", cell: (a) => formatDate(a.lastActivityAt) },
    { title: "", cell: (a) => h("button", { type: "button", class: "small secondary", onclick: () => openAdjust(a) }, "Adjust") },
  ], load);

  const adjustBox = h("section", { class: "card", hidden: true });
  function openAdjust(account: BillingAccount): void {
    const form = h("form", { class: "inline", "aria-label": "Adjust reserve" },
      h("strong", {}, account.tenantName),
      field("Amount (cents, ±)", h("input", { name: "amountCents", type: "number", required: true, dataset: { field: "amountCents" } })),
      field("Reason", h("input", { name: "reason", required: true, dataset: { field: "reason" } })),
      field("Promotional, expires", h("input", { name: "expiresAt", type: "date", dataset: { field: "expiresAt" } })),
      h("button", { type: "submit" }, "Apply"));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const v = formValues(form);
      const data = await gql<{ adjustReserve: AdjustReservePayload }>(
        `mutation($input: AdjustReserveInput!) { adjustReserve(input: $input) { reserve { balanceCents } errors { field message code } } }`,
        { input: { tenantId: account.tenantId, amountCents: Number(v.amountCents), reason: v.reason,
                   expiresAt: v.expiresAt ? new Date(`${v.expiresAt}T23:59:59Z`).toISOString() : null } });
      if (data.adjustReserve.errors.length) return showErrors(form, data.adjustReserve.errors);
      adjustBox.hidden = true;
      toast(`Reserve of ${account.tenantName} adjusted.`);
      await reloadTable(table);
    });
    adjustBox.replaceChildren(form);
    adjustBox.hidden = false;
  }

  const box = h("input", { type: "search", placeholder: "Search tenant or user", "aria-label": "Search accounts" });
  box.addEventListener("change", () => { search = box.value.trim(); void reloadTable(table); });
  mount(root, adminNav("billing"), h("h1", {}, "Billing"),
    h("section", { class: "card stats" },
      h("div", {}, h("small", { class: "muted" }, "Accounts"), h("strong", {}, String(summary.accounts))),
      h("div", {}, h("small", { class: "muted" }, "Total balance"), h("strong", {}, money(summary.totalBalanceCents))),
      h("div", {}, h("small", { class: "muted" }, "Median"), h("strong", {}, money(summary.medianBalanceCents))),
      h("div", {}, h("small", { class: "muted" }, "Low / negative"), h("strong", {}, `${summary.lowBalanceCount} / ${summary.negativeCount}`))),
    h("div", { class: "toolbar" }, box, h("a", { class: "button small secondary", href: "/api/billing/admin/ledger/export.csv" }, "Export ledger CSV")),
    adjustBox, table);
}
