// The admin's work in Chinese: a round with a window that governs what applicants can submit, a
// what-if on a grade list and its application, a reviewer account that works only once a second
// admin approves it and is then deactivated, and a dashboard whose figures match SQL over the same
// cases. Screenshots of the round form, the dashboard and the what-if go to SHOTS_DIR (docs/screenshots/ with npm run screenshots).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { startApplication, verifiedEnterprise, yesNo } from "./applicant-helpers";
import { e2eDatabaseUrl, sql } from "./e2e-db";
import { DEMO, expect, loginAs, newCreditCode, test } from "./fixtures";
import { shootAsIs } from "./screenshots";

const INVALID_SIGN_IN = "账号或密码不正确。如确认无误仍无法登录，请联系管理员";

const DB_URL = e2eDatabaseUrl();
const YEAR = new Date().getFullYear();
const DEMO_ROUND = `round-${YEAR}`;

/** a datetime-local value in Beijing time, `hours` from now */
function beijing(hours: number): string {
  return new Date(Date.now() + hours * 3_600_000 + 8 * 3_600_000).toISOString().slice(0, 16);
}

test.describe.configure({ mode: "serial" });

// the bulk round fills every queue; remove it so the suites that run after this one see their own cases
test.afterAll(async () => {
  await sql(`DELETE FROM "Payment" WHERE "caseId" IN (SELECT id FROM "Case" WHERE "roundId" LIKE 'bulk-%')`);
  await sql(`DELETE FROM "Case" WHERE "roundId" LIKE 'bulk-%'`);
  await sql(`DELETE FROM "Round" WHERE id LIKE 'bulk-%'`);
});

