// The one screenshot helper of the specs: full-page captures at desktop (1280) and phone (390)
// width into SHOTS_DIR (docs/screenshots/ with `npm run screenshots`), for a person to look at.
// Screenshots are not assertions: on a loaded machine a capture that takes too long is reported
// in the test's annotations and skipped, and the test goes on. (`fitsWidth` is the one check here:
// nothing on the page is wider than the screen.)
//
// In CI (CI set to any value, as playwright.config.ts reads it) nothing is captured unless
// E2E_SHOTS=1: no one looks at CI's pictures, and the ~140 full-page PNGs took a fifth of the e2e
// suite's time (ADR 025). Elsewhere they are taken unless E2E_SHOTS=0; `npm run screenshots`
// (SCREENSHOTS_DIR) always takes them. The checks made on the way (fitsWidth, the page at phone
// width) run either way.
import type { Locator, Page } from "@playwright/test";
import { expect, SHOTS_DIR, test } from "./fixtures";

const SIZES = [["desktop", 1280, 900], ["phone", 390, 844]] as const;

export interface ShootOptions {
  /** load the page again at each width (a page that lays out on load) */
  reload?: boolean;
  /** scroll to the end first, so a sticky bar sits where it belongs in a full-page capture */
  atEnd?: boolean;
  /** check that nothing is wider than the screen at each width */
  fitsWidth?: boolean;
}

const CAPTURING = process.env.SCREENSHOTS_DIR !== undefined || (process.env.E2E_SHOTS ?? (process.env.CI ? "0" : "1")) === "1";

async function capture(name: string, take: (path: string) => Promise<unknown>): Promise<void> {
  if (!CAPTURING) return;
  try {
    await take(`${SHOTS_DIR}/${name}.png`);
  } catch (e) {
    test.info().annotations.push({ type: "screenshot skipped", description: `${name}: ${(e as Error).message.split("\n")[0]}` });
  }
}

/** One full-page capture at the page's current size, named as given. */
export async function shootAsIs(page: Page, name: string): Promise<void> {
  await capture(name, (path) => page.screenshot({ path, fullPage: true, timeout: 20_000 }));
}

/** One capture of an element (a dialog, a warning), named as given. */
export async function shootElement(element: Locator, name: string): Promise<void> {
  await capture(name, (path) => element.screenshot({ path, timeout: 20_000 }));
}

/** Captures `<name>-desktop.png` and `<name>-phone.png`, then puts the page back at desktop width. */
export async function shoot(page: Page, name: string, options: ShootOptions = {}): Promise<void> {
  const url = page.url();
  for (const [size, width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    if (options.reload) await page.goto(url);
    if (options.atEnd) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(200);
    }
    if (options.fitsWidth) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} at ${size}: nothing wider than the screen`).toBeLessThanOrEqual(0);
    }
    await shootAsIs(page, `${name}-${size}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  if (options.reload) await page.goto(url);
}
