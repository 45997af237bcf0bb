// Payment to a bank account (issue 13 §3, ADR 018) in a browser: the applicant's bank account on
// its profile is fixed into its cases; finance officer A assembles a batch and downloads its
// 拨付清单 (parsed here); A cannot mark it paid, officer B does, after a confirmation; a repeated
// click changes nothing; the applicant reads the payment notice with the account's last four digits.
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import ExcelJS from "exceljs";
import type { Browser, Page } from "@playwright/test";
import { addBankAccount, PASSWORD } from "./applicant-helpers";
import { sql } from "./e2e-db";
import { DEMO, expect, loginAs, newCreditCode, test } from "./fixtures";
import { shoot } from "./screenshots";
import { actionsInBuild, callAction } from "./server-actions";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, email);
  return page;
}


/** A payable case of the organisation (its notice over), with the account its profile holds fixed into it. */
async function payableCase(orgId: string, userId: string, approvedFen: number) {
  const id = `e2e-pay-${randomBytes(4).toString("hex")}`;
  const caseNo = `WH-${new Date().getFullYear()}-C09-8${String(Math.floor(Math.random() * 1e5)).padStart(5, "0")}`;
  await sql(`INSERT INTO "Case" (id, "caseNo", "organisationId", "measureId", "roundId", "leadBureauId", subject, facts, status, version, revision,
               "ceilingFen", "approvedFen", "capYear", "createdById", "submittedAt", "decidedAt", "noticeEndsAt",
               "payeeAccountName", "payeeBankName", "payeeAccountNo", "updatedAt")
             SELECT $1, $2, o.id, 'c09-rnd-increment', (SELECT id FROM "Round" ORDER BY "createdAt" LIMIT 1), 'sci-tech', $3, '{}', 'payable', 4, 1,
               7500000, $4, 2025, $5, now() - interval '10 days', now() - interval '9 days', now() - interval '1 minute',
               o."bankAccountName", o."bankName", o."bankAccountNo", now()
             FROM "Organisation" o WHERE o.id = $6`, [id, caseNo, `拨付批次测试 ${caseNo}`, approvedFen, userId, orgId]);
  return { id, caseNo };
}

