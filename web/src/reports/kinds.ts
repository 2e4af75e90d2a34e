// The report kinds the form offers, each with what it writes and the window it starts from.
import type { ReportKind } from "../gql/graphql";
import { weekStart } from "../app/format";

export interface KindInfo { kind: ReportKind; label: string; about: string; window: string }

export const KINDS: KindInfo[] = [
  { kind: "WEEKLY", label: "Weekly summary", about: "Highlights, then your work by employer and project.", window: "this week" },
  { kind: "MONTHLY", label: "Monthly summary", about: "Highlights, then your work by employer and project.", window: "this month" },
  { kind: "QUARTERLY", label: "Quarterly summary", about: "Highlights and groups, half as long again as a month's.", window: "this quarter" },
  { kind: "RESUME_BULLETS", label: "Resume bullets", about: "Bullets per position (your employment history), each with a measurable result.", window: "the last 12 months" },
  { kind: "REVIEW", label: "Performance review", about: "Accomplishments, impact, collaboration, growth and goals.", window: "the last 6 months" },
  { kind: "BRAG_DOC", label: "Brag document", about: "Goals, projects, mentorship, design and documentation, learning, outside work.", window: "this year so far" },
  { kind: "STAR_STORIES", label: "STAR stories", about: "Situation, task, action and result of your best projects with an outcome.", window: "the last 12 months" },
];

export const KIND_LABELS = Object.fromEntries(KINDS.map((k) => [k.kind, k.label])) as Record<ReportKind, string>;

export interface Window { startDate: string; endDate: string }

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const parts = (today: string) => today.split("-").map(Number) as [number, number, number];

/** The day after the same date `months` earlier (clamped to that month's length): a window of `months` months. */
function monthsUpTo(today: string, months: number): Window {
  const [y, m, d] = parts(today);
  const daysThen = new Date(Date.UTC(y, m - 1 - months + 1, 0)).getUTCDate();
  return { startDate: iso(y, m - months, Math.min(d, daysThen) + 1), endDate: today };
}

/** The first and last day of the month holding `today`. */
export function monthOf(today: string): Window {
  const [y, m] = parts(today);
  return { startDate: iso(y, m, 1), endDate: iso(y, m + 1, 0) };
}

/** The calendar window a kind starts from, given today's date (YYYY-MM-DD). */
export function defaultWindow(kind: ReportKind, today: string): Window {
  const [y, m] = parts(today);
  switch (kind) {
    case "WEEKLY": {
      const start = weekStart(today);
      const [sy, sm, sd] = parts(start);
      return { startDate: start, endDate: iso(sy, sm, sd + 6) };
    }
    case "MONTHLY":
      return monthOf(today);
    case "QUARTERLY": {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { startDate: iso(y, first, 1), endDate: iso(y, first + 3, 0) };
    }
    case "REVIEW":
      return monthsUpTo(today, 6);
    case "BRAG_DOC":
      return { startDate: iso(y, 1, 1), endDate: today };
    case "RESUME_BULLETS":
    case "STAR_STORIES":
      return monthsUpTo(today, 12);
  }
}
