import { DEMO, expect, loginAs, test } from "./fixtures";
test("look", async ({ page }) => {
  await loginAs(page, DEMO.admin);
  for (const [name, url] of [["home", "/admin"], ["rounds", "/admin/rounds"], ["users", "/admin/users"], ["lpr", "/admin/lpr"], ["round-edit", "/admin/rounds/round-" + new Date().getFullYear()], ["whatif-empty", "/admin/whatif"]]) {
    for (const [device, width] of [["desktop", 1280], ["phone", 390]] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.screenshot({ path: `/tmp/look-${name}-${device}.png`, fullPage: true });
    }
  }
});
