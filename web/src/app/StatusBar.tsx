// The status bar on every signed-in page: reserve balance, tokens in/out this month and jobs running, read
// once over HTTP and then pushed by the `statusBar` subscription over the one WebSocket. When the socket is
// down the figures stay, marked as possibly out of date, and "offline" says so; it reconnects with backoff.
// Every figure has a fixed width (tabular digits, reserved space), so a change never shifts the layout.
import { useQuery, useSubscription } from "@urql/preact";
import { graphql } from "../gql";
import { socketState } from "./client";
import { money } from "./format";

const StatusReserveOp = graphql(`
  query StatusReserve {
    reserve { tenantId balanceCents currency isLow }
    statusBar { reserveBalanceCents tokensIn tokensOut jobsRunning }
  }
`);

const StatusBarLiveOp = graphql(`
  subscription StatusBarLive {
    statusBar { reserveBalanceCents tokensIn tokensOut jobsRunning }
  }
`);

interface Figures { reserveBalanceCents: number; tokensIn: unknown; tokensOut: unknown; jobsRunning: number }

/** 1234567 → "1.2M": short enough for a phone's bar. */
export function compactCount(value: unknown): string {
  const n = Number(value ?? 0);
  return new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(n);
}

export function StatusBar() {
  const [{ data }] = useQuery({ query: StatusReserveOp });
  // The latest push wins over the first read; graphcache does not keep subscription results for us.
  const [{ data: live }] = useSubscription<{ statusBar: Figures }, Figures | null>({ query: StatusBarLiveOp }, (_prev, next) => next.statusBar);
  const reserve = data?.reserve;
  const figures: Figures | null = live ?? data?.statusBar ?? null;
  const offline = socketState.value === "offline";
  const balance = figures ? figures.reserveBalanceCents : reserve?.balanceCents;
  return (
    <div class={`statusbar ${offline ? "stale" : ""}`} aria-label="Status" role="region" data-testid="statusbar">
      <a href="/billing" class={reserve?.isLow ? "low" : ""}>
        <span class="narrow-hidden">Balance </span><strong data-testid="status-balance">{balance !== undefined && reserve ? money(balance, reserve.currency) : "—"}</strong>
        {reserve?.isLow && <span class="badge warn">low</span>}
      </a>
      <span class="figure" title="Tokens sent to and received from text generators this month">
        Tokens <strong data-testid="status-tokens"><span class="visually-hidden">in </span>{figures ? compactCount(figures.tokensIn) : "—"}<span aria-hidden="true"> ↑ </span><span class="visually-hidden">, out </span>{figures ? compactCount(figures.tokensOut) : "—"}<span aria-hidden="true"> ↓</span></strong>
        <span class="muted hide-narrow"> this month</span>
      </span>
      <a href="/jobs" class="figure">
        Jobs<span class="hide-narrow"> running</span> <strong data-testid="status-jobs">{figures ? figures.jobsRunning : "—"}</strong>
      </a>
      <span class="live-state" role="status">
        {offline ? <span class="badge bad" title="The live connection dropped; figures may be out of date. Reconnecting…">offline</span>
          : socketState.value === "online" ? <span class="badge ok">live</span> : null}
      </span>
    </div>
  );
}
