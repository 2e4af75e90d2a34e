// A job's timeline as it arrives: from the store, then live, again after a reconnect. Events are merged by
// seq, so a repeat is dropped and a late one lands in its place.
export interface TimelineEvent { seq: number; type: string; message: string; at: string }

export const TERMINAL = new Set(["FINISHED", "FAILED", "CANCELLED"]);

export function mergeEvents<E extends TimelineEvent>(known: readonly E[], incoming: readonly E[]): E[] {
  if (!incoming.length) return known as E[];
  const bySeq = new Map<number, E>();
  for (const e of known) bySeq.set(e.seq, e);
  let changed = false;
  for (const e of incoming) {
    if (!bySeq.has(e.seq)) { bySeq.set(e.seq, e); changed = true; }
  }
  if (!changed) return known as E[];
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The seq to resume after: the highest seq held with no gap before it (0 when none). */
export function resumeAfter(events: readonly TimelineEvent[]): number {
  let last = 0;
  for (const e of events) {
    if (e.seq === last + 1) last = e.seq;
    else if (e.seq > last + 1) break;
  }
  return last;
}

export function isFinished(events: readonly TimelineEvent[]): boolean {
  return events.some((e) => TERMINAL.has(e.type));
}
