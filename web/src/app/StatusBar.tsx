// The status bar slot on every signed-in page: reserve balance now; live figures (tokens, jobs) arrive
// over the one WebSocket when the statusBar subscription exists. Fixed height: figures never shift layout.
import { useQuery } from "@urql/preact";
import { graphql } from "../gql";
import { socketState } from "./client";
import { money } from "./format";

const StatusReserveOp = graphql(`
  query StatusReserve {
    reserve { tenantId balanceCents currency isLow }
  }
`);

export function StatusBar() {
  const [{ data }] = useQuery({ query: StatusReserveOp });
  const reserve = data?.reserve;
  return (
    <div class="statusbar" aria-label="Status">
      <a href="/billing" class={reserve?.isLow ? "low" : ""}>
        Balance <strong>{reserve ? money(reserve.balanceCents, reserve.currency) : "—"}</strong>
        {reserve?.isLow && <span class="badge warn">low</span>}
      </a>
      {socketState.value === "offline" && <span class="badge bad">offline</span>}
    </div>
  );
}
