// Pure helpers of the metrics dashboard: the filters in the URL, figure formats and chart scales.

/** Whole dollars below $10 000 show cents; larger sums are rounded to the dollar. */
export function dollars(cents: number): string {
  const big = Math.abs(cents) >= 1_000_000;
  return new Intl.NumberFormat("en-US", {
    style: "currency", currency: "USD", minimumFractionDigits: big ? 0 : 2, maximumFractionDigits: big ? 0 : 2,
  }).format(cents / 100);
}

/** Provider cost: 1 $ = 10⁸ micro-cents; small sums keep four decimals so a few calls do not read as $0.00. */
export function microcentsToDollars(microcents: number): string {
  const value = microcents / 1e8;
  const digits = Math.abs(value) < 1 && value !== 0 ? 4 : 2;
  return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function count(n: number | null | undefined): string {
  return n == null ? "—" : n.toLocaleString("en-US");
}

/** A fraction as a percentage (0.05 → "5.0 %"); null (no denominator) as a dash. */
export function percent(fraction: number | null | undefined, digits = 1): string {
  return fraction == null ? "—" : `${(fraction * 100).toFixed(digits)} %`;
}

export function milliseconds(ms: number | null | undefined): string {
  if (ms == null) return "—";
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s` : `${Math.round(ms)} ms`;
}

/** A wait in seconds as the largest two units: "45 s", "3 min 20 s", "2 h 5 min", "3 d 4 h". */
export function age(seconds: number | null | undefined): string {
  if (seconds == null) return "—";
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const units: [number, string][] = [[86400, "d"], [3600, "h"], [60, "min"], [1, "s"]];
  const parts: string[] = [];
  let rest = s;
  for (const [size, name] of units) {
    const n = Math.floor(rest / size);
    if (n > 0 || parts.length) parts.push(`${n} ${name}`);
    rest -= n * size;
    if (parts.length === 2) break;
  }
  return parts.filter((p) => !p.startsWith("0 ")).join(" ");
}

// ---- filters ----------------------------------------------------------------------------------------------

export const WINDOW_DAYS = [7, 30, 90, 365] as const;
export const DEFAULT_DAYS = 30;

export interface Filters { days: number | null; from: string | null; to: string | null; tenant: string | null; plan: string | null }

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The dashboard's filters from the query string: a preset window (`days`) or a custom one (`from`, `to`). */
export function filtersFromQuery(q: URLSearchParams): Filters {
  const from = q.get("from"), to = q.get("to");
  const custom = from && to && ISO_DAY.test(from) && ISO_DAY.test(to);
  const days = Number(q.get("days"));
  return {
    days: custom ? null : (WINDOW_DAYS as readonly number[]).includes(days) ? days : DEFAULT_DAYS,
    from: custom ? from : null,
    to: custom ? to : null,
    tenant: q.get("tenant") || null,
    plan: q.get("plan")?.trim() || null,
  };
}

/** The query string's parameters for `filters`; the default window leaves `days` out. */
export function queryOfFilters(f: Filters): Record<string, string | null> {
  return {
    days: f.days && f.days !== DEFAULT_DAYS ? String(f.days) : null,
    from: f.days ? null : f.from,
    to: f.days ? null : f.to,
    tenant: f.tenant,
    plan: f.plan,
  };
}

export function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The dates the API is asked for: null for the default window, so the hourly snapshot answers it. */
export function windowDates(f: Filters, today: string): { startDate: string | null; endDate: string | null } {
  if (!f.days) return { startDate: f.from, endDate: f.to };
  if (f.days === DEFAULT_DAYS) return { startDate: null, endDate: null };
  return { startDate: daysBefore(today, f.days - 1), endDate: today };
}

export type Interval = "DAY" | "WEEK" | "MONTH";

/** Days for up to a quarter, weeks up to a year, months beyond: at most about a hundred points. */
export function intervalFor(startDate: string, endDate: string): Interval {
  const days = (Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000 + 1;
  return days <= 92 ? "DAY" : days <= 366 ? "WEEK" : "MONTH";
}

// ---- chart scales -----------------------------------------------------------------------------------------

/** Round axis ticks from 0 (or the negative minimum) to at least `max`: steps of 1, 2, 2.5 or 5 × 10ⁿ, and at
 * least `minStep` (1 for counts, which have no halves). */
export function niceTicks(max: number, min = 0, target = 4, minStep = 0): number[] {
  const lo = Math.min(0, min), hi = Math.max(0, max);
  if (hi === lo) return [0, 1];
  const raw = Math.max(minStep, (hi - lo) / target);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let t = Math.floor(lo / step) * step; t < hi + step; t += step) {
    ticks.push(Math.round(t / step) * step);
    if (t >= hi) break;
  }
  return ticks;
}

/** A linear map from [d0, d1] onto [r0, r1]. */
export function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

export interface Movements {
  startMrrCents: number; newCents: number; expansionCents: number; contractionCents: number;
  churnedCents: number; reactivationCents: number; mrrCents: number;
}

export interface Step { label: string; short: string; from: number; to: number; kind: "total" | "up" | "down" }

/** The MRR bridge: start MRR, each movement from where the last one ended, then MRR. */
export function waterfall(m: Movements): Step[] {
  const steps: Step[] = [{ label: "Start MRR", short: "Start", from: 0, to: m.startMrrCents, kind: "total" }];
  let level = m.startMrrCents;
  for (const [label, short, delta] of [["New", "New", m.newCents], ["Expansion", "Exp.", m.expansionCents],
    ["Reactivation", "React.", m.reactivationCents], ["Contraction", "Contr.", m.contractionCents],
    ["Churned", "Churn", m.churnedCents]] as [string, string, number][]) {
    steps.push({ label, short, from: level, to: level + delta, kind: delta < 0 ? "down" : "up" });
    level += delta;
  }
  steps.push({ label: "MRR", short: "MRR", from: 0, to: m.mrrCents, kind: "total" });
  return steps;
}

/** errors ÷ requests per period, matched by period start; null where nothing was requested. */
export function ratePerPeriod(errors: { start: string; value: number }[], requests: { start: string; value: number }[]) {
  const failed = new Map(errors.map((p) => [p.start, p.value]));
  return requests.map((p) => ({ start: p.start, value: p.value > 0 ? (failed.get(p.start) ?? 0) / p.value : null }));
}

export const TIP_WIDTH = 320, TIP_MARGIN = 16;

/** How far (px) a tooltip of `width` moves from its anchor's left edge to stay inside the viewport. */
export function tipShift(anchorLeft: number, width: number, viewport: number): number {
  const left = Math.max(TIP_MARGIN, Math.min(anchorLeft, viewport - TIP_MARGIN - width));
  return Math.round(left - anchorLeft);
}
