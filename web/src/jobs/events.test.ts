import { describe, expect, it } from "vitest";
import { isFinished, mergeEvents, resumeAfter, type TimelineEvent } from "./events";

const ev = (seq: number, type = "STARTED"): TimelineEvent => ({ seq, type, message: `event ${seq}`, at: "2026-12-01T00:00:00Z" });

describe("mergeEvents", () => {
  it("orders by seq and drops repeats", () => {
    const merged = mergeEvents([ev(1), ev(2)], [ev(2), ev(4), ev(3), ev(1)]);
    expect(merged.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });
  it("keeps the first copy of a seq", () => {
    const merged = mergeEvents([ev(1)], [{ ...ev(1), message: "again" }]);
    expect(merged[0].message).toBe("event 1");
  });
  it("returns the same array when nothing is new, so nothing re-renders", () => {
    const known = [ev(1), ev(2)];
    expect(mergeEvents(known, [ev(2)])).toBe(known);
    expect(mergeEvents(known, [])).toBe(known);
  });
});

describe("resumeAfter", () => {
  it("is the last seq without a gap before it", () => {
    expect(resumeAfter([])).toBe(0);
    expect(resumeAfter([ev(1), ev(2), ev(3)])).toBe(3);
    expect(resumeAfter([ev(1), ev(2), ev(4)])).toBe(2);
    expect(resumeAfter([ev(2)])).toBe(0);
  });
});

describe("isFinished", () => {
  it("is true once a terminal event arrived", () => {
    expect(isFinished([ev(1), ev(2, "PROVIDER_CALL")])).toBe(false);
    expect(isFinished([ev(1), ev(2, "FINISHED")])).toBe(true);
    expect(isFinished([ev(1, "CANCELLED")])).toBe(true);
  });
});
