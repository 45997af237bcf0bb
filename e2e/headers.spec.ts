// Headers and files (issue 16 §5): a nonce-based CSP on every page that the pages live with in the
// browser, the attachment download's own sandbox CSP, and download names that follow the sniffed type.
import pg from "pg";
import type { Page } from "@playwright/test";
import { PASSWORD, PDF, startApplication, verifiedEnterprise } from "./applicant-helpers";
import { e2eDatabaseUrl } from "./e2e-db";
import { DEMO, expect, loginAs, test } from "./fixtures";

const scriptSrc = (csp: string) => csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) ?? "";

/** Loads each path and collects page errors and any console message about the Content Security Policy. */
async function visit(page: Page, paths: string[]): Promise<string[]> {
  const bad: string[] = [];
  let at = "";
  page.on("console", (m) => { if (/content security policy/i.test(m.text())) bad.push(`${at}: console ${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => bad.push(`${at}: page error: ${e.message}`));
  for (const p of paths) {
    at = p;
    const res = await page.goto(p);
    expect(res?.status(), p).toBe(200);
    const csp = (await res!.allHeaders())["content-security-policy"] ?? "";
    expect(scriptSrc(csp), p).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}' 'strict-dynamic'$/);
    await page.waitForLoadState("networkidle");
  }
  return bad;
}

test("pages send a fresh nonce in script-src, no 'unsafe-inline' for scripts, and every script carries the nonce", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/", "/", "/policy", "/calculator", "/sign-in"]) {
    const res = await request.get(path);
    const csp = res.headers()["content-security-policy"] ?? "";
    const src = scriptSrc(csp);
    expect(src, path).not.toContain("unsafe-inline");
    expect(src, path).not.toContain("unsafe-eval");
    const nonce = /'nonce-([^']+)'/.exec(src)?.[1];
    expect(nonce, `${path}: ${csp}`).toBeTruthy();
    nonces.add(nonce!);
    expect(csp).toContain("frame-ancestors 'none'");
    // each <script> the page holds (Next's and our own) must carry this response's nonce
    const scripts = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const s of scripts) expect(s, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size, "a new nonce for every response").toBe(5);
});

test("public, applicant, reviewer, admin and finance pages run under the CSP with no violation and no page error", async ({ browser }) => {
  test.setTimeout(120_000);
  const visitor = await (await browser.newContext()).newPage();
  const bad = await visit(visitor, ["/", "/policy", "/calculator", "/sign-in", "/measures", "/notice"]);

  const applicant = await (await browser.newContext()).newPage();
  await loginAs(applicant, DEMO.enterprise);
  bad.push(...(await visit(applicant, ["/applicant", "/applicant/profile", "/notifications"])));
  const reviewer = await (await browser.newContext()).newPage();
  await loginAs(reviewer, DEMO.reviewerA);
  bad.push(...(await visit(reviewer, ["/review", "/review?tab=all"])));
  const admin = await (await browser.newContext()).newPage();
  await loginAs(admin, DEMO.admin);
  bad.push(...(await visit(admin, ["/admin", "/admin/dashboard"]))); // charts: inline styles
  const finance = await (await browser.newContext()).newPage();
  await loginAs(finance, DEMO.finance);
  bad.push(...(await visit(finance, ["/finance"])));
  expect(bad).toEqual([]);

  // the check itself: injected markup's inline handler (what an XSS would add) is refused, and the
  // refusal is seen (a script created by evaluate() would not do: DevTools' own code bypasses CSP)
  const canary = await visit(visitor, ["/policy"]);
  await visitor.evaluate(() => {
    const d = document.createElement("div");
    d.innerHTML = `<img src="/no-such-image" alt="" onerror="window.__cspCanary = 1">`;
    document.body.append(d);
  });
  await expect.poll(() => canary.length).toBeGreaterThan(0);
  expect(await visitor.evaluate(() => "__cspCanary" in window)).toBe(false);
});

test.describe("attachment downloads", () => {
  let email = "";
  let caseId = "";
  const ids: Record<string, string> = {};

  test.beforeAll(async ({ browser }) => {
    const page = await (await browser.newContext()).newPage();
    email = (await verifiedEnterprise(page, "威海下载头测试科技有限公司")).email;
    caseId = await startApplication(page, "c09-rnd-increment");
    for (const name of ["report.html", "evil\u202Efdp.exe"]) {
      const res = await page.request.post(`/api/cases/${caseId}/attachments`, {
        multipart: { slot: "rnd_statistics", file: { name, mimeType: "text/html", buffer: PDF } },
      });
      expect(res.status(), name).toBe(200);
      ids[name] = (await res.json()).attachment.id;
    }
    await page.context().close();
  });
  test.beforeEach(async ({ page }) => loginAs(page, email, PASSWORD));

  test("a download keeps its own strict sandbox CSP, not the site's", async ({ page }) => {
    const res = await page.request.get(`/api/attachments/${ids["report.html"]}`);
    expect(res.status()).toBe(200);
    const csp = res.headers()["content-security-policy"];
    expect(csp).toBe("default-src 'none'; sandbox");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("a PDF uploaded as report.html or with a bidi override downloads as a .pdf with a clean name", async ({ page }) => {
    const html = await page.request.get(`/api/attachments/${ids["report.html"]}`);
    expect(html.headers()["content-type"]).toBe("application/pdf");
    expect(html.headers()["content-disposition"]).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
    expect(Buffer.from(await html.body()).equals(PDF)).toBe(true);
    const bidi = await page.request.get(`/api/attachments/${ids["evil\u202Efdp.exe"]}`);
    expect(bidi.headers()["content-type"]).toBe("application/pdf");
    expect(bidi.headers()["content-disposition"]).toBe(`attachment; filename="evilfdp.pdf"; filename*=UTF-8''evilfdp.pdf`);
  });

  test("a row stored before the fix (raw name) still downloads under a clean name", async ({ page }) => {
    const c = new pg.Client({ connectionString: e2eDatabaseUrl() });
    await c.connect();
    const old = `headers-old-row-${Date.now()}`;
    try {
      await c.query(`INSERT INTO "Attachment"(id, "caseId", slot, "fileName", mime, size, sha256, "storagePath", "uploadedById")
        SELECT $1, "caseId", slot, $2, mime, size, sha256, "storagePath", "uploadedById" FROM "Attachment" WHERE id = $3`, [old, "evil\u202Efdp.exe", ids["report.html"]]);
      const res = await page.request.get(`/api/attachments/${old}`);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe("application/pdf");
      expect(res.headers()["content-disposition"]).toBe(`attachment; filename="evilfdp.pdf"; filename*=UTF-8''evilfdp.pdf`);
      // and the applicant's page lists it under that name
      await page.goto(`/applicant/cases/${caseId}/edit`);
      await expect(page.locator(`a[href="/api/attachments/${old}"]`)).toHaveText("evilfdp.pdf");
    } finally {
      await c.query(`DELETE FROM "Attachment" WHERE id = $1`, [old]);
      await c.end();
    }
  });
});
