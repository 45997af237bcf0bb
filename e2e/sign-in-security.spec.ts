// Sign-in, sessions and redirects (issue 16 §4): the client address the limits count, sign-out
// ending the session on the server, and the `next` redirect staying on the site.
import http from "node:http";
import { DEMO_PASSWORD } from "../lib/seed/demo-accounts";
import { DEMO, expect, loginAs, test } from "./fixtures";

const PORT = Number(process.env.E2E_PORT ?? 3100);

interface Answer { status: number; cookies: string[]; body: string }

/** One request from a chosen loopback source address (127.0.0.x are all this machine's). */
function send(localAddress: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: PORT, localAddress, method, path, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]), body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** A sign-in through next-auth's endpoint from `from`: "ok" or the error code it answered. */
async function attempt(from: string, identifier: string, password: string, forged: Record<string, string> = {}): Promise<string> {
  const csrf = await send(from, "GET", "/api/auth/csrf", forged);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, identifier, password, json: "true" }).toString();
  const res = await send(from, "POST", "/api/auth/callback/credentials", {
    ...forged, cookie: csrf.cookies.join("; "), "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(form)),
  }, form);
  const { url } = JSON.parse(res.body) as { url: string };
  return new URL(url).searchParams.get("error") ?? (res.cookies.some((c) => c.startsWith("next-auth.session-token=")) ? "ok" : "no-session");
}

test("the sign-in limit counts each client's own address, whatever forwarding headers it sends", async () => {
  for (let i = 0; i < 5; i++) expect(await attempt("127.0.0.2", `nobody-${i}@example.com`, "Wrong-pass-1")).toBe("invalid");
  // another client is not locked out by someone else's failures
  expect(await attempt("127.0.0.3", DEMO.university, DEMO_PASSWORD)).toBe("ok");
  // the locked client cannot get a fresh budget by claiming another address
  const forgeries: Record<string, string>[] = [
    { "x-forwarded-for": "198.51.100.1" }, { "x-real-ip": "198.51.100.2" }, { "x-weihai-client-ip": "198.51.100.3" },
    { "x-forwarded-for": "198.51.100.4, 198.51.100.5", "x-real-ip": "198.51.100.6" },
  ];
  for (const forged of forgeries) {
    expect(await attempt("127.0.0.2", DEMO.university, DEMO_PASSWORD, forged)).toBe("throttled");
  }
});

test("signing out ends that session on the server: a copied cookie stops working, other devices stay signed in", async ({ page, browser, baseURL }) => {
  await loginAs(page, DEMO.enterprise);
  const copied = (await page.context().cookies()).find((c) => c.name === "next-auth.session-token");
  expect(copied).toBeTruthy();
  const otherDevice = await browser.newContext({ baseURL });
  const other = await otherDevice.newPage();
  await loginAs(other, DEMO.enterprise);

  await page.goto("/applicant");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "登录", exact: true })).toBeVisible();

  const thief = await browser.newContext({ baseURL });
  await thief.addCookies([copied!]);
  const stolen = await thief.newPage();
  await stolen.goto("/applicant");
  await expect(stolen).toHaveURL(/\/sign-in/);
  expect((await (await stolen.request.get("/api/auth/session")).json())?.uid).toBeUndefined();

  await other.goto("/applicant");
  await expect(other).toHaveURL(/\/applicant$/);
  await thief.close();
  await otherDevice.close();
});

for (const next of ["/%5Chost/", "/%09/host/", "//host", "https://evil.example/", "javascript:alert(1)"]) {
  test(`signing in with next=${next} stays on the site`, async ({ page }) => {
    await page.goto(`/sign-in?next=${next}`);
    await page.getByLabel("统一社会信用代码或邮箱").fill(DEMO.enterprise);
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe("/applicant");
    expect(new URL(page.url()).host).toBe(`127.0.0.1:${PORT}`);
  });
}
