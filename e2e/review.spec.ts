// Review, decision, public notice and payment, as the people involved do it (in Chinese):
// an enterprise applies through its own pages, reviewer A proposes, reviewer B confirms (four
// eyes), the public objects, a reviewer resolves, the notice runs out (its end moved into the past:
// no build without DEMO_MODE offers a way to end it early), finance pays.
import ExcelJS from "exceljs";
import pg from "pg";
import type { Browser, Page } from "@playwright/test";
import { fillQualifyingC09, PDF, saveDraft, startApplication, verifiedEnterprise } from "./applicant-helpers";
import { e2eDatabaseUrl, sql } from "./e2e-db";
import { DEMO, expect, loginAs, test } from "./fixtures";
import { shoot, shootAsIs, shootElement } from "./screenshots";
import { actionsInBuild, callAction } from "./server-actions";

test.describe.configure({ mode: "serial" });

async function as(browser: Browser, email: string | null): Promise<Page> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  if (email) await loginAs(page, email);
  return page;
}

/** Applies for the R&D increment award (ceiling ¥75,000) through the applicant's pages; returns the case. */
async function applyC09(page: Page, orgName: string): Promise<{ id: string; caseNo: string }> {
  await verifiedEnterprise(page, orgName);
  const id = await startApplication(page, "c09-rnd-increment");
  await fillQualifyingC09(page);
  for (const [slot, name] of [["rnd_statistics", "研发投入统计报表.pdf"], ["qualification_certificate", "高企证书.pdf"]]) {
    const box = page.locator(`[data-slot="${slot}"]`);
    await box.locator("input[type=file]").setInputFiles({ name, mimeType: "application/pdf", buffer: PDF });
    await expect(box.getByTestId("attachment")).toHaveCount(1);
  }
  await saveDraft(page);
  await submitFromReview(page, id);
  return { id, caseNo: (await page.getByTestId("case-no").textContent())!.trim() };
}

async function submitFromReview(page: Page, id: string, fixAnswers: string[] = []) {
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await expect(page).toHaveURL(new RegExp(`/applicant/cases/${id}/review$`));
  // a resubmission answers each item of the fix list
  for (const [i, answer] of fixAnswers.entries()) await page.locator(`#fix-answer-${i}`).fill(answer);
  await page.getByLabel("我单位作出信用承诺").check();
  await page.getByTestId("submit-case").click();
  await expect(page).toHaveURL(new RegExp(`/applicant/cases/${id}/submitted$`));
}