test("an admin creates a round with two measures open now; an applicant can submit only while it is open", async ({ page, browser }) => {
  await loginAs(page, DEMO.admin);
  await page.goto("/admin/rounds/new");
  await expect(page.getByRole("heading", { name: "新建申报批次" })).toBeVisible();
  const name = `E2E 专项批次 ${randomBytes(2).toString("hex")}`;

  // invalid: closing before opening, a negative budget, no measure: field errors, nothing saved
  await page.getByLabel("批次名称").fill(name);
  await page.getByLabel("开始时间").fill(beijing(-1));
  await page.getByLabel("截止时间").fill(beijing(-2));
  await page.getByLabel("总预算（元）").fill("-100");
  await page.getByRole("button", { name: "创建批次" }).click();
  await expect(page.getByText("截止时间必须晚于开始时间")).toBeVisible();
  await expect(page.getByText("金额不能为负数")).toBeVisible();
  await expect(page.getByText("请至少选择一个事项")).toBeVisible();
  expect(await sql(`SELECT id FROM "Round" WHERE name = $1`, [name])).toHaveLength(0);

  // valid: two measures, budgets, a window around now
  await page.getByLabel("截止时间").fill(beijing(2));
  await page.getByLabel("总预算（元）").fill("2,000,000");
  await page.getByRole("checkbox", { name: /中国创新创业大赛优秀企业奖励/ }).check();
  await page.getByRole("checkbox", { name: /市级创新联合体备案补助/ }).check();
  await page.getByLabel(/中国创新创业大赛优秀企业奖励.*预算/).fill("500000");
  await page.getByLabel(/市级创新联合体备案补助.*预算/).fill("800000.50");
  await expect(page.getByTestId("budget-sum")).toHaveText("各事项预算合计 ¥1,300,000.50，总预算 ¥2,000,000.00");
  await page.getByRole("button", { name: "创建批次" }).click();
  await expect(page).toHaveURL(/\/admin\/rounds\/[^/?]+\?created=1$/);
  const roundId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByTestId("round-status")).toHaveText("草稿");
  await page.getByRole("button", { name: "开放申报" }).click();
  await page.getByRole("button", { name: "确认开放申报" }).click();
  await expect(page.getByTestId("round-status")).toHaveText("开放中");
  const [round] = await sql<{ status: string; total: string }>(`SELECT status::text, "totalBudgetFen"::text AS total FROM "Round" WHERE id = $1`, [roundId]);
  expect(round).toEqual({ status: "open", total: "200000000" });
  const measures = await sql<{ measureId: string; fen: string }>(`SELECT "measureId", "budgetFen"::text AS fen FROM "RoundMeasure" WHERE "roundId" = $1 ORDER BY 1`, [roundId]);
  expect(measures).toEqual([{ measureId: "c16-innovation-contest", fen: "50000000" }, { measureId: "c18-consortium-filing", fen: "80000050" }]);

  // an applicant applies through the applicant pages: the case lands in this round (it closes first)
  const applicant = await (await browser.newContext()).newPage();
  await verifiedEnterprise(applicant, "威海批次测试科技有限公司");
  const first = await startApplication(applicant, "c16-innovation-contest");
  await applicant.getByLabel("申报事项名称").fill("2025年中国创新创业大赛全国赛优秀企业");
  await yesNo(applicant, "是否晋级中国创新创业大赛全国赛", "是");
  await yesNo(applicant, "是否获得全国赛“优秀企业”称号", "是");
  await applicant.getByLabel("获得优秀企业称号日期（全国赛结果公布日）").fill("2025-09-20");
  await applicant.getByRole("button", { name: "下一步：核对信息" }).click();
  await applicant.getByLabel("我单位作出信用承诺").check();
  await applicant.getByTestId("submit-case").click();
  await applicant.getByRole("button", { name: "仍然提交" }).click();
  await expect(applicant).toHaveURL(new RegExp(`/applicant/cases/${first}/submitted$`));
  expect(await sql(`SELECT "roundId", status::text FROM "Case" WHERE id = $1`, [first])).toEqual([{ roundId, status: "submitted" }]);

  // a second application is filled in, then the admin closes the round: it cannot be submitted
  const second = await startApplication(applicant, "c18-consortium-filing");
  await applicant.getByLabel("申报事项名称").fill("海洋装备创新联合体市级备案");
  await yesNo(applicant, "创新联合体是否已通过市级备案", "是");
  await applicant.getByLabel("市级备案日期").fill("2025-10-08");
  await applicant.getByRole("button", { name: "下一步：核对信息" }).click();
  await expect(applicant).toHaveURL(new RegExp(`/applicant/cases/${second}/review$`));
  await page.getByRole("button", { name: "关闭申报" }).click();
  await page.getByRole("button", { name: "确认关闭申报" }).click();
  await expect(page.getByTestId("round-status")).toHaveText("已关闭");
  await applicant.getByLabel("我单位作出信用承诺").check();
  await applicant.getByTestId("submit-case").click();
  await applicant.getByRole("button", { name: "仍然提交" }).click();
  await expect(applicant.getByTestId("submit-error")).toContainText("不在申报期内，不能提交");
  expect(await sql(`SELECT "roundId", status::text FROM "Case" WHERE id = $1`, [second])).toEqual([{ roundId, status: "draft" }]);
  const audit = await sql<{ action: string }>(`SELECT action FROM "AuditEvent" WHERE data->>'roundId' = $1 ORDER BY id`, [roundId]);
  expect(audit.map((a) => a.action)).toEqual(["round_create", "round_open", "round_close"]);
});

