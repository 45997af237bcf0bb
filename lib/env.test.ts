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

describe("STORAGE_DRIVER and METRICS_TOKEN", () => {
  it("defaults to the disk driver and no metrics token", async () => {
    vi.stubEnv("STORAGE_DRIVER", undefined);
    vi.stubEnv("METRICS_TOKEN", undefined);
    const { env } = await import("./env");
    expect(env.STORAGE_DRIVER).toBe("disk");
    expect(env.METRICS_TOKEN).toBeUndefined();
  });

  it("refuses an unknown driver and a short metrics token at start-up", async () => {
    vi.stubEnv("STORAGE_DRIVER", "s3");
    await expect(import("./env")).rejects.toThrow(/STORAGE_DRIVER: must be disk or postgres/);
    vi.resetModules();
    vi.unstubAllEnvs();
    vi.stubEnv("METRICS_TOKEN", "short");
    await expect(import("./env")).rejects.toThrow(/METRICS_TOKEN: must be at least 16/);
  });
});

describe("JOBS_ENABLED and JOBS_POLL_SECONDS", () => {
  it("run jobs by default, every 10 seconds", async () => {
    vi.stubEnv("JOBS_ENABLED", undefined);
    vi.stubEnv("JOBS_POLL_SECONDS", undefined);
    const { env } = await import("./env");
    expect(env.JOBS_ENABLED).toBe(true);
    expect(env.JOBS_POLL_SECONDS).toBe(10);
  });

  it("refuse a bad value at start-up, naming the variable", async () => {
    vi.stubEnv("JOBS_ENABLED", "true");
    await expect(import("./env")).rejects.toThrow(/JOBS_ENABLED: must be 1/);
    vi.resetModules();
    vi.unstubAllEnvs();
    vi.stubEnv("JOBS_POLL_SECONDS", "0");
    await expect(import("./env")).rejects.toThrow(/JOBS_POLL_SECONDS/);
  });
});

describe("mail and SMS", () => {
  it("refuses an SMTP_URL that is not smtp(s)://, and SMS_DRIVER=http without its URL", async () => {
    vi.stubEnv("SMTP_URL", "http://mail.example");
    await expect(import("./env")).rejects.toThrow(/SMTP_URL: must be an smtp/);
    vi.resetModules();
    vi.unstubAllEnvs();
    vi.stubEnv("SMS_DRIVER", "http");
    await expect(import("./env")).rejects.toThrow(/SMS_HTTP_URL: is required/);
  });

  it("accepts a plain SMTP server and defaults SMS to the console driver", async () => {
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2525");
    const { env } = await import("./env");
    expect(env.SMTP_URL).toBe("smtp://127.0.0.1:2525");
    expect(env.SMS_DRIVER).toBe("console");
  });
});
