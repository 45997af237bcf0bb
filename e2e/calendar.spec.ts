// The working-day calendar (issue 13 §2): an admin sees which years are covered, reads a year's
// holidays and 调休 make-up working days, adds one for a year not yet announced, is told what is
// wrong next to the field, and removes it again; each change is audited.
import AxeBuilder from "@axe-core/playwright";
import { sql } from "./e2e-db";
import { DEMO, expect, loginAs, test } from "./fixtures";
import { shootAsIs } from "./screenshots";

test("an admin reads the shipped holidays and extends the calendar for a year not yet announced", async ({ page }) => {
  test.setTimeout(240_000);
  await loginAs(page, DEMO.admin);
  await page.goto("/admin/calendar?year=2025");
  await expect(page.getByRole("heading", { name: "工作日历", level: 1 })).toBeVisible();
  await expect(page.getByTestId("calendar-covered")).toContainText("2023、2024、2025、2026");
  await expect(page.getByTestId("calendar-missing")).toContainText("2027、2028 年尚无数据，暂按周一至周五计算");
  const table = page.getByTestId("calendar-table");
  await expect(table.getByRole("row", { name: /2025-10-01/ })).toContainText("国庆节");
  await expect(table.getByRole("row", { name: /2025-10-11/ })).toContainText("调休上班");
  await shootAsIs(page, `admin-calendar-desktop`);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // 2027: nothing shipped; the admin adds a 调休 day on a weekday (refused, said next to the field), then a holiday
  await page.getByRole("link", { name: "2027 *" }).click();
  await expect(page).toHaveURL(/year=2027/);
  await expect(page.getByText("2027 年没有节假日或调休记录")).toBeVisible();
  const form = page.locator("form", { has: page.getByRole("heading", { name: "添加日期" }) });
  await form.getByLabel("日期").fill("2027-10-04");
  await form.getByLabel("类型").selectOption("workday");
  await form.getByLabel("名称").fill("国庆节");
  await form.getByRole("button", { name: "添加" }).click();
  await expect(form.getByText("调休上班日须为周六或周日").first()).toBeVisible();
  expect(await sql(`SELECT count(*)::int AS n FROM "WorkCalendarDay" WHERE date LIKE '2027-%'`)).toEqual([{ n: 0 }]);

  await form.getByLabel("类型").selectOption("holiday");
  await form.getByRole("button", { name: "添加" }).click();
  await expect(page.getByTestId("calendar-table").getByRole("row", { name: /2027-10-04/ })).toContainText("管理员添加");
  await expect(page.getByTestId("calendar-covered")).toContainText("2027");
  // the same date twice: refused
  await form.getByLabel("日期").fill("2027-10-04");
  await form.getByRole("button", { name: "添加" }).click();
  await expect(form.getByText("该日期已有记录；如需修改，请先删除").first()).toBeVisible();
  expect(await sql(`SELECT action, "actorId" IS NOT NULL AS by_admin FROM "AuditEvent" WHERE action LIKE 'calendar_%' ORDER BY "createdAt"`)).toEqual([{ action: "calendar_add", by_admin: true }]);

  await page.setViewportSize({ width: 390, height: 844 });
  await shootAsIs(page, `admin-calendar-phone`);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("button", { name: "删除 2027-10-04" }).click();
  await expect(page.getByText("2027 年没有节假日或调休记录")).toBeVisible();
  expect(await sql(`SELECT action FROM "AuditEvent" WHERE action LIKE 'calendar_%' ORDER BY "createdAt"`)).toEqual([{ action: "calendar_add" }, { action: "calendar_remove" }]);
});
