import { weekStart } from "../app/format";

/** Groups newest-first entries into weeks, each into days. */
export function groupByWeek<T extends { date: string }>(entries: T[]): { week: string; days: { date: string; entries: T[] }[] }[] {
  const weeks: { week: string; days: { date: string; entries: T[] }[] }[] = [];
  for (const entry of entries) {
    const week = weekStart(entry.date);
    let w = weeks[weeks.length - 1];
    if (!w || w.week !== week) weeks.push((w = { week, days: [] }));
    let d = w.days[w.days.length - 1];
    if (!d || d.date !== entry.date) w.days.push((d = { date: entry.date, entries: [] }));
    d.entries.push(entry);
  }
  return weeks;
}
