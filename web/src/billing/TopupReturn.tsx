// Back from Stripe Checkout: the credit arrives with the webhook, so wait for the balance to move.
import { useEffect, useState } from "preact/hooks";
import { client } from "../app/client";
import { money } from "../app/format";
import { query } from "../app/router";
import { graphql } from "../gql";

const BalanceOp = graphql(`
  query TopupBalance {
    reserve { tenantId balanceCents currency ledger(first: 1) { edges { node { id type createdAt } } } }
  }
`);

export default function TopupReturn() {
  const cancelled = query.value.get("status") === "cancelled";
  const [state, setState] = useState<"waiting" | "credited" | "slow">("waiting");
  const [balance, setBalance] = useState<string | null>(null);
  useEffect(() => {
    if (cancelled) return;
    const started = Date.now();
    let stop = false;
    const poll = async () => {
      const result = await client.query(BalanceOp, {}, { requestPolicy: "network-only" }).toPromise();
      const r = result.data?.reserve;
      const last = r?.ledger.edges[0]?.node;
      if (r && last?.type === "CREDIT" && Date.parse(last.createdAt) > started - 10 * 60_000) {
        setBalance(money(r.balanceCents, r.currency));
        return setState("credited");
      }
      if (Date.now() - started > 60_000) return setState("slow");
      if (!stop) setTimeout(() => void poll(), 2000);
    };
    void poll();
    return () => { stop = true; };
  }, [cancelled]);
  return (
    <main class="narrow">
      <h1>Payment</h1>
      <div class="card" role="status">
        {cancelled ? <p>The payment was cancelled; nothing was charged.</p>
          : state === "waiting" ? <p aria-busy="true">Waiting for the payment to be confirmed…</p>
          : state === "credited" ? <p>Thank you — the credit is in. Your balance is {balance}.</p>
          : <p>The payment provider has not confirmed yet. The credit appears on the billing page as soon as it does.</p>}
      </div>
      <p><a href="/billing">Back to billing</a></p>
    </main>
  );
}
