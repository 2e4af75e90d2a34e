import { describe, expect, it } from "vitest";
import { collapse, offered, shareState, short } from "./editing";

describe("report editing helpers", () => {
  it("collapses a statement to one paragraph", () => {
    expect(collapse("  Cut latency\n\tby  40%  ")).toBe("Cut latency by 40%");
    expect(collapse(" \n ")).toBe("");
  });

  it("cuts long text for a button's name", () => {
    expect(short("abc", 5)).toBe("abc");
    expect(short("abcdefgh", 5)).toBe("ab…");
  });

  it("tells a share link's state: revoked first, then expired", () => {
    const now = Date.parse("2026-12-01T12:00:00Z");
    expect(shareState({ expiresAt: "2026-12-08T12:00:00Z" }, now)).toBe("active");
    expect(shareState({ expiresAt: "2026-12-01T12:00:00Z" }, now)).toBe("expired");
    expect(shareState({ expiresAt: "2026-12-08T12:00:00Z", revokedAt: "2026-12-01T11:00:00Z" }, now)).toBe("revoked");
  });

  it("offers the renditions asked for, documents first", () => {
    const all = [
      { format: "TEXT" as const, includeCitations: true },
      { format: "PDF" as const, includeCitations: false },
      { format: "MARKDOWN" as const, includeCitations: true },
      { format: "PDF" as const, includeCitations: true },
    ];
    expect(offered(all, true).map((f) => f.format)).toEqual(["PDF", "MARKDOWN", "TEXT"]);
    expect(offered(all, false).map((f) => f.format)).toEqual(["PDF"]);
  });
});
