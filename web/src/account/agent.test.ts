import { describe, expect, it } from "vitest";
import { browserName } from "./agent";

describe("browserName", () => {
  it("names common browsers with their system", () => {
    expect(browserName("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")).toBe("Firefox on Linux");
    expect(browserName("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0")).toBe("Edge on Windows");
    expect(browserName("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")).toBe("Safari on iOS");
    expect(browserName("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36")).toBe("Chrome on Android");
  });
  it("falls back to the raw string, or says it is unknown", () => {
    expect(browserName("")).toBe("Unknown browser");
    expect(browserName("python-httpx/0.28.1")).toBe("Python script");
    expect(browserName("SomeTool/1.0")).toBe("SomeTool/1.0");
  });
});
