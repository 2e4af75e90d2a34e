import { describe, expect, it } from "vitest";
import {
  age, dollars, filtersFromQuery, intervalFor, microcentsToDollars, niceTicks, percent, queryOfFilters, ratePerPeriod,
  scale, tipShift, waterfall, windowDates,
} from "./metricsFormat";

describe("figure formats", () => {
  it("shows money in dollars, cost from micro-cents", () => {
    expect(dollars(1900)).toBe("$19.00");
    expect(dollars(-250)).toBe("-$2.50");
    expect(dollars(12_345_678)).toBe("$123,457");
    expect(microcentsToDollars(250_000_000)).toBe("$2.50");
    expect(microcentsToDollars(12_345)).toBe("$0.0001");
    expect(microcentsToDollars(0)).toBe("$0.00");
  });
  it("shows rates as percentages and no denominator as a dash", () => {
    expect(percent(0.05)).toBe("5.0 %");
    expect(percent(null)).toBe("—");
  });
  it("shows waits in the two largest units", () => {
    expect(age(45)).toBe("45 s");
    expect(age(200)).toBe("3 min 20 s");
    expect(age(7500)).toBe("2 h 5 min");
    expect(age(3600)).toBe("1 h");
    expect(age(null)).toBe("—");
  });
});

describe("filters in the URL", () => {
  it("round-trips a preset window, a tenant and a plan", () => {
    const f = filtersFromQuery(new URLSearchParams("days=90&tenant=t1&plan=Pro"));
    expect(f).toEqual({ days: 90, from: null, to: null, tenant: "t1", plan: "Pro" });
    expect(queryOfFilters(f)).toEqual({ days: "90", from: null, to: null, tenant: "t1", plan: "Pro" });
  });
  it("reads a custom window and falls back to 30 days on nonsense", () => {
    expect(filtersFromQuery(new URLSearchParams("from=2026-01-01&to=2026-03-31")).from).toBe("2026-01-01");
    expect(filtersFromQuery(new URLSearchParams("days=12&from=yesterday")).days).toBe(30);
  });
  it("asks the default window without dates so the snapshot answers", () => {
    const today = "2026-03-31";
    expect(windowDates(filtersFromQuery(new URLSearchParams("")), today)).toEqual({ startDate: null, endDate: null });
    expect(windowDates(filtersFromQuery(new URLSearchParams("days=7")), today)).toEqual({ startDate: "2026-03-25", endDate: today });
  });
  it("picks days, weeks or months by the window's length", () => {
    expect(intervalFor("2026-01-01", "2026-03-31")).toBe("DAY");
    expect(intervalFor("2025-04-01", "2026-03-31")).toBe("WEEK");
    expect(intervalFor("2024-04-01", "2026-03-31")).toBe("MONTH");
  });
});

describe("chart scales", () => {
  it("rounds ticks to 1, 2, 2.5 or 5 steps covering the maximum", () => {
    expect(niceTicks(95)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(4900)).toEqual([0, 2000, 4000, 6000]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(10, -3)).toEqual([-5, 0, 5, 10]);
    expect(niceTicks(2, 0, 4, 1)).toEqual([0, 1, 2]);
  });
  it("maps a domain onto a range, upside down for y", () => {
    const y = scale(0, 100, 200, 0);
    expect(y(0)).toBe(200);
    expect(y(50)).toBe(100);
  });
  it("bridges start MRR to MRR through the movements", () => {
    const steps = waterfall({ startMrrCents: 4800, newCents: 1500, expansionCents: 3000, contractionCents: -1000,
      churnedCents: -1900, reactivationCents: 0, mrrCents: 6400 });
    expect(steps.map((s) => [s.label, s.from, s.to])).toEqual([
      ["Start MRR", 0, 4800], ["New", 4800, 6300], ["Expansion", 6300, 9300], ["Reactivation", 9300, 9300],
      ["Contraction", 9300, 8300], ["Churned", 8300, 6400], ["MRR", 0, 6400],
    ]);
    expect(steps[4].kind).toBe("down");
  });
  it("divides errors by requests per period", () => {
    expect(ratePerPeriod([{ start: "a", value: 1 }], [{ start: "a", value: 4 }, { start: "b", value: 0 }])).toEqual([
      { start: "a", value: 0.25 }, { start: "b", value: null },
    ]);
  });
});

describe("tooltips", () => {
  it("open from their term, moved left only as far as the window needs", () => {
    expect(tipShift(100, 320, 1280)).toBe(0);
    expect(tipShift(1100, 320, 1280)).toBe(1280 - 16 - 320 - 1100);
    expect(tipShift(200, 328, 360)).toBe(16 - 200);
  });
});
