// Small hand-drawn SVG charts of the metrics dashboard, each with its figures as a table for everyone the
// picture does not reach, and the defined-term tooltip every figure's name carries.
import type { ComponentChildren, RefObject } from "preact";
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { niceTicks, scale, type Step, TIP_MARGIN, TIP_WIDTH, tipShift } from "./metricsFormat";

/** A term whose definition shows on hover and on keyboard focus (Escape hides it), and is its description. */
export function Defined({ term, definition }: { term: string; definition: string }) {
  const id = useId();
  const [dismissed, setDismissed] = useState(false);
  const [shift, setShift] = useState(0);
  // Kept inside the window: a term near the right edge opens its definition leftwards.
  const place = (e: Event) => {
    const anchor = (e.currentTarget as HTMLElement).closest(".defined")!.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    const width = Math.min(TIP_WIDTH, viewport - 2 * TIP_MARGIN);
    setShift(tipShift(anchor.left, width, viewport));
  };
  return (
    <span class={`defined${dismissed ? " dismissed" : ""}`} onMouseEnter={place} onMouseLeave={() => setDismissed(false)}>
      <button type="button" class="term" aria-describedby={id} onFocus={place} onBlur={() => setDismissed(false)}
        onKeyDown={(e) => { if (e.key === "Escape") setDismissed(true); }}>
        {term}
      </button>
      <span role="tooltip" id={id} class="tooltip" style={{ left: `${shift}px` }}>{definition}</span>
    </span>
  );
}


function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Gridlines at the ticks (the zero line darker) with their labels on the left. */
function YAxis({ ticks, y, right, format }: { ticks: number[]; y: (v: number) => number; right: number; format: (v: number) => string }) {
  return <>{ticks.map((t) => (
    <g key={t}>
      <line x1={M.left} x2={right} y1={y(t)} y2={y(t)} class={t === 0 ? "axis" : "grid"} />
      <text x={M.left - 6} y={y(t) + 4} text-anchor="end" class="tick">{format(t)}</text>
    </g>
  ))}</>;
}

export interface Point { start: string; value: number | null }
export interface Series { name: string; color: string; kind: "bar" | "step"; points: Point[]; dashed?: boolean }

const HEIGHT = 180;
const M = { top: 10, right: 10, bottom: 24, left: 62 };
const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const shortDay = (ms: number) => new Date(ms).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

function Legend({ items }: { items: { name: string; color: string; dashed?: boolean }[] }) {
  return (
    <ul class="legend" aria-hidden="true">
      {items.map((s) => <li key={s.name}><span class={`swatch${s.dashed ? " dashed" : ""}`} style={{ borderColor: s.color, background: s.dashed ? "transparent" : s.color }} />{s.name}</li>)}
    </ul>
  );
}

function ChartFigure(props: { title: string; summary: string; children: ComponentChildren; table: ComponentChildren; testid?: string }) {
  const id = useId();
  return (
    <figure class="chart" data-testid={props.testid}>
      <figcaption id={id}>{props.title}</figcaption>
      <div role="img" aria-labelledby={id} aria-describedby={`${id}-d`}>{props.children}</div>
      <p id={`${id}-d`} class="muted small">{props.summary}</p>
      <details>
        <summary>Show as a table</summary>
        {props.table}
      </details>
    </figure>
  );
}

/** Values over time: bars share each period's slot, steps hold a value across the period they start. */
export function TimeChart(props: {
  title: string; series: Series[]; startDate: string; endDate: string; format: (v: number) => string; summary: string;
  periodLabel: string; testid?: string; whole?: boolean;
}) {
  const [ref, width] = useWidth();
  const x0 = dayOf(props.startDate), x1 = dayOf(props.endDate) + DAY_MS;
  const values = props.series.flatMap((s) => s.points.map((p) => p.value ?? 0));
  const ticks = niceTicks(Math.max(0, ...values), Math.min(0, ...values), 4, props.whole ? 1 : 0);
  const plotW = Math.max(10, width - M.left - M.right), plotH = HEIGHT - M.top - M.bottom;
  const x = scale(x0, x1, M.left, M.left + plotW);
  const y = scale(ticks[0], ticks[ticks.length - 1], M.top + plotH, M.top);
  const bars = props.series.filter((s) => s.kind === "bar");
  const end = (points: Point[], i: number) => (i + 1 < points.length ? dayOf(points[i + 1].start) : x1);
  const starts = [...new Set(props.series.flatMap((s) => s.points.map((p) => p.start)))].sort();
  return (
    <ChartFigure title={props.title} summary={props.summary} testid={props.testid} table={
      <table class="compact">
        <thead><tr><th scope="col">{props.periodLabel}</th>{props.series.map((s) => <th key={s.name} scope="col" class="num">{s.name}</th>)}</tr></thead>
        <tbody>
          {starts.map((start) => (
            <tr key={start}>
              <th scope="row">{start}</th>
              {props.series.map((s) => { const p = s.points.find((q) => q.start === start); return <td key={s.name} class="num">{p?.value == null ? "" : props.format(p.value)}</td>; })}
            </tr>
          ))}
        </tbody>
      </table>
    }>
      <div ref={ref} class="plot">
        {width > 0 && (
          <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} aria-hidden="true" focusable="false">
            <YAxis ticks={ticks} y={y} right={M.left + plotW} format={props.format} />
            <text x={M.left} y={HEIGHT - 6} class="tick">{shortDay(x0)}</text>
            <text x={M.left + plotW} y={HEIGHT - 6} text-anchor="end" class="tick">{shortDay(x1 - DAY_MS)}</text>
            {bars.map((s, b) => s.points.map((p, i) => {
              if (!p.value) return null;
              const left = x(dayOf(p.start)), slot = (x(end(s.points, i)) - left) / bars.length;
              const top = y(Math.max(0, p.value)), bottom = y(Math.min(0, p.value));
              return <rect key={`${s.name}${p.start}`} x={left + b * slot + slot * 0.1} width={Math.max(1, slot * 0.8)} y={top} height={Math.max(1, bottom - top)} fill={s.color} />;
            }))}
            {props.series.filter((s) => s.kind === "step").map((s) => {
              let d = "";
              s.points.forEach((p, i) => {
                if (p.value == null) return;
                const a = x(dayOf(p.start)), b = x(end(s.points, i)), v = y(p.value);
                d += `${d && s.points[i - 1]?.value != null ? "L" : "M"}${a.toFixed(1)},${v.toFixed(1)}H${b.toFixed(1)}`;
              });
              return <path key={s.name} d={d} fill="none" stroke={s.color} stroke-width={2} stroke-dasharray={s.dashed ? "5 3" : undefined} />;
            })}
          </svg>
        )}
      </div>
      <Legend items={props.series} />
    </ChartFigure>
  );
}

