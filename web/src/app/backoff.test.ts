import { describe, expect, it } from "vitest";
import { backoffMs } from "./backoff";

describe("backoffMs", () => {
  it("doubles from the first wait, with half of it jittered", () => {
    expect(backoffMs(1, () => 0)).toBe(250);
    expect(backoffMs(1, () => 1)).toBe(500);
    expect(backoffMs(2, () => 1)).toBe(1000);
    expect(backoffMs(3, () => 0.5)).toBe(1500);
  });
  it("never waits longer than the cap, however many attempts", () => {
    expect(backoffMs(50, () => 1)).toBe(30_000);
    expect(backoffMs(1000, () => 0)).toBe(15_000);
  });
  it("treats attempt 0 like the first", () => {
    expect(backoffMs(0, () => 1)).toBe(500);
  });
});
