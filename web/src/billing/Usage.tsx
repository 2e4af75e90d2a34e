// The reserve's usage over time: a uPlot chart (loaded on demand) with a text summary and a table for everyone.
import { useQuery } from "@urql/preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { messageOfError } from "../app/errors";
import { day, localToday, money } from "../app/format";
import { ErrorNote, Loading } from "../app/ui";
import { graphql } from "../gql";
import type { UsageBucket } from "../gql/graphql";

const UsageOp = graphql(`
  query ReserveUsage($startDate: Date!, $endDate: Date!, $bucket: UsageBucket!) {
    reserve { tenantId usage(startDate: $startDate, endDate: $endDate, bucket: $bucket) { date creditsCents spentCents balanceCents } }
  }
`);

export const WINDOWS: { days: number; bucket: UsageBucket; label: string }[] = [
  { days: 30, bucket: "DAY", label: "30 days" },
  { days: 90, bucket: "DAY", label: "90 days" },
  { days: 364, bucket: "WEEK", label: "1 year" },
];

function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

export interface Point { date: string; creditsCents: number; spentCents: number; balanceCents: number }

/** One sentence for screen readers and for anyone the chart does not reach. */
export function usageSummary(points: Point[], currency: string, bucket: UsageBucket): string {
  if (!points.length) return "No usage in this period.";
  const spent = points.reduce((s, p) => s + p.spentCents, 0);
  const added = points.reduce((s, p) => s + p.creditsCents, 0);
  const first = points[0], last = points[points.length - 1];
  const busiest = points.reduce((a, b) => (b.spentCents > a.spentCents ? b : a));
  const when = bucket === "WEEK" ? `in the week of ${day(busiest.date)}` : `on ${day(busiest.date)}`;
  const peak = busiest.spentCents > 0 ? ` The most was spent ${when}: ${money(busiest.spentCents, currency)}.` : "";
  return `From ${day(first.date)} to ${day(last.date)}: spent ${money(spent, currency)}, added ${money(added, currency)}; `
    + `the balance ended at ${money(last.balanceCents, currency)}.${peak}`;
}

export function Usage({ currency }: { currency: string }) {
  const [choice, setChoice] = useState(0);
  const period = WINDOWS[choice];
  const endDate = localToday();
  const [{ data, fetching, error }] = useQuery({
    query: UsageOp, variables: { startDate: daysBefore(endDate, period.days - 1), endDate, bucket: period.bucket },
  });
  const points = data?.reserve.usage;
  const target = useRef<HTMLDivElement>(null);
  const [chartFailed, setChartFailed] = useState(false);

  useEffect(() => {
    if (!points || !target.current) return;
    let remove: (() => void) | null = null;
    let cancelled = false;
    import("./usageChart").then(({ drawUsageChart }) => {
      if (cancelled || !target.current) return;
      remove = drawUsageChart(target.current, {
        dates: points.map((p) => p.date), balance: points.map((p) => p.balanceCents),
        spent: points.map((p) => p.spentCents), credits: points.map((p) => p.creditsCents),
      });
    }, () => setChartFailed(true));
    return () => { cancelled = true; remove?.(); };
  }, [points]);

  const summary = points ? usageSummary(points, currency, period.bucket) : "";
  const active = (points ?? []).filter((p) => p.creditsCents !== 0 || p.spentCents !== 0);
  return (
    <section class="card" aria-labelledby="usage-head">
      <div class="section-head">
        <h2 id="usage-head">Usage</h2>
        <div class="segmented" role="group" aria-label="Period">
          {WINDOWS.map((w, i) => (
            <button key={w.label} type="button" class="secondary small" aria-pressed={i === choice} onClick={() => setChoice(i)}>{w.label}</button>
          ))}
        </div>
      </div>
      <ErrorNote text={messageOfError(error)} />
      {!points ? (fetching ? <Loading /> : null) : (
        <>
          <p data-testid="usage-summary">{summary}</p>
          <div class="usage-chart" ref={target} role="img" aria-label={`Chart of balance, spending and credit added. ${summary}`} />
          {chartFailed && <p class="muted">The chart could not load; the table below has every figure.</p>}
          <details>
            <summary>Show as a table</summary>
            {active.length === 0 ? <p class="muted">No money was added or spent in this period.</p> : <>
            <p class="muted">{period.bucket === "WEEK" ? "Weeks" : "Days"} when money was added or spent.</p>
            <table class="responsive" aria-label="Usage by period">
              <thead><tr><th scope="col">{period.bucket === "WEEK" ? "Week of" : "Day"}</th><th scope="col" class="num">Added</th><th scope="col" class="num">Spent</th><th scope="col" class="num">Balance</th></tr></thead>
              <tbody>
                {active.map((p) => (
                  <tr key={p.date}>
                    <td data-label={period.bucket === "WEEK" ? "Week of" : "Day"}>{day(p.date)}</td>
                    <td data-label="Added" class="num">{money(p.creditsCents, currency)}</td>
                    <td data-label="Spent" class="num">{money(p.spentCents, currency)}</td>
                    <td data-label="Balance" class={`num ${p.balanceCents < 0 ? "neg" : ""}`}>{money(p.balanceCents, currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </>}
          </details>
        </>
      )}
    </section>
  );
}
