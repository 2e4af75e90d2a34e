// A ledger as a table on a desktop and as cards on a phone; each row shows the balance after it.
import { dateTime, money } from "../app/format";
import type { LedgerEntryType } from "../gql/graphql";

interface Entry { id: string; type: LedgerEntryType; amountCents: number; balanceAfterCents: number; reason: string; actorUsername: string; createdAt: string }
interface Connection { edges: { node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number }

export function Ledger({ connection, currency, fetching, onMore, label = "Ledger" }: {
  connection: Connection; currency: string; fetching: boolean; onMore: (after: string | null) => void; label?: string;
}) {
  if (connection.totalCount === 0) return <p class="muted">No money has moved yet.</p>;
  return (
    <>
      <table class="responsive" aria-label={label}>
        <thead><tr><th scope="col">When</th><th scope="col">Type</th><th scope="col" class="num">Amount</th><th scope="col" class="num">Balance after</th><th scope="col">Reason</th><th scope="col">By</th></tr></thead>
        <tbody>
          {connection.edges.map(({ node: e }) => (
            <tr key={e.id}>
              <td data-label="When">{dateTime(e.createdAt)}</td>
              <td data-label="Type">{e.type.toLowerCase()}</td>
              <td data-label="Amount" class={`num ${e.amountCents < 0 ? "neg" : "pos"}`}>{e.amountCents > 0 ? "+" : ""}{money(e.amountCents, currency)}</td>
              <td data-label="Balance after" class="num">{money(e.balanceAfterCents, currency)}</td>
              <td data-label="Reason">{e.reason || "—"}</td>
              <td data-label="By">{e.actorUsername || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="table-foot muted">
        {connection.edges.length} of {connection.totalCount}
        {connection.pageInfo.hasNextPage && <button type="button" class="secondary small" disabled={fetching} onClick={() => onMore(connection.pageInfo.endCursor)}>More</button>}
      </p>
    </>
  );
}
