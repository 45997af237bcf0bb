// Renders page 1 of a PDF to a PNG in Chromium with pdf.js (the build unpdf ships), so a spec can
// look at a generated document as a person would see it printed. Served through page.route: no server needed.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Page } from "@playwright/test";

const PDFJS = path.join(path.dirname(createRequire(import.meta.url).resolve("unpdf")), "pdfjs.mjs");
const HOST = "http://pdf-render.invalid";

export async function renderPdfPage(page: Page, pdf: Buffer, pngPath: string, scale = 1.5): Promise<void> {
  await page.route(`${HOST}/**`, (route) => {
    const p = new URL(route.request().url()).pathname;
    if (p === "/pdfjs.mjs") return route.fulfill({ body: readFileSync(PDFJS), contentType: "text/javascript" });
    if (p === "/doc.pdf") return route.fulfill({ body: pdf, contentType: "application/pdf" });
    return route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><body style="margin:0;background:#fff"><canvas id="c"></canvas><script type="module">
        const pdfjs = await import("/pdfjs.mjs");
        const doc = await pdfjs.getDocument({ url: "/doc.pdf", isEvalSupported: false }).promise;
        const pg = await doc.getPage(1);
        const vp = pg.getViewport({ scale: ${scale} });
        const c = document.getElementById("c");
        c.width = vp.width; c.height = vp.height;
        await pg.render({ canvasContext: c.getContext("2d"), viewport: vp, canvas: c }).promise;
        document.body.dataset.done = "1";
      </script></body>`,
    });
  });
  await page.goto(`${HOST}/index.html`);
  await page.waitForSelector("body[data-done='1']", { timeout: 30_000 });
  await page.locator("#c").screenshot({ path: pngPath });
  await page.unroute(`${HOST}/**`);
}
