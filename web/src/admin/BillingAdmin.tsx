// Billing admin: summary cards, every account with colour-coded balances, a ledger per account, adjust in
// dollars with a required reason, CSV export honouring the filters.
import { useMutation, useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { messageOfError } from "../app/errors";
import { dateTime, money, parseDollars } from "../app/format";
import { query, setQuery } from "../app/router";
import { Badge, Dialog, ErrorNote, FormErrors, Loading, fieldError, toast, type UserErrorLike, useFormErrors } from "../app/ui";
import { Ledger } from "../billing/Ledger";
import { graphql } from "../gql";
import type { BillingAccountSort, BillingAccountStatus, LedgerEntryType } from "../gql/graphql";

const SummaryOp = graphql(`
  query BillingSummary {
    admin { reserveSummary { accounts totalBalanceCents lowBalanceCount negativeCount averageBalanceCents medianBalanceCents } }
  }
`);

const AccountsOp = graphql(`
  query BillingAccounts($search: String, $status: BillingAccountStatus, $sort: BillingAccountSort!, $descending: Boolean!, $after: String) {
    admin {
      billingAccounts(search: $search, status: $status, sort: $sort, descending: $descending, first: 25, after: $after) {
        edges { cursor node { tenantId tenantName user { id username email } balanceCents heldCents currency policy status spend30dCents jobs30d lastActivityAt } }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

const TenantLedgerOp = graphql(`
  query TenantLedger($tenantId: ID!, $after: String) {
    admin {
      tenantReserve(tenantId: $tenantId) {
        tenantId balanceCents currency
        ledger(first: 25, after: $after) {
          edges { cursor node { id type amountCents balanceAfterCents reason actorUsername createdAt } }
          pageInfo { hasNextPage endCursor }
          totalCount
        }
      }
    }
  }
`);

const AdjustOp = graphql(`
  mutation AdjustReserve($input: AdjustReserveInput!) {
    adjustReserve(input: $input) { reserve { tenantId balanceCents } entry { id } errors { field message code } }
  }
`);

const TONE: Record<BillingAccountStatus, "ok" | "warn" | "bad"> = { ACTIVE: "ok", LOW: "warn", DELINQUENT: "bad" };
const SORTS: { value: BillingAccountSort; label: string }[] = [
  { value: "BALANCE", label: "Balance" }, { value: "SPEND_30D", label: "30-day spend" }, { value: "JOBS_30D", label: "30-day jobs" },
  { value: "LAST_ACTIVITY", label: "Last activity" }, { value: "TENANT_NAME", label: "Tenant" }, { value: "CREATED", label: "Created" },
];
const ENTRY_TYPES: LedgerEntryType[] = ["CREDIT", "DEBIT", "ADJUSTMENT", "HOLD", "RELEASE", "EXPIRY"];

interface Target { tenantId: string; tenantName: string; currency: string }

export default function BillingAdmin() {
  const q = query.value;
  const filters = { search: q.get("search") ?? "", status: q.get("status") ?? "", sort: q.get("sort") ?? "BALANCE", dir: q.get("dir") ?? "asc" };
  const [after, setAfter] = useState<string | null>(null);
  const [{ data: summary }] = useQuery({ query: SummaryOp });
  const [{ data, fetching, error }] = useQuery({
    query: AccountsOp,
    variables: { search: filters.search || null, status: (filters.status || null) as BillingAccountStatus | null, sort: filters.sort as BillingAccountSort, descending: filters.dir === "desc", after },
  });
  const [ledgerOf, setLedgerOf] = useState<Target | null>(null);
  const [adjusting, setAdjusting] = useState<Target | null>(null);
  const s = summary?.admin.reserveSummary;
  const list = data?.admin.billingAccounts;
  const apply = (next: Partial<typeof filters>) => { setAfter(null); setQuery({ ...filters, ...next }); };

  return (
    <>
      <h1>Billing</h1>
      <div class="cards">
        <div class="card stat"><span class="muted">Accounts</span><strong class="big">{s?.accounts ?? "—"}</strong></div>
        <div class="card stat"><span class="muted">Total balance</span><strong class="big">{s ? money(s.totalBalanceCents) : "—"}</strong></div>
        <div class="card stat"><span class="muted">Median balance</span><strong class="big">{s ? money(s.medianBalanceCents) : "—"}</strong></div>
        <div class="card stat"><span class="muted">Low</span><strong class="big warn-text">{s?.lowBalanceCount ?? "—"}</strong></div>
        <div class="card stat"><span class="muted">Negative</span><strong class="big neg">{s?.negativeCount ?? "—"}</strong></div>
      </div>
      <form class="filters card" role="search" aria-label="Filter accounts"
        onSubmit={(e) => { e.preventDefault(); apply({ search: String(new FormData(e.currentTarget).get("search") ?? "").trim() }); }}>
        <div class="field grow"><label for="b-search">Search</label><input id="b-search" name="search" type="search" defaultValue={filters.search} placeholder="tenant, username, email" /></div>
        <div class="field"><label for="b-status">Status</label>
          <select id="b-status" value={filters.status} onChange={(e) => apply({ status: e.currentTarget.value })}>
            <option value="">any</option><option value="ACTIVE">active</option><option value="LOW">low</option><option value="DELINQUENT">delinquent</option>
          </select></div>
        <div class="field"><label for="b-sort">Sort by</label>
          <select id="b-sort" value={filters.sort} onChange={(e) => apply({ sort: e.currentTarget.value })}>{SORTS.map((x) => <option key={x.value} value={x.value}>{x.label}</option>)}</select></div>
        <div class="field"><label for="b-dir">Order</label>
          <select id="b-dir" value={filters.dir} onChange={(e) => apply({ dir: e.currentTarget.value })}><option value="asc">ascending</option><option value="desc">descending</option></select></div>
        <div class="field actions-end"><button type="submit">Search</button></div>
      </form>
      <ErrorNote text={messageOfError(error)} />
      {!list ? <Loading /> : list.totalCount === 0 ? <p class="muted">No accounts match.</p> : (
        <table class="responsive" aria-label="Accounts">
          <thead><tr><th scope="col">Tenant</th><th scope="col">User</th><th scope="col" class="num">Balance</th><th scope="col">Status</th><th scope="col" class="num">30-day spend</th><th scope="col">Last activity</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {list.edges.map(({ node: a }) => (
              <tr key={a.tenantId}>
                <td data-label="Tenant">{a.tenantName}</td>
                <td data-label="User">{a.user ? <div>{a.user.username}<br /><span class="muted">{a.user.email}</span></div> : "—"}</td>
                <td data-label="Balance" class={`num balance ${a.status.toLowerCase()}`}>{money(a.balanceCents, a.currency)}</td>
                <td data-label="Status"><Badge tone={TONE[a.status]}>{a.status.toLowerCase()}</Badge></td>
                <td data-label="30-day spend" class="num"><span>{money(a.spend30dCents, a.currency)} <span class="muted">({a.jobs30d} jobs)</span></span></td>
                <td data-label="Last activity">{dateTime(a.lastActivityAt)}</td>
                <td data-label="">
                  <div class="actions">
                    <button type="button" class="secondary small" aria-label={`Ledger of ${a.tenantName}`} onClick={() => setLedgerOf(a)}>Ledger</button>
                    <button type="button" class="small" aria-label={`Adjust ${a.tenantName}`} onClick={() => setAdjusting(a)}>Adjust</button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list?.pageInfo.hasNextPage && <p><button type="button" class="secondary" disabled={fetching} onClick={() => setAfter(list.pageInfo.endCursor)}>More</button></p>}
      <ExportForm />
      {ledgerOf && <LedgerDialog target={ledgerOf} onClose={() => setLedgerOf(null)} />}
      {adjusting && <AdjustDialog target={adjusting} onClose={() => setAdjusting(null)} />}
    </>
  );
}

function ExportForm() {
  return (
    <form class="card inline" method="get" action="/api/billing/admin/ledger/export.csv" aria-label="Export ledger">
      <div class="field"><label for="x-type">Entry type</label>
        <select id="x-type" name="type"><option value="">any</option>{ENTRY_TYPES.map((t) => <option key={t} value={t}>{t.toLowerCase()}</option>)}</select></div>
      <div class="field"><label for="x-start">From</label><input id="x-start" name="startDate" type="date" /></div>
      <div class="field"><label for="x-end">To</label><input id="x-end" name="endDate" type="date" /></div>
      <button type="submit" class="secondary">Export ledger CSV</button>
    </form>
  );
}

function LedgerDialog({ target, onClose }: { target: Target; onClose: () => void }) {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: TenantLedgerOp, variables: { tenantId: target.tenantId, after } });
  const reserve = data?.admin.tenantReserve;
  return (
    <Dialog title={`Ledger of ${target.tenantName}`} open onClose={onClose} wide>
      <ErrorNote text={messageOfError(error)} />
      {!reserve ? <Loading /> : (
        <>
          <p>Balance <strong>{money(reserve.balanceCents, reserve.currency)}</strong></p>
          <Ledger connection={reserve.ledger} currency={reserve.currency} fetching={fetching} onMore={setAfter} label={`Ledger of ${target.tenantName}`} />
          <p><a class="button secondary" href={`/api/billing/admin/ledger/export.csv?tenantId=${encodeURIComponent(target.tenantId)}`} download>Export this ledger as CSV</a></p>
        </>
      )}
    </Dialog>
  );
}

function AdjustDialog({ target, onClose }: { target: Target; onClose: () => void }) {
  const [{ fetching }, adjust] = useMutation(AdjustOp);
  const [errors, setErrors, dropErrors] = useFormErrors();
  // One key per dialog: a double click or a retry cannot move money twice.
  const [key] = useState(() => crypto.randomUUID());
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const v = new FormData(event.currentTarget as HTMLFormElement);
    const cents = parseDollars(String(v.get("amount") ?? ""));
    const reason = String(v.get("reason") ?? "").trim();
    const local: UserErrorLike[] = [];
    if (cents === null || cents === 0) local.push({ field: "amountCents", code: "INVALID_AMOUNT", message: "" });
    if (!reason) local.push({ field: "reason", code: "REASON_REQUIRED", message: "" });
    if (local.length) return setErrors(local);
    const result = await adjust({ input: { tenantId: target.tenantId, amountCents: cents!, reason, idempotencyKey: key } });
    const failure = messageOfError(result.error);
    if (failure) return setErrors([{ code: "NETWORK", message: failure }]);
    const payload = result.data!.adjustReserve;
    if (payload.errors.length) return setErrors(payload.errors);
    toast(`${target.tenantName}: ${cents! > 0 ? "added" : "took"} ${money(Math.abs(cents!), target.currency)}; balance ${money(payload.reserve!.balanceCents, target.currency)}.`);
    onClose();
  }
  return (
    <Dialog title={`Adjust the balance of ${target.tenantName}`} open onClose={onClose}>
      <form onInput={dropErrors} class="stack" aria-label="Adjust balance" onSubmit={(e) => void submit(e)} noValidate>
        <div class="field">
          <label for="adj-amount">Amount in dollars (negative takes money out)</label>
          <input id="adj-amount" name="amount" inputMode="decimal" placeholder="25.00 or -10" aria-invalid={fieldError(errors, "amountCents") ? true : undefined} />
          {fieldError(errors, "amountCents") && <p class="error" role="alert">{fieldError(errors, "amountCents")}</p>}
        </div>
        <div class="field">
          <label for="adj-reason">Reason (required, kept in the ledger and the audit log)</label>
          <textarea id="adj-reason" name="reason" rows={2} aria-invalid={fieldError(errors, "reason") ? true : undefined} />
          {fieldError(errors, "reason") && <p class="error" role="alert">{fieldError(errors, "reason")}</p>}
        </div>
        <FormErrors errors={errors} fields={["amountCents", "reason"]} />
        <div class="actions end"><button type="button" class="secondary" onClick={onClose}>Cancel</button><button type="submit" disabled={fetching}>Adjust</button></div>
      </form>
    </Dialog>
  );
}