test("finance A assembles a batch and exports the 拨付清单; finance B marks it paid; the applicant gets the payment notice", async ({ page, browser }) => {
  test.setTimeout(480_000); // many sign-ins and page loads; slow on a loaded machine
  // a new organisation without a bank account (made directly: sign-up is another suite's subject)
  const orgName = `威海拨付批次测试科技有限公司${randomBytes(2).toString("hex")}`;
  const orgId = `e2e-pay-org-${randomBytes(4).toString("hex")}`;
  const userId = `e2e-pay-user-${randomBytes(4).toString("hex")}`;
  const email = `${userId}@example.com`;
  const creditCode = newCreditCode();
  await sql(`INSERT INTO "Organisation"(id, "creditCode", name, "orgType", "registeredInCity", "contactName", "contactPhone", "updatedAt")
             VALUES ($1, $2, $3, 'enterprise', true, '申报员', '13906310000', now())`, [orgId, creditCode, orgName]);
  await sql(`INSERT INTO "User"(id, email, name, "passwordHash", role, "organisationId") VALUES ($1, $2, '申报员', $3, 'applicant', $4)`,
    [userId, email, await bcrypt.hash(PASSWORD, 10), orgId]);
  await loginAs(page, email, PASSWORD);
  await page.goto("/applicant/profile");
  await expect(page.getByTestId("bank-account-none")).toBeVisible();
  // 开户名称 must be the organisation's name: another name is refused next to the field, nothing saved
  const form = page.getByTestId("bank-account-form");
  await form.getByLabel("开户名称").fill(`${orgName}分公司`);
  await form.getByLabel("开户银行").fill("中国工商银行威海分行营业部");
  await form.getByRole("textbox", { name: "账号", exact: true }).fill("6222 021");
  await form.getByRole("button", { name: "保存收款账户" }).click();
  await expect(form.getByText("账号应为 8–32 位数字")).toBeVisible();
  await form.getByRole("textbox", { name: "账号", exact: true }).fill("6222 0212 3456 7890");
  await form.getByRole("button", { name: "保存收款账户" }).click();
  await expect(form.getByText("开户名称须与单位名称完全一致")).toBeVisible();
  expect(await sql(`SELECT "bankAccountNo" FROM "Organisation" WHERE id = $1`, [orgId])).toEqual([{ bankAccountNo: null }]);
  await form.getByLabel("开户名称").fill(orgName);
  const bankAccountNo = await addBankAccount(page);
  // the profile shows the account it holds, grouped
  const current = page.getByTestId("bank-account-current");
  await expect(current).toContainText(orgName);
  await expect(current).toContainText(bankAccountNo.replace(/(\d{4})(?=\d)/g, "$1 "));
  await shoot(page, "payment-profile", { fitsWidth: true });
  const four = bankAccountNo.slice(-4);
  expect((await sql<{ data: unknown }>(`SELECT data FROM "AuditEvent" WHERE action = 'org_bank_account_update' AND "actorId" = $1`, [userId])).map((r) => r.data))
    .toEqual([{ organisationId: orgId, old: null, new: { bankName: "中国工商银行威海分行营业部", accountNo: `****${four}` } }]);
  const one = await payableCase(orgId, userId, 7_000_000);
  const two = await payableCase(orgId, userId, 1_234_567);

  // A: the queue shows the fixed account in full (finance pays it); A builds a batch of the two
  const a = await as(browser, DEMO.finance);
  await a.goto(`/finance?q=${encodeURIComponent(one.caseNo)}`);
  await expect(a.getByTestId("finance-row-account")).toContainText(bankAccountNo.replace(/(\d{4})(?=\d)/g, "$1 "));
  await a.goto("/finance/batches");
  for (const c of [one, two]) await a.getByRole("checkbox", { name: new RegExp(c.caseNo) }).check();
  await expect(a.getByTestId("batch-selected")).toHaveText("已选 2 笔，合计 ¥82,345.67（8.23万元）");
  await shoot(a, "payment-batches", { fitsWidth: true });
  await a.getByRole("button", { name: "编成批次" }).click();
  await expect(a).toHaveURL(/\/finance\/batches\/[^/]+$/);
  const batchId = a.url().split("/").pop()!;
  const batchNo = (await a.getByTestId("batch-no").textContent())!;
  expect(batchNo).toMatch(/^BF-\d{4}-\d{4}$/);
  await expect(a.getByTestId("batch-total")).toContainText("¥82,345.67");
  // no one pays alone: the one who assembled it gets no "mark paid" form
  await expect(a.getByTestId("own-batch")).toBeVisible();
  await expect(a.getByTestId("mark-paid-form")).toHaveCount(0);
  // a case in the batch is paid with it, not alone
  await a.goto(`/finance/cases/${one.id}`);
  await expect(a.getByTestId("in-batch")).toContainText(batchNo);
  await expect(a.getByTestId("payment-form")).toHaveCount(0);

  // the 拨付清单, downloaded and read back
  await a.goto(`/finance/batches/${batchId}`);
  const [download] = await Promise.all([a.waitForEvent("download"), a.getByTestId("batch-export").click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`${batchNo}\\.xlsx$`));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.getWorksheet("拨付清单")!;
  expect(ws.getRow(1).values).toEqual([undefined, "序号", "案号", "单位名称", "统一社会信用代码", "措施", "开户名称", "开户银行", "账号", "金额(元)"]);
  const rows = [ws.getRow(2).values, ws.getRow(3).values] as unknown[][];
  const byNo = new Map(rows.map((r) => [r[2], r]));
  expect(byNo.get(one.caseNo)!.slice(3)).toEqual([orgName, creditCode, "研发投入递增奖励", orgName, "中国工商银行威海分行营业部", bankAccountNo, 70000]);
  expect(byNo.get(two.caseNo)!.slice(8)).toEqual([bankAccountNo, 12345.67]);
  expect(ws.getRow(4).values).toEqual([undefined, "合计", "2 笔", undefined, undefined, undefined, undefined, undefined, undefined, 82345.67]);

  // B marks it paid after the confirmation
  const b = await as(browser, DEMO.finance2);
  await b.goto(`/finance/batches/${batchId}`);
  await b.getByLabel("凭证号").fill("PZ-2026-0808");
  await b.getByRole("button", { name: "确认整批拨付" }).click();
  const dialog = b.getByRole("dialog");
  await expect(dialog).toContainText(`批次 ${batchNo}：2 笔，合计 ¥82,345.67（8.23万元）`);
  await shoot(b, "payment-batch-confirm", { fitsWidth: true });
  await dialog.getByRole("button", { name: "确认拨付" }).click();
  await expect(b.getByTestId("batch-state")).toHaveText("已拨付");
  await expect(b.getByTestId("batch-paid")).toContainText("PZ-2026-0808");
  await shoot(b, "payment-batch-paid", { fitsWidth: true });
  expect(await sql(`SELECT status::text, "paymentBatchId" FROM "Case" WHERE id = ANY($1) ORDER BY id`, [[one.id, two.id]]))
    .toEqual([{ status: "paid", paymentBatchId: batchId }, { status: "paid", paymentBatchId: batchId }]);
  const counts = () => sql(`SELECT (SELECT count(*)::int FROM "Payment" WHERE "caseId" = ANY($1)) AS p, (SELECT count(*)::int FROM "AuditEvent" WHERE "caseId" = ANY($1) AND action = 'pay') AS e`, [[one.id, two.id]]);
  expect(await counts()).toEqual([{ p: 2, e: 2 }]);
  // a repeated click (the page's old version) changes nothing
  const mark = actionsInBuild().find((x) => x.name === "markBatchPaidAction")!;
  const again = await callAction(b.request, mark, [{ batchId, version: 0, paidOn: new Date().toISOString().slice(0, 10), voucherNo: "PZ-AGAIN" }]);
  expect(again.text).toMatch(/"error":"stale"/);
  expect(await counts()).toEqual([{ p: 2, e: 2 }]);

  // the applicant's payment notice: amount in ¥ and 万元, voucher, the account's last four digits
  await page.goto("/notifications");
  const notice = page.getByTestId("notification").filter({ hasText: two.caseNo }).filter({ hasText: "拨付通知" });
  await expect(notice).toContainText("¥12,345.67（1.23万元）");
  await expect(notice).toContainText("凭证号 PZ-2026-0808");
  await expect(notice).toContainText(`尾号 ${four}`);
  await expect(notice).not.toContainText(bankAccountNo);
  await shoot(page, "payment-applicant-notice", { fitsWidth: true });
});
