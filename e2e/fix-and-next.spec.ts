// Fix and resubmit, and what happens next (issue 15 §4–5), as the people involved see it: the
// applicant sees the stages ahead with their time limits and the bureau's contact, a return's
// deadline on the case and in its list, answers each item of the fix list (refused while one is
// empty), replaces a document and resubmits; the reviewer finds the case marked 已补正重交 in the
// queue and sees the answers and the replaced document beside the fact diff. The admin sets the
// round's stage time limits on the round form. Screenshots at desktop and 390 px, zh and en.
import type { Browser, Page } from "@playwright/test";
import { fillQualifyingC09, PDF, saveDraft, startApplication, upload, verifiedEnterprise } from "./applicant-helpers";
import { DEMO, expect, loginAs, test } from "./fixtures";
import { shoot } from "./screenshots";

test.describe.configure({ mode: "serial" });

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, email);
  return page;
}

async function confirmIn(page: Page, dialogName: string, button: string) {
  const dialog = page.getByRole("dialog", { name: dialogName });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

const stage = (page: Page, key: string) => page.locator(`[data-testid="stage"][data-stage="${key}"]`);

test("returned with a fix list → each item answered, a document replaced → the reviewer sees answers and the replaced file; stages ahead with the bureau's contact", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const org = `威海补正下一步测试${Date.now() % 100000}有限公司`;
  await verifiedEnterprise(page, org);
  const id = await startApplication(page, "c09-rnd-increment");
  await fillQualifyingC09(page);
  await upload(page, "研发投入统计报表", "研发投入统计报表.pdf", PDF);
  await upload(page, "高新技术企业证书或科技型中小企业入库证明", "高企证书.pdf", PDF);
  await expect(page.getByTestId("attachment")).toHaveCount(2);
  await saveDraft(page);
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await page.getByLabel("我单位作出信用承诺").check();
  await page.getByTestId("submit-case").click();
  await expect(page).toHaveURL(/\/submitted$/);

  // what happens next: first review now, then 复核, 公示, 拨付, each with the round's limit; the bureau's contact
  await page.goto(`/applicant/cases/${id}`);
  const ahead = page.getByTestId("stages-ahead");
  await expect(ahead.getByTestId("stage")).toHaveCount(4);
  await expect(stage(page, "first_review")).toHaveAttribute("aria-current", "step");
  await expect(stage(page, "first_review")).toContainText("受理审核（初审）");
  await expect(stage(page, "first_review")).toContainText("时限 15 个工作日");
  await expect(stage(page, "first_review").getByTestId("stage-due")).toContainText(/预计 .+ 前完成/);
  await expect(stage(page, "first_review").getByTestId("stage-left")).toContainText(/还剩 1[45] 个工作日/);
  await expect(stage(page, "confirm")).toContainText("时限 5 个工作日");
  await expect(stage(page, "notice")).toContainText("时限 7 个工作日");
  await expect(stage(page, "payment")).toContainText("市财政局");
  const contact = ahead.getByTestId("stages-contact");
  await expect(contact).toContainText("有疑问可联系主管部门");
  await expect(contact.getByTestId("bureau-contact")).toContainText("市科技局");
  await expect(contact.getByRole("link", { name: "0631-5210000" })).toHaveAttribute("href", "tel:06315210000");
  await expect(contact).toContainText("sci-tech@demo.weihai.gov.cn");

  // reviewer A returns it with two items to fix, B confirms
  const a = await as(browser, DEMO.reviewerA);
  await a.goto(`/review/cases/${id}`);
  await a.getByLabel("退回修改").check();
  // the form's fields and buttons are disabled until the page has hydrated, so these wait for it.
  // (No click-again loop: once the dialog is open it covers the button, and a second click would wait on it.)
  await a.getByLabel("需要补正的内容（每行一项）").fill("更换加盖公章的研发投入统计报表\n核对本年度研发投入金额");
  await a.getByLabel("审核理由").fill("统计报表未盖章");
  await a.getByRole("button", { name: "提交审核意见" }).click();
  await confirmIn(a, "确认提交审核意见", "确认提交");
  const b = await as(browser, DEMO.reviewerB);
  await b.goto(`/review/cases/${id}`);
  await b.getByRole("button", { name: "确认退回修改" }).click();
  await confirmIn(b, "确认复核结果", "确认");
  await expect(b.getByTestId("status-badge").first()).toHaveText("已退回");

  // the deadline in the applicant's list and on the case, with the stages from the fix on
  await page.goto("/applicant");
  const row = page.getByTestId("case-row").filter({ hasText: "2025年度研发投入" }).filter({ has: page.getByTestId("row-fix-due") });
  await expect(row.getByTestId("row-fix-due")).toContainText(/请于 .+ 前修改并重新提交（还剩 (10|9) 个工作日）/);
  await page.goto(`/applicant/cases/${id}`);
  await expect(page.getByTestId("fix-due")).toContainText(/还剩 (10|9) 个工作日/);
  await expect(stage(page, "fix")).toHaveAttribute("aria-current", "step");
  await expect(stage(page, "fix")).toContainText("时限 10 个工作日");
  await expect(stage(page, "fix").getByTestId("stage-due")).toContainText(/截止 /);
  await expect(stage(page, "first_review")).toContainText("自提交之日起算");
  // the notification carries the items and the deadline, not only the status
  await page.goto("/notifications");
  const note = page.getByTestId("notification").filter({ hasText: "状态：退回修改" }).first();
  await expect(note).toContainText("补正事项 1：更换加盖公章的研发投入统计报表");
  await expect(note).toContainText(/补正期限：\d{4}年\d{1,2}月\d{1,2}日 23:59/);
  await page.goto(`/applicant/cases/${id}`);
  await shoot(page, "fix-returned-case");

  // replace the statistics report, correct the figure
  await page.getByTestId("edit-returned").click();
  const slot = page.locator('[data-slot="rnd_statistics"]');
  await slot.getByRole("button", { name: /删除/ }).click();
  await expect(slot.getByTestId("attachment")).toHaveCount(0);
  await upload(page, "研发投入统计报表", "研发投入统计报表（盖章）.pdf", Buffer.from(`${PDF.toString()}% stamped\n`));
  await expect(slot.getByTestId("attachment")).toHaveCount(1);
  await page.getByLabel("本年度研发投入").fill("12000000");
  await saveDraft(page);
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await expect(page).toHaveURL(new RegExp(`/applicant/cases/${id}/review$`));

  // resubmitting with one item unanswered is refused next to that item, and nothing is sent
  const answers = page.getByTestId("fix-answers");
  await expect(answers.getByTestId("fix-answer-item")).toHaveCount(2);
  await answers.getByRole("textbox", { name: /更换加盖公章的研发投入统计报表/ }).fill("已上传加盖公章的统计报表");
  await page.getByLabel("我单位作出信用承诺").check();
  await page.getByRole("button", { name: "重新提交" }).click();
  const second = answers.getByTestId("fix-answer-item").nth(1);
  await expect(second.getByRole("alert")).toHaveText("请答复此项后再提交");
  await expect(second.getByRole("textbox")).toBeFocused();
  await expect(page.getByTestId("submit-error")).toContainText("还有 1 项补正意见未答复");
  await expect(page).toHaveURL(new RegExp(`/applicant/cases/${id}/review$`));
  await shoot(page, "fix-answers-missing");
  await second.getByRole("textbox").fill("已核对，更正为 1200 万元");
  await expect(second.getByRole("alert")).toHaveCount(0);
  await page.getByRole("button", { name: "重新提交" }).click();
  await expect(page).toHaveURL(/\/submitted$/);

  // the applicant's own record of the answers
  await page.goto(`/applicant/cases/${id}`);
  await page.getByTestId("revision").first().locator("summary").click();
  await expect(page.getByTestId("revision").first().getByTestId("fix-answers-list")).toContainText("已核对，更正为 1200 万元");

  // the reviewer: the queue marks it 已补正重交 (and filters by it); the case shows answers and the replaced file
  await a.goto("/review?resubmitted=1");
  await expect(a.getByLabel("只看补正重交的申报")).toBeChecked();
  const qrow = a.getByTestId("queue-row").filter({ hasText: org });
  await expect(qrow.getByTestId("resubmitted-label")).toHaveText("已补正重交");
  await expect(a.getByTestId("queue-row").filter({ hasNot: a.getByTestId("resubmitted-label") })).toHaveCount(0);
  await shoot(a, "fix-queue-resubmitted");
  await qrow.getByTestId("case-link").click();
  await expect(a).toHaveURL(new RegExp(`/review/cases/${id}$`));
  await expect(a.getByTestId("resubmitted-label")).toContainText("第 2 次提交");
  await expect(a.getByTestId("revision-diff-2")).toContainText("¥12,000,000.00");
  const files = a.getByTestId("revision-files-2");
  await expect(files.getByTestId("file-change")).toHaveCount(1);
  const change = files.getByTestId("file-change");
  await expect(change).toHaveAttribute("data-kind", "replaced");
  await expect(change).toContainText("研发投入统计报表");
  await expect(change).toContainText("已更换");
  await expect(change).toContainText("研发投入统计报表（盖章）.pdf");
  const answered = a.getByTestId("revisions").getByTestId("fix-answers-list");
  await expect(answered).toContainText("更换加盖公章的研发投入统计报表");
  await expect(answered).toContainText("已上传加盖公章的统计报表");
  await expect(answered).toContainText("已核对，更正为 1200 万元");
  await a.locator("#s-revisions").scrollIntoViewIfNeeded();
  await shoot(a, "fix-review-case");

  // the applicant's case page in English, with the stages ahead and the contact
  await page.context().addCookies([{ name: "locale", value: "en", url: page.url() }]);
  await page.goto(`/applicant/cases/${id}`);
  await expect(page.getByTestId("stages-ahead")).toContainText("What happens next");
  await expect(stage(page, "first_review")).toContainText("Limit: 15 working days");
  await expect(page.getByTestId("stages-contact")).toContainText("Contact the responsible bureau");
  await expect(page.getByTestId("stages-contact").getByTestId("bureau-contact")).toContainText("Science and Technology Bureau");
  await shoot(page, "fix-next-case-en");
  await page.context().addCookies([{ name: "locale", value: "zh", url: page.url() }]);
  await page.goto(`/applicant/cases/${id}`);
  await shoot(page, "fix-next-case");
});