async function confirmIn(page: Page, dialogName: string, button: string) {
  const dialog = page.getByRole("dialog", { name: dialogName });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** the case's status pill at the top of a case page */
const badge = (page: Page) => page.getByTestId("status-badge").first();

test("approve below the ceiling with four eyes → public notice → objection dismissed → notice ended → paid; the applicant sees 已拨付", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const org = `威海审核流程测试${Date.now() % 100000}科技有限公司`;
  const { id, caseNo } = await applyC09(page, org);
  expect(caseNo).toMatch(/^WH-\d{4}-C09-\d{6}$/);

  // reviewer A finds it in 待审核 by searching its number, and proposes ¥70,000 with a reason
  const a = await as(browser, DEMO.reviewerA);
  await a.goto("/review");
  await expect(a.getByTestId("bureau-name")).toContainText("市科技局");
  await a.getByLabel("搜索").fill(caseNo);
  await a.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(a).toHaveURL(new RegExp(`q=${caseNo}`));
  const row = a.getByTestId("queue-row").filter({ hasText: caseNo });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(org);
  await expect(row).toContainText("¥75,000.00");
  await expect(row).toContainText("0 个工作日");
  await row.getByTestId("case-link").click();
  await expect(a).toHaveURL(new RegExp(`/review/cases/${id}$`));
  await expect(a.getByTestId("fact-rndThisYearFen")).toContainText("¥11,500,000.00");
  await expect(a.getByTestId("attachments")).toContainText("高企证书.pdf");
  await expect(a.getByTestId("decision-ceiling")).toContainText("¥75,000.00");
  await a.getByLabel("批准金额（元）").fill("70000");
  await a.getByRole("button", { name: "提交审核意见" }).click();
  await expect(a.getByText("批准金额低于最高可获金额，请说明理由").first()).toBeVisible();
  await a.getByLabel("审核理由").fill("部分研发费用不予认定");
  await a.getByRole("button", { name: "提交审核意见" }).click();
  await expect(a.getByRole("dialog", { name: "确认提交审核意见" })).toContainText("拟批准金额 ¥70,000.00");
  await confirmIn(a, "确认提交审核意见", "确认提交");
  await expect(a.getByTestId("awaiting-confirmation")).toHaveText("等待其他审核员复核");
  await expect(a.getByRole("button", { name: "复核通过，进入公示" })).toHaveCount(0);
  // nor is it in A's own 待复核 tab
  await a.goto("/review?tab=confirm");
  await expect(a.getByTestId("queue-row").filter({ hasText: caseNo })).toHaveCount(0);

  // reviewer B confirms from 待复核
  const b = await as(browser, DEMO.reviewerB);
  await b.goto("/review?tab=confirm");
  await b.getByTestId("queue-row").filter({ hasText: caseNo }).getByTestId("case-link").click();
  await expect(b.getByTestId("pending-proposal")).toContainText(/拟批准\s*¥70,000.00/);
  await expect(b.getByTestId("pending-proposal")).toContainText("部分研发费用不予认定");
  await b.getByRole("button", { name: "复核通过，进入公示" }).click();
  await confirmIn(b, "确认复核结果", "确认");
  await expect(badge(b)).toHaveText("公示中");
  await expect(b.getByTestId("approved-amount")).toContainText("¥70,000.00");

  // the public notice: no sign-in, organisation, amount; an objection pauses it
  const visitor = await as(browser, null);
  await visitor.goto("/notice");
  const notice = visitor.getByTestId("notice-row").filter({ hasText: org });
  await expect(notice).toContainText("¥70,000.00");
  await expect(notice).toContainText("研发投入递增奖励");
  await expect(visitor.getByTestId("notice-table")).not.toContainText("91371");
  await notice.getByTestId("object-link").click();
  await visitor.getByLabel("姓名").fill("王群众");
  await visitor.getByLabel("联系方式（电话或邮箱）").fill("13900001111");
  await visitor.getByLabel("异议内容与依据").fill("该企业研发费用归集存在疑问");
  await visitor.getByRole("button", { name: "提交异议" }).click();
  await expect(visitor.getByText("异议已提交。该项目暂停公示，审核部门核查后处理。")).toBeVisible();
  // the objector gets a reference and can look the objection up (nothing personal shown)
  const received = visitor.getByTestId("objection-received");
  const refNo = (await received.locator("strong").textContent())!.trim();
  expect(refNo).toMatch(/^YY-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await received.getByRole("link", { name: "查询异议处理进度" }).click();
  await expect(visitor.getByTestId("lookup-stage")).toHaveText("已受理，等待核查");
  await expect(visitor.getByTestId("lookup-result")).toContainText(caseNo);
  await expect(visitor.getByTestId("lookup-result")).not.toContainText("13900001111");
  await expect(visitor.getByTestId("lookup-result")).not.toContainText("王群众");
  await visitor.goto("/notice");
  await expect(visitor.getByTestId("notice-row").filter({ hasText: org }).getByTestId("notice-paused")).toHaveText("异议核查中");

  // reviewer A proposed the approval: dismissing the objection to it is someone else's part
  await a.goto(`/review/cases/${id}`);
  await expect(badge(a)).toHaveText("异议处理中");
  await expect(a.getByTestId("objections")).toContainText("13900001111");
  await expect(a.getByLabel(/提议驳回/)).toHaveCount(0);
  // reviewer C proposes to dismiss it after checking; reviewer D confirms: the notice continues
  const rc = await as(browser, DEMO.reviewerC);
  await rc.goto(`/review/cases/${id}`);
  await rc.getByLabel("异议不成立，提议驳回（需另一名审核员确认后继续公示）").check();
  await rc.getByLabel("处理意见").fill("经核查研发费用归集符合规定");
  await rc.getByRole("button", { name: "提交处理结果" }).click();
  await confirmIn(rc, "确认异议处理结果", "确认");
  await expect(rc.getByTestId("dismissal-pending")).toContainText("等待本部门另一名审核员确认");
  await expect(badge(rc)).toHaveText("异议处理中");
  await visitor.goto(`/notice/objection?ref=${refNo}`);
  await expect(visitor.getByTestId("lookup-stage")).toHaveText("核查中，处理意见待复核");
  const rd = await as(browser, DEMO.reviewerD);
  await rd.goto(`/review/cases/${id}`);
  await expect(rd.getByTestId("dismissal-pending")).toContainText("经核查研发费用归集符合规定");
  await rd.setViewportSize({ width: 390, height: 844 });
  await shootElement(rd.getByTestId("resolve-objections"), "dismissal-confirm-phone");
  await rd.setViewportSize({ width: 1280, height: 800 });
  await rd.getByLabel("确认驳回异议，恢复公示（公示期顺延暂停的时间）").check();
  await rd.getByLabel("处理意见").fill("同意驳回");
  await rd.getByRole("button", { name: "提交处理结果" }).click();
  await confirmIn(rd, "确认异议处理结果", "确认");
  await expect(badge(rd)).toHaveText("公示中");
  await visitor.goto(`/notice/objection?ref=${refNo}`);
  await expect(visitor.getByTestId("lookup-stage")).toHaveText("异议不成立，该项目继续公示");
  await shootAsIs(visitor, "objection-lookup");

  // no one can skip the 7-day notice on a build without DEMO_MODE: the admin sees no
  // "立即结束公示（测试用）" button, and the action itself answers forbidden
  const admin = await as(browser, DEMO.admin);
  await admin.goto(`/review/cases/${id}`);
  await expect(badge(admin)).toHaveText("公示中");
  await expect(admin.getByTestId("end-notice")).toHaveCount(0);
  await expect(admin.getByRole("button", { name: /立即结束公示/ })).toHaveCount(0);
  const endNotice = actionsInBuild().find((x) => x.name === "endNoticeAction")!;
  const [{ version }] = await sql<{ version: number }>(`SELECT version FROM "Case" WHERE id = $1`, [id]);
  expect((await callAction(admin.request, endNotice, [{ caseId: id, version }])).text).toMatch(/"error":"forbidden"/);
  expect(await sql(`SELECT status::text FROM "Case" WHERE id = $1`, [id])).toEqual([{ status: "in_notice" }]);

  // time passes instead: the notice's end moves a few seconds ahead and the scheduled job (pg-boss,
  // started with the server) ends it on time, with no page loaded meanwhile, as the system's step
  await sql(`UPDATE "Case" SET "noticeEndsAt" = now() + interval '5 seconds' WHERE id = $1`, [id]);
  await expect.poll(async () => (await sql<{ status: string }>(`SELECT status::text FROM "Case" WHERE id = $1`, [id]))[0].status,
    { timeout: 100_000, intervals: [2_000] }).toBe("payable");
  expect(await sql(`SELECT "actorId" FROM "AuditEvent" WHERE "caseId" = $1 AND action = 'end_notice'`, [id])).toEqual([{ actorId: null }]);
  expect(await sql(`SELECT "endedAt" >= "dueAt" AS on_time FROM (SELECT min(e."createdAt") AS "endedAt", c."noticeEndsAt" AS "dueAt" FROM "AuditEvent" e JOIN "Case" c ON c.id = e."caseId" WHERE e."caseId" = $1 AND e.action = 'end_notice' GROUP BY c."noticeEndsAt") x`, [id])).toEqual([{ on_time: true }]);
  await admin.reload();
  await expect(badge(admin)).toHaveText("待拨付");
  const finance = await as(browser, DEMO.finance);

  // finance pays the approved amount
  // other suites (admin: seed:bulk) may fill the queue: find the case by its number
  await finance.goto(`/finance?q=${encodeURIComponent(caseNo)}`);
  const payable = finance.getByTestId("finance-row").filter({ hasText: caseNo });
  await expect(payable).toContainText("¥70,000.00");
  await payable.getByRole("link", { name: "登记拨付" }).click();
  await finance.getByLabel("拨付金额（元）").fill("75000");
  await finance.getByLabel("凭证号").fill("CZ-2026-0001");
  await finance.getByRole("button", { name: "确认拨付" }).click();
  await expect(finance.getByText("拨付金额须等于核定金额 ¥70,000.00")).toBeVisible();
  await finance.getByLabel("拨付金额（元）").fill("70,000.00");
  await finance.getByRole("button", { name: "确认拨付" }).click();
  await confirmIn(finance, "确认拨付", "确认拨付");
  await expect(finance.getByTestId("payment-record")).toContainText("CZ-2026-0001");
  // the receipt names the signed audit checkpoint written after the payment committed
  await expect(finance.getByTestId("payment-checkpoint")).toHaveText(/^审计检查点 #\d+（覆盖至第 \d+ 号审计事件，签名 [0-9a-f]{12}）$/);
  const checkpoint = await finance.getByTestId("payment-checkpoint").textContent();
  await expect(badge(finance)).toHaveText("已拨付");

  // the applicant sees 已拨付 and the amount
  await page.goto(`/applicant/cases/${id}`);
  await expect(page.getByTestId("status-badge").first()).toHaveText("已拨付");
  await expect(page.getByTestId("approved-amount")).toContainText("¥70,000.00");
  await expect(page.getByTestId("payment-receipt")).toContainText("已于");
  await expect(page.getByTestId("payment-checkpoint")).toHaveText(checkpoint!);
  await page.goto("/applicant");
  await expect(page.getByTestId("case-row").filter({ hasText: caseNo }).getByTestId("status-badge")).toHaveText("已拨付");

  // the whole story on the review page, with who did what
  await a.goto(`/review/cases/${id}`);
  const timeline = a.getByTestId("timeline");
  for (const step of ["提交申报", "审核员提出审核意见", "复核通过，进入公示", "公示期收到异议", "异议不成立，继续公示", "公示期满", "财政拨付完成"]) {
    await expect(timeline).toContainText(step);
  }
  await expect(timeline).toContainText("张审核");
  await expect(timeline).toContainText("李复核");
  await expect(timeline).toContainText("周财务");
});

test("return with a fix list → the applicant corrects and resubmits → the change is shown → approved", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const org = `威海退回补正测试${Date.now() % 100000}有限公司`;
  const { id, caseNo } = await applyC09(page, org);

  const a = await as(browser, DEMO.reviewerA);
  await a.goto(`/review/cases/${id}`);
  await a.getByLabel("退回修改").check();
  await a.getByLabel("需要补正的内容（每行一项）").fill("补充研发费用审计报告\n核对本年度研发投入金额");
  await a.getByLabel("审核理由").fill("材料不完整");
  // the form's fields and buttons are disabled until the page has hydrated, so these wait for it.
  // (No click-again loop: once the dialog is open it covers the button, and a second click would wait on it.)
  await a.getByRole("button", { name: "提交审核意见" }).click();
  await expect(a.getByRole("dialog", { name: "确认提交审核意见" })).toContainText("2 项需要补正");
  await confirmIn(a, "确认提交审核意见", "确认提交");
  await expect(a.getByTestId("awaiting-confirmation")).toBeVisible();
  // a PDF's preview is loaded only when it is opened
  const pdfs = a.locator("object[type='application/pdf']");
  await expect(a.getByTestId("preview")).toHaveCount(2);
  await expect(pdfs).toHaveCount(0);
  await a.getByTestId("preview").first().locator("summary").click();
  await expect(pdfs).toHaveCount(1);

  const b = await as(browser, DEMO.reviewerB);
  await b.goto(`/review/cases/${id}`);
  await b.getByRole("button", { name: "确认退回修改" }).click();
  await confirmIn(b, "确认复核结果", "确认");
  await expect(badge(b)).toHaveText("已退回");
  // a fix deadline, 10 working days on (the round's default), beside the status for both sides
  await expect(b.getByTestId("fix-due")).toBeVisible();

  // the applicant sees what to fix and by when, corrects it and resubmits
  await page.goto(`/applicant/cases/${id}`);
  await expect(page.getByTestId("status-badge").first()).toHaveText("退回修改");
  await expect(page.getByTestId("fix-due")).toContainText(/请于 .+ 前按退回意见修改并重新提交（还剩 (10|9) 个工作日/);
  await expect(page.getByText("补充研发费用审计报告")).toBeVisible();
  await page.getByTestId("edit-returned").click();
  await page.getByLabel("本年度研发投入").fill("12000000");
  await saveDraft(page);
  await submitFromReview(page, id, ["已补充审计报告", "已更正为 1200 万元"]);

  // back in 待审核 with the change listed; the rules now give ¥100,000. B, who confirmed the return,
  // takes no other part on this case (separation of duties): A proposes again, B confirms
  await b.goto(`/review?q=${caseNo}`);
  await expect(b.getByTestId("queue-row").filter({ hasText: caseNo })).toContainText("待审核");
  await b.goto(`/review/cases/${id}`);
  const diff = b.getByTestId("revision-diff-2");
  await expect(diff).toContainText("本年度研发投入");
  await expect(diff).toContainText("¥11,500,000.00");
  await expect(diff).toContainText("¥12,000,000.00");
  await expect(b.getByTestId("review-history")).toContainText("材料不完整");
  await expect(b.getByLabel("批准金额（元）")).toHaveCount(0);
  await expect(b.getByTestId("no-action")).toHaveText("您已在此申报中承担了其他环节，本环节须由其他工作人员办理。");
  await a.goto(`/review/cases/${id}`);
  await expect(a.getByLabel("批准金额（元）")).toHaveValue("100000.00");
  await shoot(a, "review-case", { reload: true });
  await a.getByRole("button", { name: "提交审核意见" }).click();
  await confirmIn(a, "确认提交审核意见", "确认提交");
  await expect(a.getByTestId("awaiting-confirmation")).toBeVisible();

  await b.goto(`/review/cases/${id}`);
  await b.getByRole("button", { name: "复核通过，进入公示" }).click();
  await confirmIn(b, "确认复核结果", "确认");
  await expect(badge(b)).toHaveText("公示中");
  await expect(b.getByTestId("approved-amount")).toContainText("¥100,000.00");
});

test("another bureau's reviewer cannot open the case or its files; the queue exports to Excel; screenshots of the queue and the notice", async ({ browser }) => {
  test.setTimeout(180_000);
  // a case of its own with its PDFs (the queue's first page holds whatever other specs left there)
  const { id, caseNo } = await applyC09(await as(browser, null), "威海跨局隔离测试科技有限公司");
  const href = `/review/cases/${id}`;
  const a = await as(browser, DEMO.reviewerA);

  // staff preview attachments inline; another bureau gets 404 for the page and the file
  await a.goto(href);
  await a.getByTestId("preview").first().locator("summary").click(); // loaded when opened
  const preview = await a.getByTestId("attachments").locator("object").first().getAttribute("data");
  await a.getByTestId("attachments").scrollIntoViewIfNeeded();
  await shootAsIs(a, "review-case-preview-desktop");
  const file = await a.request.get(preview!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-disposition"]).toMatch(/^inline; /);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["x-frame-options"]).toBe("SAMEORIGIN"); // the review page may embed it, nobody else
  const it = await as(browser, DEMO.reviewerIt);
  expect((await it.goto(href))?.status()).toBe(404);
  expect((await it.request.get(preview!)).status()).toBe(404);
  // searched by its number, the case is in its own bureau's queue and not in the other's
  // (other specs leave cases in both queues, so the search is what isolates this one)
  const search = `/review?tab=all&q=${encodeURIComponent(caseNo)}`;
  await a.goto(search);
  await expect(a.getByTestId("queue-row")).toHaveCount(1);
  await expect(a.getByTestId("queue-row")).toContainText(caseNo);
  await it.goto(search);
  await expect(it.getByTestId("queue-row")).toHaveCount(0);

  // the filtered queue as xlsx: Chinese headers, the case on a row, amounts in yuan
  const res = await a.request.get("/review/export?tab=all");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("spreadsheetml");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as never);
  const ws = wb.worksheets[0];
  expect(ws.getRow(1).getCell(1).value).toBe("申报编号");
  expect(ws.getRow(1).getCell(9).value).toBe("最高可获（元）");
  const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
  expect(rows.some((r) => r[1] === caseNo)).toBe(true);
  // another bureau's export holds its headers and not this case
  const other = new ExcelJS.Workbook();
  await other.xlsx.load((await (await it.request.get("/review/export?tab=all")).body()) as never);
  expect(other.worksheets[0].getRow(1).getCell(1).value).toBe("申报编号");
  const otherRows = other.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
  expect(otherRows.some((r) => r[1] === caseNo)).toBe(false);
  const pub = await (await as(browser, null)).request.get("/notice/export");
  expect(pub.status()).toBe(200);

  await a.goto("/review?tab=all");
  await shoot(a, "review-queue", { reload: true });
  const visitor = await as(browser, null);
  await visitor.goto("/notice");
  await shoot(visitor, "notice", { reload: true });
});

test("a reviewer opening a c09 case is warned about the organisation's other case for the same fiscal year (rule 8), and can open it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const org = `威海重复申报测试${Date.now() % 100000}科技有限公司`;
  const { id } = await applyC09(page, org);
  // an earlier application of the same enterprise for fiscal year 2025, rejected (so not in flight: submitting was allowed)
  const earlierNo = `WH-${new Date().getFullYear()}-C09-9${String(Date.now() % 100000).padStart(5, "0")}`;
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO "Case"(id, "caseNo", "organisationId", "measureId", "roundId", "leadBureauId", subject, facts, status, "capYear", "createdById", "submittedAt", "decidedAt", "updatedAt")
       SELECT $2, $3, "organisationId", "measureId", "roundId", "leadBureauId", '2025年度研发投入（首次申报）', facts, 'rejected', "capYear", "createdById", now() - interval '30 days', now() - interval '20 days', now()
       FROM "Case" WHERE id = $1`,
      [id, `e2e-dup-${Date.now()}`, earlierNo],
    );
  } finally {
    await db.end();
  }

  const a = await as(browser, DEMO.reviewerA);
  await a.goto(`/review/cases/${id}`);
  const warning = a.getByTestId("same-claim-warning");
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("注意：可能重复申报");
  await expect(warning).toContainText("2025 年度");
  await expect(warning.getByTestId("same-claim-case")).toHaveCount(1);
  await expect(warning.getByTestId("same-claim-case")).toContainText("未通过");
  await a.setViewportSize({ width: 1280, height: 900 });
  await shootElement(warning, "same-claim-warning");
  await expect(a.getByTestId("round-budget")).toContainText("¥300,000,000.00");
  await shootAsIs(a, "same-claim-warning-page");
  await warning.getByRole("link", { name: earlierNo }).click();
  await expect(a).toHaveURL(/\/review\/cases\/e2e-dup-/);
  // from the earlier case, the warning names the new one
  await expect(a.getByTestId("same-claim-warning")).toContainText(/WH-\d{4}-C09-\d{6}/);
});
