import { describe, expect, it } from "vitest";
import { money, parseDollars, weekStart } from "./format";

describe("parseDollars", () => {
  it("reads dollars and cents, signed", () => {
    expect(parseDollars("12.5")).toBe(1250);
    expect(parseDollars("$ 3.07")).toBe(307);
    expect(parseDollars("-10")).toBe(-1000);
    expect(parseDollars("+0.99")).toBe(99);
  });
  it("refuses what is not an amount", () => {
    for (const text of ["", "abc", "1.234", "1,000", "--1", "1e3"]) expect(parseDollars(text)).toBeNull();
  });
});

describe("money and weeks", () => {
  it("formats cents as dollars", () => {
    expect(money(-1250)).toBe("-$12.50");
  });
  it("starts weeks on Monday", () => {
    expect(weekStart("2026-03-01")).toBe("2026-02-23"); // a Sunday
    expect(weekStart("2026-03-02")).toBe("2026-03-02"); // a Monday
  });
});