test("the admin sets the round's stage time limits; a bad value is refused next to its field", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await as(browser, DEMO.admin);
  await admin.goto(`/admin/rounds/round-${new Date().getFullYear()}`);
  const limits = admin.getByTestId("stage-limits");
  await expect(limits.getByLabel("初审时限")).toHaveValue("15");
  await expect(limits.getByLabel("复核时限")).toHaveValue("5");
  await expect(limits.getByLabel("补正期限")).toHaveValue("10");
  await limits.getByLabel("复核时限").fill("0");
  await admin.getByRole("button", { name: "保存修改" }).click();
  await expect(limits.getByText("复核时限应为1–30个工作日")).toBeVisible();
  await limits.getByLabel("复核时限").fill("5");
  await limits.getByLabel("初审时限").fill("16");
  await saveRound(admin);
  await admin.reload();
  await expect(admin.getByTestId("stage-limits").getByLabel("初审时限")).toHaveValue("16");
  await admin.getByTestId("stage-limits").scrollIntoViewIfNeeded();
  await shoot(admin, "round-stage-limits");
  // put it back for the other specs
  await admin.getByTestId("stage-limits").getByLabel("初审时限").fill("15");
  await saveRound(admin);
});

/** Saves the round form, confirming when the round already has cases. */
async function saveRound(admin: Page) {
  await admin.getByRole("button", { name: "保存修改" }).click();
  const dialog = admin.getByRole("alertdialog");
  const saved = admin.getByRole("status").filter({ hasText: "已保存" });
  await expect(dialog.or(saved)).toBeVisible();
  if (await dialog.isVisible()) await dialog.getByRole("button", { name: "确认保存" }).click();
  await expect(saved).toBeVisible();
}
