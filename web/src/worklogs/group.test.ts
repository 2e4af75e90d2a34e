import { describe, expect, it } from "vitest";
import { groupByWeek } from "./group";

describe("groupByWeek", () => {
  it("groups newest-first entries into weeks and days, keeping order", () => {
    const entries = [{ date: "2026-03-04", id: "a" }, { date: "2026-03-04", id: "b" }, { date: "2026-03-02", id: "c" }, { date: "2026-03-01", id: "d" }];
    expect(groupByWeek(entries)).toEqual([
      { week: "2026-03-02", days: [{ date: "2026-03-04", entries: [entries[0], entries[1]] }, { date: "2026-03-02", entries: [entries[2]] }] },
      { week: "2026-02-23", days: [{ date: "2026-03-01", entries: [entries[3]] }] },
    ]);
  });
});
