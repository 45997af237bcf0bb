// Accessibility (axe, WCAG 2 A/AA) on every page type, and a page budget for the public pages:
// JS per route (a size budget) and load timings (printed, never asserted). Zero serious or critical violations allowed.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { startApplication } from "./applicant-helpers";
import { DEMO, expect, loginAs, test } from "./fixtures";

async function axe(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

async function firstHref(page: Page, path: string, selector: string): Promise<string | null> {
  await page.goto(path);
  const links = page.locator(selector);
  return (await links.count()) > 0 ? links.first().getAttribute("href") : null;
}

test("public pages have no serious or critical axe violations", async ({ page }) => {
  test.setTimeout(180_000);
  const bad: string[] = [];
  for (const p of ["/", "/sign-in", "/sign-up", "/policy", "/measures", "/measures/c09-rnd-increment", "/calculator", "/notice"]) bad.push(...(await axe(page, p)));
  expect(bad).toEqual([]);
});

test("applicant pages have no serious or critical axe violations", async ({ page }) => {
  await loginAs(page, DEMO.enterprise);
  const bad: string[] = [];
  for (const p of ["/applicant", "/applicant/profile", "/notifications"]) bad.push(...(await axe(page, p)));
  // the apply page itself (told everything before the form), then the draft it starts
  bad.push(...(await axe(page, "/applicant/apply/c09-rnd-increment")));
  await startApplication(page, "c09-rnd-increment");
  const edit = new URL(page.url()).pathname;
  bad.push(...(await axe(page, edit)));
  bad.push(...(await axe(page, edit.replace(/\/edit$/, ""))));
  expect(bad).toEqual([]);
});

test("staff pages have no serious or critical axe violations", async ({ page }) => {
  test.setTimeout(240_000);
  const bad: string[] = [];
  await loginAs(page, DEMO.reviewerA);
  bad.push(...(await axe(page, "/review")));
  const reviewCase = await firstHref(page, "/review?tab=all", "a[href^='/review/cases/']");
  if (reviewCase) bad.push(...(await axe(page, reviewCase)));
  await loginAs(page, DEMO.finance);
  bad.push(...(await axe(page, "/finance")));
  await loginAs(page, DEMO.admin);
  for (const p of ["/admin", "/admin/rounds", "/admin/rounds/new", "/admin/users", "/admin/lpr", "/admin/dashboard", "/admin/whatif"]) bad.push(...(await axe(page, p)));
  expect(bad).toEqual([]);
});

test("page budget of the public pages (JS per route, load time)", async ({ page }) => {
  const rows: string[] = [];
  for (const p of ["/", "/policy", "/measures", "/measures/c09-rnd-increment", "/calculator", "/notice", "/sign-in", "/sign-up"]) {
    let js = 0;
    const onResponse = async (r: import("@playwright/test").Response) => {
      if (r.request().resourceType() === "script") js += (await r.body().catch(() => Buffer.alloc(0))).length;
    };
    page.on("response", onResponse);
    await page.goto(p, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    page.off("response", onResponse);
    const t = await page.evaluate(() => {
      const n = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
      return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, fcp };
    });
    rows.push(`${p.padEnd(30)} JS ${(js / 1024).toFixed(0).padStart(5)} KB  FCP ${t.fcp.toFixed(0).padStart(5)} ms  DCL ${t.dcl.toFixed(0).padStart(5)} ms  load ${t.load.toFixed(0).padStart(5)} ms`);
    // budget: an uncompressed JS payload that a government page on a phone can afford
    expect(js, `${p} JS bytes`).toBeLessThan(900 * 1024);
  }
  console.log("page budget (production build, 127.0.0.1, uncompressed JS):\n" + rows.join("\n"));
});
