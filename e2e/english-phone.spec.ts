// The portal in English mode and on a phone (issue 15, section 6): money in English units, one date
// format per language, English bureau names, award lines worded per kind, localized error pages
// with a retry, tap targets of at least 24 px, and a dashboard that one outlier budget cannot
// flatten. Screenshots (desktop and 390 px, zh and en) go to SHOTS_DIR as enphone-*.
import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { fillQualifyingC09, PDF, startApplication, upload, verifiedEnterprise } from "./applicant-helpers";
import { e2eDatabaseUrl, sql } from "./e2e-db";
import { DEMO, expect, loginAs, test } from "./fixtures";
import { openQuickCalculatorAsHte } from "./calculator-helpers";
import { shoot } from "./screenshots";

const DB_URL = e2eDatabaseUrl();

async function setLocale(page: Page, baseURL: string | undefined, locale: "zh" | "en") {
  await page.context().addCookies([{ name: "locale", value: locale, url: baseURL! }]);
}

/**
 * The page's text outside what is Chinese on purpose (lang="zh-CN": the policy's own words, names
 * as written) and outside quoted examples of what may be typed (“800万”).
 */
async function englishText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang^="zh"], script, style, template').forEach((e) => e.remove());
    return copy.textContent ?? "";
  });
  return text.replace(/“[^”]*”/g, "");
}

/** 万 or 亿 after a figure: "1000万元", "(7.5万元)" */
const CHINESE_MONEY = /\d\s*(万|亿)/;
/** a numeric-only date such as 04/12/2026 */
const NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;
const EN_DATE_TIME = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}, \d{2}:\d{2}\b/;
const ZH_DATE_TIME = /\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/;

/**
 * Visible links, buttons and form controls smaller than 24×24 CSS px (WCAG 2.5.8). A checkbox or radio
 * counts with its label, which toggles it as well. Elements not rendered (a closed <details>, the
 * visually hidden skip link) are no targets.
 */
async function smallTargets(page: Page, scope = "body"): Promise<string[]> {
  return page.evaluate((scope) => {
    const out: string[] = [];
    const selector = ["a[href]", "button", "summary", "select", "textarea", "input:not([type=hidden])", "[role=button]"].map((s) => `${scope} ${s}`).join(", ");
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const style = getComputedStyle(el);
      if (style.visibility === "hidden") continue;
      let { width, height } = el.getBoundingClientRect();
      if (width <= 1 || height <= 1) continue;
      if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
        const label = el.closest("label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
        if (label) ({ width, height } = { width: Math.max(width, label.getBoundingClientRect().width), height: Math.max(height, label.getBoundingClientRect().height) });
      }
      if (width < 23.95 || height < 23.95) {
        const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
        out.push(`${el.tagName.toLowerCase()} "${name}" ${width.toFixed(1)}×${height.toFixed(1)}`);
      }
    }
    return out;
  }, scope);
}

test("the policy page: money in English units in English and in 万元 in Chinese, award lines that say what they mean, bureaus named in English", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  await page.goto("/policy");
  const clause1 = page.getByTestId("clause-1");
  // a fixed award says its amounts, a capped one its cap: never "定额奖励 · 最高…"
  await expect(clause1.getByRole("listitem").filter({ hasText: "全国重点实验室奖励" }).getByTestId("award-summary")).toHaveText("定额奖励 500万元或1000万元");
  await expect(clause1.getByRole("listitem").filter({ hasText: "国家级技术创新中心" }).getByTestId("award-summary")).toHaveText("定额奖励 500万元");
  await expect(clause1.getByRole("listitem").filter({ hasText: "省级创新创业共同体" }).getByTestId("award-summary")).toHaveText("最高 500万元");
  await expect(page.getByTestId("clause-9").getByTestId("award-summary")).toHaveText("按公式计算，最高 100万元");
  await expect(page.getByTestId("clause-9").getByTestId("responsible")).toHaveText("责任单位：市科技局、市财政局");
  for (const line of await page.getByTestId("award-summary").allTextContents()) expect(line).not.toMatch(/·|定额奖励.*最高|最高.*定额/);
  await shoot(page, "enphone-policy-zh");

  await setLocale(page, baseURL, "en");
  await page.goto("/policy");
  await expect(page.getByRole("heading", { level: 1, name: "The policy" })).toBeVisible();
  await expect(clause1.getByRole("listitem").filter({ hasText: "National key laboratory award" }).getByTestId("award-summary")).toHaveText("Fixed award ¥5 million or ¥10 million");
  await expect(page.getByTestId("clause-9").getByTestId("award-summary")).toHaveText("Computed by formula, up to ¥1 million");
  await expect(page.getByTestId("clause-29").getByTestId("award-summary").filter({ hasText: "Fixed" })).toHaveText("Fixed award ¥50,000 or ¥100,000");
  // the responsible units in English, every one of them
  await expect(page.getByTestId("clause-9").getByTestId("responsible")).toHaveText("Responsible units: Science and Technology Bureau, Finance Bureau");
  for (const line of await page.getByTestId("responsible").allTextContents()) expect(line).not.toMatch(/[\u4e00-\u9fff]/);
  for (const line of await page.getByTestId("award-summary").allTextContents()) expect(line).not.toMatch(/Fixed award.*Up to|Up to.*Fixed/i);
  expect(await englishText(page)).not.toMatch(CHINESE_MONEY);
  await shoot(page, "enphone-policy-en");
});

