import { describe, expect, it } from "vitest";
import { usageSummary } from "./Usage";

describe("usageSummary", () => {
  it("says what was spent and added, where the balance ended and the busiest period", () => {
    const points = [
      { date: "2026-03-02", creditsCents: 10000, spentCents: 0, balanceCents: 11000 },
      { date: "2026-03-03", creditsCents: 0, spentCents: 1500, balanceCents: 9500 },
      { date: "2026-03-04", creditsCents: 0, spentCents: 250, balanceCents: 9250 },
    ];
    const text = usageSummary(points, "USD", "DAY");
    expect(text).toContain("spent $17.50, added $100.00");
    expect(text).toContain("the balance ended at $92.50");
    expect(text).toContain("The most was spent on Tue, 3 Mar 2026: $15.00.");
    expect(usageSummary(points, "USD", "WEEK")).toContain("in the week of Tue, 3 Mar 2026");
  });
  it("has a sentence for an empty period", () => {
    expect(usageSummary([], "USD", "DAY")).toBe("No usage in this period.");
  });
});
