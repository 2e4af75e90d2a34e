import { describe, expect, it } from "vitest";
import { defaultWindow, KINDS, monthOf } from "./kinds";

describe("defaultWindow", () => {
  it("gives each kind its calendar window", () => {
    const today = "2026-12-01"; // a Tuesday
    expect(defaultWindow("WEEKLY", today)).toEqual({ startDate: "2026-11-30", endDate: "2026-12-06" });
    expect(defaultWindow("MONTHLY", today)).toEqual({ startDate: "2026-12-01", endDate: "2026-12-31" });
    expect(defaultWindow("QUARTERLY", today)).toEqual({ startDate: "2026-10-01", endDate: "2026-12-31" });
    expect(defaultWindow("REVIEW", today)).toEqual({ startDate: "2026-06-02", endDate: today });
    expect(defaultWindow("BRAG_DOC", today)).toEqual({ startDate: "2026-01-01", endDate: today });
    expect(defaultWindow("RESUME_BULLETS", today)).toEqual({ startDate: "2025-12-02", endDate: today });
    expect(defaultWindow("STAR_STORIES", today)).toEqual({ startDate: "2025-12-02", endDate: today });
  });
  it("crosses month and year ends", () => {
    expect(defaultWindow("WEEKLY", "2027-01-01")).toEqual({ startDate: "2026-12-28", endDate: "2027-01-03" });
    expect(defaultWindow("QUARTERLY", "2026-02-28")).toEqual({ startDate: "2026-01-01", endDate: "2026-03-31" });
    expect(monthOf("2028-02-10")).toEqual({ startDate: "2028-02-01", endDate: "2028-02-29" });
    expect(defaultWindow("REVIEW", "2026-08-31")).toEqual({ startDate: "2026-03-01", endDate: "2026-08-31" });
    expect(defaultWindow("RESUME_BULLETS", "2028-02-29")).toEqual({ startDate: "2027-03-01", endDate: "2028-02-29" });
  });
  it("covers every kind", () => {
    expect(KINDS.map((k) => k.kind).sort()).toEqual(["BRAG_DOC", "MONTHLY", "QUARTERLY", "RESUME_BULLETS", "REVIEW", "STAR_STORIES", "WEEKLY"]);
  });
});
