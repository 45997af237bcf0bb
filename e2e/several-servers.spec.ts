// Two app servers behind nginx on one database (README "Running several servers"): an applicant
// applies and uploads through server a, reviewers decide through server b, b serves the file a
// stored (the storage is PostgreSQL: the servers share no disk), and the applicant sees the
// decision through a again. nginx's X-Upstream header proves which server answered each step.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Browser, Page } from "@playwright/test";
import { fillQualifyingC09, PDF, registerEnterprise, saveDraft, startApplication } from "./applicant-helpers";
import { DEMO, expect, loginAs, test } from "./fixtures";
import { METRICS_TOKEN, PORTS, PROXY, startCluster, tail, type Cluster } from "./several-servers";

test.describe.configure({ mode: "serial" });

let cluster: Cluster;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startCluster();
});
test.afterAll(async () => {
  await cluster?.stop();
});
test.afterEach(async ({}, info) => {
  if (info.status !== info.expectedStatus && cluster) {
    for (const n of ["a", "b", "nginx"] as const) console.log(`--- ${n}\n${tail(cluster.logOf(n))}`);
  }
});

/** a browser context whose every request nginx sends to server `s` */
async function on(browser: Browser, s: "a" | "b", email?: string): Promise<Page> {
  const ctx = await browser.newContext({ baseURL: PROXY, extraHTTPHeaders: { "X-Backend": s } });
  const page = await ctx.newPage();
  if (email) await loginAs(page, email);
  return page;
}

const servedBy = (r: { headers(): Record<string, string> } | null) => r?.headers()["x-upstream"];
const upstream = (s: "a" | "b") => `127.0.0.1:${PORTS[s]}`;

async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: cluster.ownerUrl });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
}

test("proxy: both servers answer, ready, with nginx's request id; the client address is the proxy's view", async ({ request }) => {
  // as a load balancer does: wait until each server is ready (a cold start connects to the database first)
  for (const s of ["a", "b"] as const) {
    await expect.poll(async () => (await request.get(`${PROXY}/api/ready`, { headers: { "X-Backend": s } })).status(), { timeout: 60_000 }).toBe(200);
  }
  const seen = new Set<string>();
  for (let i = 0; i < 4; i++) {
    const r = await request.get(`${PROXY}/api/ready`);
    expect(r.status()).toBe(200);
    expect(await r.json()).toEqual({ status: "ready", checks: { database: "ok", jobQueue: "ok" } });
    // nginx's $request_id (32 hex) reached the app and came back
    expect(r.headers()["x-request-id"]).toMatch(/^[0-9a-f]{32}$/);
    seen.add(servedBy(r)!);
  }
  expect([...seen].sort()).toEqual([upstream("a"), upstream("b")].sort());

  // TRUSTED_PROXY_HOPS=1: the address nginx saw counts, not one the client wrote itself
  const csrf = await request.get(`${PROXY}/api/auth/csrf`, { headers: { "X-Backend": "b" } });
  const { csrfToken } = await csrf.json();
  await request.post(`${PROXY}/api/auth/callback/credentials`, {
    headers: { "X-Backend": "b", "X-Forwarded-For": "203.0.113.9" },
    form: { csrfToken, identifier: "nobody-several@example.com", password: "wrong-password-1", json: "true" },
  });
  const rows = await sql<{ ip: string }>(`SELECT ip FROM "LoginAttempt" WHERE account = $1`, ["nobody-several@example.com"]);
  expect(rows.map((r) => r.ip)).toEqual(["127.0.0.1"]);
});

