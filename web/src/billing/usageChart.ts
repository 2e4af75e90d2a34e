// The usage chart itself: uPlot and its stylesheet, in a chunk of their own loaded only by the billing screen.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface UsageSeries { dates: string[]; balance: number[]; spent: number[]; credits: number[] }

const dollars = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { maximumFractionDigits: 0 })}`;

/** Draws into `target` and follows its width; returns the function that removes it. */
export function drawUsageChart(target: HTMLElement, series: UsageSeries): () => void {
  const xs = series.dates.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
  const toDollars = (values: number[]) => values.map((c) => c / 100);
  const chart = new uPlot({
    width: Math.max(240, target.clientWidth),
    height: 220,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "UTC"),
    scales: { x: { time: true } },
    axes: [{ stroke: "#545d6e" }, { stroke: "#545d6e", values: (_u, ticks) => ticks.map((t) => dollars(t * 100)), size: 60 }],
    legend: { live: false },
    cursor: { drag: { x: false, y: false } },
    series: [
      {},
      { label: "Balance", stroke: "#2d4fc7", width: 2, fill: "rgba(45,79,199,0.08)", value: (_u, v) => (v == null ? "—" : dollars(v * 100)) },
      { label: "Spent", stroke: "#b3261e", width: 0, fill: "rgba(179,38,30,0.55)", paths: uPlot.paths.bars!({ size: [0.45, 16], align: -1 }),
        points: { show: false }, value: (_u, v) => (v == null ? "—" : dollars(v * 100)) },
      { label: "Added", stroke: "#17693a", width: 0, fill: "rgba(23,105,58,0.55)", paths: uPlot.paths.bars!({ size: [0.45, 16], align: 1 }),
        points: { show: false }, value: (_u, v) => (v == null ? "—" : dollars(v * 100)) },
    ],
  }, [xs, toDollars(series.balance), toDollars(series.spent), toDollars(series.credits)], target);
  const observer = new ResizeObserver(() => chart.setSize({ width: Math.max(240, target.clientWidth), height: 220 }));
  observer.observe(target);
  return () => { observer.disconnect(); chart.destroy(); };
}
