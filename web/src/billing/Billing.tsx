// The viewer's reserve: balance, policy, usage, ledger with running balance, top-up through Stripe Checkout.
import { useMutation, useQuery } from "@urql/preact";
import { useState } from "preact/hooks";
import { messageFor, messageOfError } from "../app/errors";
import { dateTime, money, parseDollars } from "../app/format";
import { ErrorNote, Loading, toast } from "../app/ui";
import { graphql } from "../gql";
import type { LowBalancePolicy } from "../gql/graphql";
import { Ledger } from "./Ledger";
import { Usage } from "./Usage";

const ReserveOp = graphql(`
  query Reserve($first: Int!, $after: String) {
    reserve {
      tenantId balanceCents heldCents currency isLow lowBalanceThresholdCents policy lastActivityAt
      ledger(first: $first, after: $after) {
        edges { cursor node { id type amountCents balanceAfterCents reason actorUsername createdAt } }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

const SetPolicyOp = graphql(`
  mutation SetLowBalancePolicy($policy: LowBalancePolicy!) {
    setLowBalancePolicy(policy: $policy) { reserve { tenantId policy } errors { field message code } }
  }
`);

const TopupOp = graphql(`
  mutation CreateTopupSession($amountCents: Int!) {
    createTopupSession(amountCents: $amountCents) { checkoutUrl errors { field message code } }
  }
`);

export const POLICIES: { value: LowBalancePolicy; label: string }[] = [
  { value: "BLOCK", label: "Block jobs the balance cannot cover" },
  { value: "WARN", label: "Warn, but run them" },
  { value: "LIMITED", label: "Run them with a shorter output" },
];

export default function Billing() {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: ReserveOp, variables: { first: 25, after } });
  const reserve = data?.reserve;
  if (!reserve) return <main><h1>Billing</h1>{fetching ? <Loading /> : <ErrorNote text={messageOfError(error)} />}</main>;
  return (
    <main>
      <h1>Billing</h1>
      <div class="cards">
        <div class="card stat"><span class="muted">Balance</span><strong class={`big ${reserve.balanceCents < 0 ? "neg" : ""}`} data-testid="balance">{money(reserve.balanceCents, reserve.currency)}</strong>
          {reserve.isLow && <span class="badge warn">below {money(reserve.lowBalanceThresholdCents, reserve.currency)}</span>}</div>
        <div class="card stat"><span class="muted">Held for running jobs</span><strong class="big">{money(reserve.heldCents, reserve.currency)}</strong></div>
        <div class="card stat"><span class="muted">Last activity</span><strong>{dateTime(reserve.lastActivityAt)}</strong></div>
      </div>
      <div class="two-col">
        <Topup />
        <Policy policy={reserve.policy} />
      </div>
      <Usage currency={reserve.currency} />
      <section class="card" aria-labelledby="ledger-head">
        <h2 id="ledger-head">Ledger</h2>
        <Ledger connection={reserve.ledger} currency={reserve.currency} fetching={fetching} onMore={setAfter} />
      </section>
    </main>
  );
}

function Topup() {
  const [{ fetching }, create] = useMutation(TopupOp);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const cents = parseDollars(String(new FormData(event.currentTarget as HTMLFormElement).get("amount")));
    if (cents === null || cents <= 0) return setError(messageFor("INVALID_AMOUNT"));
    const result = await create({ amountCents: cents });
    const failure = messageOfError(result.error) ?? (result.data?.createTopupSession.errors[0] ? messageFor(result.data.createTopupSession.errors[0].code, result.data.createTopupSession.errors[0].message) : null);
    if (failure) return setError(failure);
    location.assign(result.data!.createTopupSession.checkoutUrl!);
  }
  return (
    <form class="card stack" aria-labelledby="topup-head" onSubmit={(e) => void submit(e)}>
      <h2 id="topup-head">Add credit</h2>
      <div class="field"><label for="topup-amount">Amount (USD)</label><input id="topup-amount" name="amount" inputMode="decimal" defaultValue="20.00" /></div>
      <ErrorNote text={error} />
      <div><button type="submit" disabled={fetching}>{fetching ? "Opening checkout…" : "Pay with Stripe"}</button></div>
    </form>
  );
}

function Policy({ policy }: { policy: LowBalancePolicy }) {
  const [, set] = useMutation(SetPolicyOp);
  async function change(value: LowBalancePolicy) {
    const result = await set({ policy: value });
    const failure = messageOfError(result.error) ?? (result.data?.setLowBalancePolicy.errors[0] ? messageFor(result.data.setLowBalancePolicy.errors[0].code) : null);
    toast(failure ?? "Policy saved.", failure ? "error" : "info");
  }
  return (
    <fieldset class="card choices">
      <legend>When the balance runs low</legend>
      {POLICIES.map((p) => (
        <label key={p.value} class="check"><input type="radio" name="policy" value={p.value} checked={policy === p.value} onChange={() => void change(p.value)} /> {p.label}</label>
      ))}
    </fieldset>
  );
}