test("a changed grade list shows the expected changed case in the what-if, and applying it flags the case for re-review", async ({ page }) => {
  // a submitted 市级平台 case graded 良好 in the demo round
  const orgId = `e2e-org-${randomBytes(4).toString("hex")}`;
  const caseId = `e2e-case-${randomBytes(4).toString("hex")}`;
  const caseNo = `WH-${YEAR}-C01-9${String(Math.floor(Math.random() * 1e5)).padStart(5, "0")}`;
  await sql(`INSERT INTO "Organisation" (id, "creditCode", name, "orgType", "registeredInCity", "contactName", "contactPhone", "updatedAt")
             VALUES ($1, $2, '威海测算验证实验室有限公司', 'enterprise', true, '测试', '13800000000', now())`, [orgId, newCreditCode()]);
  await sql(`INSERT INTO "Case" (id, "caseNo", "organisationId", "measureId", "roundId", "leadBureauId", subject, facts, status, version, revision, "ceilingFen", "capYear", "createdById", "submittedAt", "updatedAt")
             VALUES ($1, $2, $3, 'c01-municipal-platform', $4, 'sci-tech', '威海市海洋装备重点实验室', $5, 'submitted', 1, 1, 50000000, 2025, 'e2e', now(), now())`,
  [caseId, caseNo, orgId, DEMO_ROUND, JSON.stringify({ platformType: "key_lab", grade: "good", eventDate: "2025-06-30" })]);

  await loginAs(page, DEMO.admin);
  await page.goto(`/admin/whatif?round=${DEMO_ROUND}`);
  const c01 = page.getByRole("group", { name: /市级创新平台绩效补助/ });
  await expect(c01.getByLabel("优秀")).toBeChecked();
  await expect(c01.getByLabel("良好")).toBeChecked();
  await c01.getByLabel("良好").uncheck();
  await page.getByRole("button", { name: "测算", exact: true }).click();
  await expect(page.getByTestId("changed-count")).toHaveText("1");
  const row = page.getByTestId("changed-case");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(caseNo);
  await expect(row).toContainText("威海测算验证实验室有限公司");
  await expect(row).toContainText("¥500,000.00");
  await expect(row).toContainText("不符合");
  await expect(row).toContainText("不在本轮择优范围");
  await expect(page.getByTestId("whatif-delta")).toContainText("-¥500,000.00");
  // nothing changed by the preview
  expect(await sql(`SELECT "needsReReview" FROM "Case" WHERE id = $1`, [caseId])).toEqual([{ needsReReview: false }]);

  await page.getByRole("button", { name: "应用这些参数" }).click();
  await page.getByRole("button", { name: "确认应用" }).click();
  await expect(page.getByText("已应用：1 件申报结果变化，1 件在办申报已标记为需重新审核。")).toBeVisible();
  expect(await sql(`SELECT "needsReReview" FROM "Case" WHERE id = $1`, [caseId])).toEqual([{ needsReReview: true }]);
  const [round] = await sql<{ params: { eligibleGrades: Record<string, string[]> } }>(`SELECT params FROM "Round" WHERE id = $1`, [DEMO_ROUND]);
  expect(round.params.eligibleGrades["c01-municipal-platform"]).toEqual(["excellent"]);
  const [audit] = await sql<{ data: { flaggedCaseIds: string[] } }>(`SELECT data FROM "AuditEvent" WHERE action = 'whatif_apply' ORDER BY id DESC LIMIT 1`);
  expect(audit.data.flaggedCaseIds).toEqual([caseId]);
});

