// DEMO_MODE turns test-only controls on; it is validated at start-up like every variable.
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("DEMO_MODE", () => {
  it("is off when unset or 0, on only for 1", async () => {
    vi.stubEnv("DEMO_MODE", undefined);
    expect((await import("./env")).demoMode()).toBe(false);
    vi.resetModules();
    vi.stubEnv("DEMO_MODE", "0");
    expect((await import("./env")).demoMode()).toBe(false);
    vi.resetModules();
    vi.stubEnv("DEMO_MODE", "1");
    expect((await import("./env")).demoMode()).toBe(true);
  });

  it("refuses any other value at start-up, naming the variable", async () => {
    vi.stubEnv("DEMO_MODE", "yes");
    await expect(import("./env")).rejects.toThrow(/DEMO_MODE: must be 1/);
  });
});