test("an applicant submits through server a, reviewers decide through server b, the file uploaded on a downloads from b", async ({ browser }) => {
  // about a minute on an idle machine; a loaded CI machine renders every page slowly
  test.setTimeout(360_000);
  const applicant = await on(browser, "a");
  const org = `威海多服务器测试${Date.now() % 100000}科技有限公司`;
  await registerEnterprise(applicant, org);
  const id = await startApplication(applicant, "c09-rnd-increment");
  expect(servedBy(await applicant.reload())).toBe(upstream("a"));
  await fillQualifyingC09(applicant);
  const upload = PDF.toString("latin1").replace("%%EOF", `% several servers ${Date.now()}\n%%EOF`);
  const bytes = Buffer.from(upload, "latin1");
  for (const [slot, name] of [["rnd_statistics", "研发投入统计报表.pdf"], ["qualification_certificate", "高企证书.pdf"]]) {
    const box = applicant.locator(`[data-slot="${slot}"]`);
    const stored = applicant.waitForResponse((r) => r.url().includes(`/api/cases/${id}/attachments`) && r.request().method() === "POST");
    await box.locator("input[type=file]").setInputFiles({ name, mimeType: "application/pdf", buffer: bytes });
    expect(servedBy(await stored)).toBe(upstream("a"));
    await expect(box.getByTestId("attachment")).toHaveCount(1);
  }
  await saveDraft(applicant);
  await applicant.getByRole("button", { name: "下一步：核对信息" }).click();
  await applicant.getByLabel("我单位作出信用承诺").check();
  await applicant.getByTestId("submit-case").click();
  await expect(applicant).toHaveURL(new RegExp(`/applicant/cases/${id}/submitted$`));
  const caseNo = (await applicant.getByTestId("case-no").textContent())!.trim();

  // stored in PostgreSQL, not on server a's disk
  const [att] = await sql<{ id: string; storagePath: string }>(`SELECT id, "storagePath" FROM "Attachment" WHERE "caseId" = $1 AND slot = 'rnd_statistics'`, [id]);
  expect(att.storagePath).toMatch(/^pg:[0-9a-f]{64}$/);

  // reviewer A, on server b: the case, its file (the same bytes), the proposal
  const a = await on(browser, "b", DEMO.reviewerA);
  expect(servedBy(await a.goto(`/review/cases/${id}`))).toBe(upstream("b"));
  await expect(a.getByTestId("attachments")).toContainText("研发投入统计报表.pdf");
  const download = await a.request.get(`/api/attachments/${att.id}`);
  expect(download.status()).toBe(200);
  expect(servedBy(download)).toBe(upstream("b"));
  expect(Buffer.from(await download.body()).equals(bytes)).toBe(true);
  await a.getByLabel("批准金额（元）").fill("75000");
  const propose = a.getByRole("dialog", { name: "确认提交审核意见" });
  // the form's fields and buttons are disabled until the page has hydrated, so these wait for it.
  // (No click-again loop: once the dialog is open it covers the button, and a second click would wait on it.)
  await a.getByRole("button", { name: "提交审核意见" }).click();
  await propose.getByRole("button", { name: "确认提交", exact: true }).click();
  await expect(a.getByTestId("awaiting-confirmation")).toHaveText("等待其他审核员复核");

  // reviewer B, on server b too, confirms: the case goes into public notice
  const b = await on(browser, "b", DEMO.reviewerB);
  expect(servedBy(await b.goto(`/review/cases/${id}`))).toBe(upstream("b"));
  const confirm = b.getByRole("dialog", { name: "确认复核结果" });
  await b.getByRole("button", { name: "复核通过，进入公示" }).click();
  await confirm.getByRole("button", { name: "确认", exact: true }).click();
  await expect(b.getByTestId("status-badge").first()).toHaveText("公示中");

  // the applicant, still on server a, sees the decision
  expect(servedBy(await applicant.goto(`/applicant/cases/${id}`))).toBe(upstream("a"));
  await expect(applicant.getByTestId("status-badge").first()).toHaveText("公示中");
  await expect(applicant.getByText(caseNo).first()).toBeVisible();
  // the servers share no disk: neither one's data dir holds an upload
  for (const s of ["a", "b"]) expect(existsSync(path.join(cluster.dir, `data-${s}`, "uploads"))).toBe(false);
});

test("each server's metrics: request latency by route group, case queues by status; only with the token", async ({ request }) => {
  for (const s of ["a", "b"] as const) {
    expect((await request.get(`${PROXY}/api/metrics`, { headers: { "X-Backend": s } })).status()).toBe(401);
    expect((await request.get(`${PROXY}/api/metrics`, { headers: { "X-Backend": s, Authorization: "Bearer wrong-token-0123456789abcdef" } })).status()).toBe(401);
    const r = await request.get(`${PROXY}/api/metrics`, { headers: { "X-Backend": s, Authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(r.status()).toBe(200);
    expect(servedBy(r)).toBe(upstream(s));
    const text = await r.text();
    const buckets = text.split("\n").filter((l) => l.startsWith("weihai_http_request_duration_seconds_count{"));
    expect(buckets.some((l) => l.includes('route="ops"') && l.includes('status="4xx"') && l.includes('method="GET"'))).toBe(true);
    expect(text).toMatch(/weihai_cases\{status="in_notice"\} [1-9]/);
    // labels are route groups, never paths with ids in them
    expect(text).not.toMatch(/\/(review|applicant)\/cases\/[a-z0-9]{20,}/);
  }
  const health = await request.get(`${PROXY}/api/health`);
  expect(await health.json()).toEqual({ status: "ok" });
});