test("an admin asks for a reviewer account, which works only after a second admin approves it; then deactivates it, and it cannot sign in", async ({ page, browser }) => {
  await loginAs(page, DEMO.admin);
  await page.goto("/admin/users");
  const email = `rv-${randomBytes(3).toString("hex")}@demo.weihai.gov.cn`;
  const form = page.getByTestId("create-staff");
  await form.getByLabel("姓名").fill("陈审核");
  await form.getByLabel("邮箱（登录账号）").fill(email);
  await form.getByLabel("角色").selectOption("reviewer");
  await form.getByLabel("所属部门").selectOption("sci-tech");
  await form.getByLabel("初始密码").fill("Reviewer2026x");
  await form.getByRole("button", { name: "创建账号" }).click();
  await expect(form.getByText(`已提交开通账号 ${email}，待另一名管理员复核后生效`)).toBeVisible();
  expect(await sql(`SELECT active FROM "User" WHERE email = $1`, [email])).toEqual([{ active: false }]);

  // the new reviewer cannot sign in yet
  const reviewer = await (await browser.newContext()).newPage();
  const signIn = async () => {
    await reviewer.goto("/sign-in");
    await reviewer.getByLabel("统一社会信用代码或邮箱").fill(email);
    await reviewer.getByLabel("密码").fill("Reviewer2026x");
    await reviewer.getByRole("button", { name: "登录", exact: true }).click();
  };
  await signIn();
  // not yet approved: it signs in like an unknown account (nothing about accounts is disclosed)
  await expect(reviewer.getByText(INVALID_SIGN_IN)).toBeVisible();

  // the requester sees it in 待复核 without an approve button
  const pending = page.getByTestId(`pending-${email}`);
  await expect(pending.getByTestId("pending-kind")).toHaveText("开通账号");
  await expect(pending).toContainText("授予：审核员 · 市科技局");
  await expect(pending.getByTestId("own-request")).toHaveText("本人提出，须由另一名管理员复核");
  await expect(pending.getByRole("button", { name: "复核通过" })).toHaveCount(0);
  await expect(page.getByTestId(`staff-${email}`).getByTestId("staff-pending")).toHaveText("待复核");

  // the second admin approves it, after confirming
  const admin2 = await (await browser.newContext()).newPage();
  await loginAs(admin2, DEMO.admin2);
  await admin2.goto("/admin/users");
  const item2 = admin2.getByTestId(`pending-${email}`);
  await expect(item2).toContainText("吴管理");
  await shootAsIs(admin2, "admin-pending-approval");
  await item2.getByRole("button", { name: "复核通过" }).click();
  await expect(item2.getByRole("alertdialog")).toContainText(`确认通过「开通账号」${email}？`);
  await item2.getByRole("button", { name: "确认" }).click();
  await expect(admin2.getByTestId(`pending-${email}`)).toHaveCount(0);
  await expect(admin2.getByTestId(`staff-${email}`).getByTestId("staff-status")).toHaveText("启用");
  const audit = await sql<{ action: string; actor: string }>(
    `SELECT a.action, u.email AS actor FROM "AuditEvent" a JOIN "User" u ON u.id = a."actorId" WHERE a.data->>'email' = $1 ORDER BY a.id`, [email]);
  expect(audit).toEqual([{ action: "privilege_request", actor: DEMO.admin }, { action: "privilege_approve", actor: DEMO.admin2 }]);

  // now the new reviewer signs in, and must first enrol a second factor (ADR 022)
  await signIn();
  await expect(reviewer).toHaveURL(/\/account\/two-factor$/);

  // an admin cannot deactivate themselves: no button on their own row
  await expect(page.getByTestId(`staff-${DEMO.admin}`).getByTestId("deactivate")).toHaveCount(0);
  await page.reload();
  const item = page.getByTestId(`staff-${email}`);
  await item.getByTestId("deactivate").click();
  await expect(item.getByTestId("staff-status")).toHaveText("已停用");
  expect(await sql(`SELECT active FROM "User" WHERE email = $1`, [email])).toEqual([{ active: false }]);

  // the open session ends at once, and signing in again is refused
  await reviewer.goto("/review");
  await expect(reviewer).toHaveURL(/\/sign-in/);
  await reviewer.getByLabel("统一社会信用代码或邮箱").fill(email);
  await reviewer.getByLabel("密码").fill("Reviewer2026x");
  await reviewer.getByRole("button", { name: "登录", exact: true }).click();
  await expect(reviewer.getByText(INVALID_SIGN_IN)).toBeVisible();
});

