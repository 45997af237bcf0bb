import { defineConfig, devices } from "@playwright/test";
import { e2eOidcEnv } from "./e2e/oidc-env";
import { chromiumPath } from "./e2e/find-tools.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/**
 * The specs that bring their own servers and databases (the crash test's killed server, two servers
 * behind nginx). `E2E_LANE=main` runs the rest against the suite's server, `E2E_LANE=isolated` only
 * these, with no suite server: e2e/lanes.mjs runs both lanes at once (`npm run test:e2e`).
 */
const ISOLATED = ["**/crash.spec.ts", "**/several-servers.spec.ts"];
/**
 * Run in the embedded lane only (test:e2e:embedded, after the isolated specs): the opening of every
 * measure's form (72 s under CI's load) made the pg lane, the longer of the two, longer still, while
 * the other lane had minutes to spare; on the embedded database it also covers PGlite.
 */
const EMBEDDED_LANE_ONLY = /every measure form/;
const LANE = process.env.E2E_LANE;
const isolatedOnly = LANE === "isolated";
/**
 * In CI a failed test runs once more, recording a trace (DOM snapshots and screenshots of every step),
 * and a test that passes only the second time still fails the run (failOnFlakyTests). Recording a
 * trace of every run cost the browser ~17 % of its time (ADR 025); the first failure keeps its
 * error, its screenshot and the page's ARIA snapshot. The isolated lane's tests bring their own
 * servers and are not run twice. Elsewhere a failed test keeps its trace, without a second run.
 */
const retryInCi = !!process.env.CI && !isolatedOnly;

export default defineConfig({
  testDir: "e2e",
  // each lane its own output folder: Playwright empties it at start, and the lanes run at once (the
  // test mail and screenshots live beside them, in test-results/mail and test-results/screenshots)
  outputDir: process.env.E2E_EMBEDDED === "1" ? "test-results/embedded" : LANE ? `test-results/${LANE}` : "test-results/e2e",
  ...(LANE === "main" ? { testIgnore: ISOLATED, grepInvert: EMBEDDED_LANE_ONLY } : isolatedOnly ? { testMatch: ISOLATED } : {}),
  // generous: a loaded CI machine answers slowly; a passing test takes no longer for it
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: retryInCi ? 1 : 0,
  failOnFlakyTests: !!process.env.CI,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // the test SMTP server (port E2E_SMTP_PORT or E2E_PORT + 2000) that the web server mails to
  globalSetup: isolatedOnly ? undefined : "./e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    // a trace keeps the DOM snapshot of every step (what a flake is read from); outside CI the
    // screencast behind its filmstrip (a fifth of the browser's CPU in every test, failed or not)
    // only with E2E_TRACE_SHOTS=1
    trace: { mode: retryInCi ? "on-first-retry" : "retain-on-failure", snapshots: true, sources: true, screenshots: retryInCi || process.env.E2E_TRACE_SHOTS === "1" },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? chromiumPath(),
      args: ["--lang=zh-CN", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // services the web server talks to (the test OpenID provider, e2e/oidc-global-setup.ts)
  webServer: isolatedOnly ? undefined : {
    // fresh database, migrations, seed, then the production build (built by `npm run build`)
    command: `npx tsx --conditions=react-server e2e/serve.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // the provincial sign-in against the suite's test OpenID provider
    env: e2eOidcEnv(PORT),
  },
});
