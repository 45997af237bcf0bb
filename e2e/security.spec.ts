import { DEMO, expect, loginAs, test } from "./fixtures";

test("security headers are set on pages", async ({ request }) => {
  const res = await request.get("/");
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).not.toContain("unsafe-eval");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["strict-transport-security"]).toContain("max-age="); // the e2e server runs the production build
  expect(h["x-powered-by"]).toBeUndefined();
});

test("the session cookie is httpOnly and SameSite, and a planted cookie never becomes a session", async ({ page, context }) => {
  await context.addCookies([{ name: "next-auth.session-token", value: "planted-by-attacker", url: "http://127.0.0.1" }]);
  expect((await (await page.request.get("/api/auth/session")).json())?.uid).toBeUndefined();
  await loginAs(page, DEMO.enterprise);
  const cookie = (await context.cookies()).find((c) => c.name === "next-auth.session-token");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  expect(cookie?.value).not.toBe("planted-by-attacker");
});

test("a forged x-middleware-subrequest header changes nothing", async ({ page }) => {
  const forged = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" };
  const anon = await page.request.get("/admin", { headers: forged, maxRedirects: 0 });
  expect(anon.status()).toBe(307);
  expect(anon.headers()["location"]).toContain("/sign-in");
  await loginAs(page, DEMO.enterprise);
  const res = await page.request.get("/admin", { headers: forged });
  expect(res.status()).toBe(403);
});

test("route handlers reject a foreign Origin", async ({ page }) => {
  await loginAs(page, DEMO.enterprise);
  const res = await page.request.post("/api/cases/any/submit", {
    headers: { origin: "https://evil.example" },
    data: { version: 0, submitKey: "k-12345678", commitment: true },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error).toBe("foreign_origin");
});

test("signed-out API calls are refused without detail", async ({ request }) => {
  const res = await request.post("/api/cases/any/submit", { data: { version: 0, submitKey: "k-12345678", commitment: true } });
  expect(res.status()).toBe(401);
  const dl = await request.get("/api/attachments/forged-id");
  expect([401, 404]).toContain(dl.status());
});