test("the dashboard's figures equal SQL counts of the same cases, and the Excel export carries them", async ({ page }) => {
  // bulk demo data in the e2e database, through the seed:bulk tool
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "prisma/tools/seed-bulk.ts", "--cases", "2000"], { env: { ...process.env, DATABASE_URL: DB_URL }, encoding: "utf8" });
  expect(out).toMatch(/seed:bulk: 2000 cases in [\d.]+ s/);
  const [{ id: roundId }] = await sql<{ id: string }>(`SELECT id FROM "Round" WHERE id LIKE 'bulk-%' ORDER BY "createdAt" DESC LIMIT 1`);

  await loginAs(page, DEMO.admin);
  await page.goto(`/admin/dashboard?round=${roundId}`);
  await expect(page.getByRole("heading", { name: "数据看板" })).toBeVisible();
  const byStatus = await sql<{ status: string; n: number }>(`SELECT status::text, count(*)::int AS n FROM "Case" WHERE "roundId" = $1 GROUP BY 1`, [roundId]);
  expect(byStatus.reduce((s, r) => s + r.n, 0)).toBe(2000);
  for (const { status, n } of byStatus) {
    await expect(page.getByTestId(`status-${status}`).locator('[data-col="cases"]'), status).toHaveText(String(n));
  }
  const [tot] = await sql<{ submitted: number; committed: string; paid: number }>(`
    SELECT count(*) FILTER (WHERE "submittedAt" IS NOT NULL)::int AS submitted,
           sum("approvedFen") FILTER (WHERE status IN ('in_notice','objected','payable','paid'))::text AS committed,
           count(*) FILTER (WHERE status = 'paid')::int AS paid
    FROM "Case" WHERE "roundId" = $1`, [roundId]);
  const total = page.getByTestId("measure-total");
  await expect(total.locator('[data-col="submitted"]')).toHaveText(String(tot.submitted));
  await expect(total.locator('[data-col="paid"]')).toHaveText(String(tot.paid));
  const yuan = (fen: string) => "¥" + Math.floor(Number(fen) / 100).toLocaleString("en") + "." + fen.slice(-2).padStart(2, "0");
  await expect(total.locator('[data-col="committedFen"]')).toHaveText(yuan(tot.committed));
  await expect(page.getByTestId("card-submitted").getByTestId("card-value")).toHaveText(tot.submitted.toLocaleString("zh-CN"));
  const [c09] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Case" WHERE "roundId" = $1 AND "measureId" = 'c09-rnd-increment' AND "submittedAt" IS NOT NULL`, [roundId]);
  await expect(page.getByTestId("measure-c09-rnd-increment").locator('[data-col="submitted"]')).toHaveText(String(c09.n));
  await expect(page.getByTestId("budget-chart").locator("[data-bar=committed]").first()).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export").click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  expect(wb.worksheets.map((w) => w.name)).toEqual(["按事项", "按部门", "按状态", "办理时长"]);
  const paidRow = wb.getWorksheet("按状态")!.getSheetValues().find((r) => Array.isArray(r) && r[1] === "已拨付") as unknown[];
  expect(paidRow[2]).toBe(tot.paid);
});

test("screenshots of the round form, the dashboard and the what-if (desktop and phone)", async ({ page }) => {
  await loginAs(page, DEMO.admin);
  const [{ id: bulk }] = await sql<{ id: string }>(`SELECT id FROM "Round" WHERE id LIKE 'bulk-%' ORDER BY "createdAt" DESC LIMIT 1`);
  const shots: [string, string, (() => Promise<void>)?][] = [
    ["admin-round-form", "/admin/rounds/new", async () => {
      await page.getByLabel("批次名称").fill(`${YEAR}年度第二批科技创新政策兑现`);
      await page.getByLabel("总预算（元）").fill("30000000");
      for (const [title, budget] of [["市级创新平台绩效补助", "5000000"], ["研发投入递增奖励", "20000000"], ["中国创新创业大赛优秀企业奖励", "-100"]]) {
        await page.getByRole("checkbox", { name: new RegExp(title) }).check();
        await page.getByLabel(new RegExp(`${title}.*预算`)).fill(budget);
      }
      await page.getByRole("button", { name: "创建批次" }).click();
      await expect(page.getByText("金额不能为负数")).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, 0));
    }],
    ["admin-dashboard", `/admin/dashboard?round=${bulk}`, async () => {
      await expect(page.getByTestId("budget-chart").locator("[data-bar=committed]").first()).toBeVisible();
    }],
    ["admin-whatif", `/admin/whatif?round=${bulk}&run=1&gm=c01-municipal-platform&g.c01-municipal-platform=excellent&gm=c11-university-joint-rnd&g.c11-university-joint-rnd=excellent&gm=c31-pilot-base&g.c31-pilot-base=excellent&bl=off`],
  ];
  for (const [name, url, ready] of shots) {
    for (const [device, width, height] of [["desktop", 1280, 900], ["phone", 390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      if (ready) await ready();
      await shootAsIs(page, `${name}-${device}`);
    }
  }
});