test("the measures list and a measure page: amounts and dates in the page's language", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await setLocale(page, baseURL, "en");
  await page.goto("/measures");
  await expect(page.getByTestId("measure-row-c01-national-key-lab")).toContainText("¥10 million");
  await expect(page.getByTestId("measure-row-c17-hte-growth")).toContainText("¥50,000");
  await expect(page.getByTestId("measure-row-c09-rnd-increment")).toContainText("Science and Technology Bureau");
  expect(await englishText(page)).not.toMatch(CHINESE_MONEY);
  await shoot(page, "enphone-measures-en");

  await page.goto("/measures/c01-national-key-lab");
  await expect(page.getByTestId("award-amount")).toHaveText("Fixed award ¥5 million or ¥10 million");
  await page.goto("/measures/c09-rnd-increment");
  await expect(page.getByTestId("award-amount")).toHaveText("¥1,000,000.00 (¥1 million)");
  // one date style: the round closes "31 Dec 2026, 23:59"
  await expect(page.getByTestId("round-info")).toContainText(EN_DATE_TIME);
  const text = await englishText(page);
  expect(text).not.toMatch(CHINESE_MONEY);
  expect(text).not.toMatch(NUMERIC_DATE);
  await shoot(page, "enphone-measure-c09-en");

  await setLocale(page, baseURL, "zh");
  await page.goto("/measures/c09-rnd-increment");
  await expect(page.getByTestId("award-amount")).toHaveText("¥1,000,000.00（100万元）");
  await expect(page.getByTestId("round-info")).toContainText(ZH_DATE_TIME);
  await shoot(page, "enphone-measure-c09-zh");
  await page.goto("/measures");
  await expect(page.getByTestId("measure-row-c01-national-key-lab")).toContainText("1000万元");
  await shoot(page, "enphone-measures-zh");
});

test("the calculator's estimate reads ¥75,000.00 in English and ¥75,000.00（7.5万元） in Chinese", async ({ page }) => {
  test.setTimeout(120_000);
  const rnd = await openQuickCalculatorAsHte(page);
  await rnd.first().fill("1000万");
  await rnd.last().fill("11500000");
  await page.getByRole("button", { name: "查看结果" }).click();
  const results = page.getByTestId("quick-form");
  const c09 = results.getByTestId("group-likely").getByTestId("result-c09-rnd-increment");
  await expect(c09.getByTestId("estimate")).toHaveText("估算金额：¥75,000.00（7.5万元）");
  // a measure still missing facts says what it may pay, worded by its kind
  for (const line of await results.getByTestId("group-needs_facts").getByTestId("estimate").allTextContents()) {
    expect(line).toMatch(/^(定额奖励|最高|按公式计算|配套支持|金额需申报后按实际情况核定$)/);
  }
  await shoot(page, "enphone-calculator-zh");

  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { level: 1, name: "Policy calculator" })).toBeVisible();
  await expect(c09.getByTestId("estimate")).toHaveText("Estimate: ¥75,000.00");
  for (const line of await results.getByTestId("group-needs_facts").getByTestId("estimate").allTextContents()) {
    expect(line).toMatch(/^(Fixed award|Up to|Computed by formula|Matching funds|The amount is set when you apply$)/);
  }
  expect(await englishText(page)).not.toMatch(CHINESE_MONEY);
  await shoot(page, "enphone-calculator-en");
});