/** Horizontal bars, one per row: latency percentiles, cost per model. */
export function BarList(props: { title: string; rows: { label: string; value: number; color?: string }[]; format: (v: number) => string; summary: string; testid?: string }) {
  const max = Math.max(1, ...props.rows.map((r) => r.value));
  return (
    <ChartFigure title={props.title} summary={props.summary} testid={props.testid} table={
      <table class="compact">
        <thead><tr><th scope="col">Name</th><th scope="col" class="num">Value</th></tr></thead>
        <tbody>{props.rows.map((r) => <tr key={r.label}><th scope="row">{r.label}</th><td class="num">{props.format(r.value)}</td></tr>)}</tbody>
      </table>
    }>
      <div class="barlist">
        {props.rows.map((r) => (
          <div key={r.label} class="barrow">
            <span class="barlabel">{r.label}</span>
            <svg class="bartrack" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect x={0} y={0} height={10} width={(Math.max(0, r.value) / max) * 100} fill={r.color ?? "#2d4fc7"} />
            </svg>
            <span class="num">{props.format(r.value)}</span>
          </div>
        ))}
      </div>
    </ChartFigure>
  );
}

const STEP_COLORS: Record<Step["kind"], string> = { total: "#2d4fc7", up: "#17693a", down: "#b3261e" };

/** The MRR bridge: start MRR, each movement floating from where the last ended, MRR. */
export function Waterfall(props: { title: string; steps: Step[]; format: (v: number) => string; summary: string; testid?: string }) {
  const [ref, width] = useWidth();
  const levels = props.steps.flatMap((s) => [s.from, s.to]);
  const ticks = niceTicks(Math.max(0, ...levels), Math.min(0, ...levels));
  const plotW = Math.max(10, width - M.left - M.right), plotH = HEIGHT - M.top - M.bottom - 12;
  const y = scale(ticks[0], ticks[ticks.length - 1], M.top + plotH, M.top);
  const slot = plotW / props.steps.length;
  // Labels alternate between two rows when a slot is too narrow for one, and shorten when even that is not enough.
  const stagger = slot < 84, narrow = slot < 44;
  return (
    <ChartFigure title={props.title} summary={props.summary} testid={props.testid} table={
      <table class="compact">
        <thead><tr><th scope="col">Step</th><th scope="col" class="num">Change</th><th scope="col" class="num">Level</th></tr></thead>
        <tbody>{props.steps.map((s) => <tr key={s.label}><th scope="row">{s.label}</th><td class="num">{s.kind === "total" ? "" : props.format(s.to - s.from)}</td><td class="num">{props.format(s.to)}</td></tr>)}</tbody>
      </table>
    }>
      <div ref={ref} class="plot">
        {width > 0 && (
          <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} aria-hidden="true" focusable="false">
            <YAxis ticks={ticks} y={y} right={M.left + plotW} format={props.format} />
            {props.steps.map((s, i) => {
              const top = y(Math.max(s.from, s.to)), bottom = y(Math.min(s.from, s.to));
              const cx = M.left + slot * i + slot / 2;
              return (
                <g key={s.label}>
                  {(s.kind === "total" || s.from !== s.to) && <rect x={M.left + slot * i + slot * 0.15} width={slot * 0.7} y={top} height={Math.max(1, bottom - top)} fill={STEP_COLORS[s.kind]} />}
                  <text x={cx} y={HEIGHT - (stagger && i % 2 === 0 ? 18 : 6)} text-anchor="middle" class="tick">{narrow ? s.short : s.label}</text>
                </g>
              );
            })}
          </svg>
        )}
      </div>
    </ChartFigure>
  );
}
