import { describe as group, expect, it } from "vitest";
import { describe, diff } from "./auditText";

group("audit text", () => {
  it("lists only what changed, nested keys flattened", () => {
    expect(diff({ is_active: true, name: "ada" }, { is_active: false, name: "ada", moved: { worklogs: 3 } })).toEqual([
      { key: "is_active", from: "true", to: "false" },
      { key: "moved.worklogs", from: "—", to: "3" },
    ]);
    expect(diff(null, null)).toEqual([]);
  });
  it("turns an event type into words", () => {
    expect(describe("admin.user_disabled")).toBe("user disabled");
    expect(describe("billing.reserve_adjusted")).toBe("reserve adjusted");
  });
});