test("an applicant's case page: one date format and money per language", async ({ page, baseURL }) => {
  test.setTimeout(150_000);
  await verifiedEnterprise(page, "威海英文模式测试科技有限公司");
  const id = await startApplication(page, "c09-rnd-increment");
  await fillQualifyingC09(page);
  await upload(page, "研发投入统计报表", "2025年研发投入统计报表.pdf", PDF);
  await upload(page, "高新技术企业证书或科技型中小企业入库证明", "高新技术企业证书.pdf", PDF);
  await expect(page.locator('[data-slot="qualification_certificate"]').getByTestId("attachment")).toHaveCount(1);
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${id}/review$`));
  await page.getByLabel("我单位作出信用承诺").check();
  await page.getByTestId("submit-case").click();
  await expect(page).toHaveURL(/\/submitted$/);

  await page.goto(`/applicant/cases/${id}`);
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toContainText("提交申报");
  await expect(timeline.locator("time").first()).toHaveText(ZH_DATE_TIME);
  await expect(page.getByTestId("decision-ceiling")).toContainText("¥75,000.00（7.5万元）");
  expect(await page.locator("main").textContent()).not.toMatch(NUMERIC_DATE);
  expect(await smallTargets(page, "header")).toEqual([]);
  await shoot(page, "enphone-case-zh");

  await setLocale(page, baseURL, "en");
  await page.reload();
  await expect(timeline).toContainText("Submitted");
  for (const t of await timeline.locator("time").allTextContents()) expect(t).toMatch(EN_DATE_TIME);
  await expect(page.getByTestId("decision-ceiling")).toContainText("¥75,000.00");
  const text = await englishText(page);
  expect(text).not.toMatch(CHINESE_MONEY);
  expect(text).not.toMatch(NUMERIC_DATE);
  expect(await smallTargets(page, "header")).toEqual([]);
  // the English menu stays on one line beside the brand at a laptop's 1280 px (it wrapped "Public notice")
  await page.setViewportSize({ width: 1280, height: 900 });
  const rows = await page.locator("header nav li").evaluateAll((lis) => new Set(lis.map((li) => Math.round(li.getBoundingClientRect().top))).size);
  expect(rows, "English menu rows at 1280 px").toBe(1);
  await shoot(page, "enphone-case-en");
});

test("a page whose request breaks off shows a localized error page, and its retry loads the page", async ({ page, baseURL }) => {
  for (const locale of ["zh", "en"] as const) {
    await setLocale(page, baseURL, locale);
    // the server's answer for the next page breaks off halfway (an aborted request); the prefetch
    // of the link stays whole (a broken prefetch leaves the navigation waiting, not failing)
    await page.route("**/measures/c09-rnd-increment*", async (route) => {
      const headers = route.request().headers();
      if (!headers["rsc"] || headers["next-router-prefetch"]) return route.fallback();
      const res = await route.fetch();
      const body = await res.body();
      await route.fulfill({ response: res, body: body.subarray(0, Math.floor(body.length / 2)) });
    });
    await page.goto("/measures");
    await page.getByTestId("measure-row-c09-rnd-increment").getByRole("link").first().click();
    const error = page.getByTestId("error-page");
    await expect(error).toBeVisible();
    await expect(error.getByRole("heading", { level: 1 })).toHaveText(locale === "en" ? "This page did not load" : "页面未能加载");
    await expect(page.getByText("This page couldn't load")).toHaveCount(0);
    // the site's header stays, in the page's language
    await expect(page.getByTestId("language-switch")).toHaveText(locale === "en" ? /中文/ : /English/);
    expect(await smallTargets(page)).toEqual([]);
    await shoot(page, `enphone-error-${locale}`);

    // the connection is back: "try again" fetches the page anew
    await page.unrouteAll({ behavior: "wait" });
    await error.getByTestId("error-retry").click();
    await expect(page.getByRole("heading", { level: 1, name: locale === "en" ? "R&D investment increment award" : "研发投入递增奖励" })).toBeVisible();
    await expect(error).toHaveCount(0);
  }
});

test("every link and button of the policy, measures and calculator pages is at least 24×24 px, at 390 and 1280 px, and in the header and footer of every page", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  for (const locale of ["zh", "en"] as const) {
    await setLocale(page, baseURL, locale);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ["/policy", "/measures", "/calculator"]) {
        await page.goto(path);
        if (path === "/calculator") {
          // the one-page form open, so its controls count too
          await page.locator("details summary").filter({ hasText: locale === "en" ? /everything at once/i : "一次填写全部情况" }).click();
        }
        expect(await smallTargets(page), `${path} at ${width} px (${locale})`).toEqual([]);
      }
      for (const path of ["/", "/measures/c09-rnd-increment", "/notice", "/sign-in", "/sign-up", "/verify", "/no-such-page"]) {
        await page.goto(path);
        expect(await smallTargets(page, "header"), `header of ${path} at ${width} px (${locale})`).toEqual([]);
        expect(await smallTargets(page, "footer"), `footer of ${path} at ${width} px (${locale})`).toEqual([]);
      }
    }
  }
});

test("the dashboard: an outlier budget flattens no other bar, labels wrap, the phone table says it scrolls", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "prisma/tools/seed-bulk.ts", "--cases", "600"], { env: { ...process.env, DATABASE_URL: DB_URL }, encoding: "utf8" });
  expect(out).toMatch(/seed:bulk: 600 cases/);
  const [{ id: roundId }] = await sql<{ id: string }>(`SELECT id FROM "Round" WHERE id LIKE 'bulk-%' ORDER BY "createdAt" DESC LIMIT 1`);
  // the two measures with the largest commitments; the first gets the ¥2×10¹⁴ budget an old demo seed gave
  const top = await sql<{ measureId: string; committed: string; budget: string }>(
    `SELECT c."measureId", sum(c."approvedFen")::text AS committed, rm."budgetFen"::text AS budget
     FROM "Case" c JOIN "RoundMeasure" rm ON rm."roundId" = c."roundId" AND rm."measureId" = c."measureId"
     WHERE c."roundId" = $1 AND c.status IN ('in_notice','objected','payable','paid')
     GROUP BY c."measureId", rm."budgetFen" ORDER BY sum(c."approvedFen") DESC LIMIT 2`, [roundId]);
  expect(top).toHaveLength(2);
  const [outlier, other] = top;
  await sql(`UPDATE "RoundMeasure" SET "budgetFen" = 20000000000000000 WHERE "roundId" = $1 AND "measureId" = $2`, [roundId, outlier.measureId]);
  try {
    await loginAs(page, DEMO.admin);
    for (const locale of ["zh", "en"] as const) {
      await setLocale(page, baseURL, locale);
      await page.goto(`/admin/dashboard?round=${roundId}`);
      const chart = page.getByTestId("budget-chart");
      await expect(chart).toBeVisible();
      // the outlier's own share reads as what it is; the next measure's bar keeps its share of its own budget
      await expect(chart.getByTestId(`budget-row-${outlier.measureId}`).getByTestId("budget-used")).toHaveText("<0.1%");
      const row = chart.getByTestId(`budget-row-${other.measureId}`);
      const share = (Number(other.committed) / Number(other.budget)) * 100;
      await expect(row.getByTestId("budget-used")).toContainText(`${share.toFixed(1)}%`);
      const bar = await row.locator("[data-bar=committed]").boundingBox();
      const track = await row.locator("[data-bar=committed]").locator("..").boundingBox();
      expect(Math.abs((bar!.width / track!.width) * 100 - Math.min(100, share))).toBeLessThan(2);
      // labels wrap (two lines at most) and carry the whole title
      const label = row.locator("[title]").first();
      await expect(label).toHaveAttribute("title", new RegExp(`^${other.measureId} `));
      // the cards in the page's units
      const committedCard = await page.getByTestId("card-committed").textContent();
      expect(committedCard).toMatch(locale === "en" ? /¥[\d.]+ (million|billion)/ : /[\d.]+(万|亿)元/);
      if (locale === "en") expect(await englishText(page)).not.toMatch(CHINESE_MONEY);

      // at 390 px the wide tables say that they scroll, and they do
      await page.setViewportSize({ width: 390, height: 844 });
      await expect(page.getByTestId("scroll-hint").first()).toBeVisible();
      const region = page.getByTestId("scroll-table").first();
      expect(await region.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
      await expect(region).toHaveAttribute("tabindex", "0");
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      expect(await smallTargets(page, "header")).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
      await expect(page.getByTestId("scroll-hint").first()).toBeHidden();
      await shoot(page, `enphone-dashboard-${locale}`);
    }
  } finally {
    await sql(`UPDATE "RoundMeasure" SET "budgetFen" = $3 WHERE "roundId" = $1 AND "measureId" = $2`, [roundId, outlier.measureId, outlier.budget]);
  }
});
