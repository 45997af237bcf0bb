// Bad input (issue 8): fast-check-generated hostile requests against every server action of the build
// and the JSON submit and upload route handlers. Each must get a clear error (a code the UI can show,
// never "server" or a 5xx) and leave the database exactly as it was.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import pg from "pg";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { actionRoles, ROLES, type Role } from "./authz-matrix";
import { DEMO, expect, loginAs, test } from "./fixtures";
import { ACCOUNT, actionsInBuild, callAction, e2eDatabaseUrl, FormArg, SAME_ORIGIN, type ActionRef } from "./server-actions";

const SEED = 20_261_126;
/** generated argument lists per action (plus one key probe) */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 30);
// objections are rate-limited per client IP: a documentation address keeps this spec's budget apart
// from the other specs' (they all come from 127.0.0.1)
test.use({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.86" } });

/** every errors.* code of the messages (any area), present in both languages */
function knownCodes(): Set<string> {
  const codes = (locale: string) => {
    const out = new Set<string>();
    const walk = (o: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(o)) {
        if (k === "errors" && v && typeof v === "object") Object.keys(v).forEach((c) => out.add(c));
        else if (v && typeof v === "object") walk(v as Record<string, unknown>);
      }
    };
    const dir = `lib/i18n/messages/${locale}`;
    for (const f of readdirSync(dir)) walk(JSON.parse(readFileSync(`${dir}/${f}`, "utf8")));
    return out;
  };
  const en = codes("en");
  return new Set([...codes("zh")].filter((c) => en.has(c) && c !== "server"));
}
const KNOWN = knownCodes();

/**
 * One fingerprint per table. Nothing is excluded: sign-in writes LoginAttempt and User.lastLoginAt,
 * so every role signs in before its first fingerprint; no action request writes anything on its own.
 */
async function fingerprint(c: pg.Client): Promise<Map<string, string>> {
  const tables = (await c.query<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)).rows.map((r) => r.t);
  const sql = tables.map((t) => `SELECT '${t}' AS t, count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS f FROM "${t}" x`).join(" UNION ALL ");
  return new Map((await c.query<{ t: string; f: string }>(sql)).rows.map((r) => [r.t, r.f]));
}

function changedTables(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((t) => a.get(t) !== b.get(t));
}

// ——— hostile values ———
const HUGE = ["A".repeat(100_000), "中".repeat(100_000), "<".repeat(100_000)];
const SQL = [`'; DROP TABLE "Case"; --`, `' OR '1'='1`, `1; UPDATE "User" SET role = 'admin' --`, `\\'); DELETE FROM "Payment"; --`];
const HTML = [`<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, "javascript:alert(1)", "{{constructor.constructor('alert(1)')()}}"];
const UNICODE = ["\u0000", "a\u0000b", "\u202Egnp.exe", "\uD800", "\uFEFF", "😀".repeat(40), "../../etc/passwd", "$1", "$@0"];
const MONEY = [-1, -100, 0.5, 1.005, 1e20, -1e15, Number.MAX_SAFE_INTEGER + 2, "100", "1e3", "NaN", "Infinity", "-0"];
const DATES = ["9999-12-31", "0001-01-01", "2026-13-45", "2026-02-30", "9999-12", "0001-01", "2026-13", "+275760-09-13", "1970-01-01T00:00:00Z", "yesterday"];
const ENUMS = ["ADMIN", "superuser", "approve ", "Approve", "in_notice", "paid", "open;", "zh-CN", "xx", "public"];
const WRONG: unknown[] = [null, true, false, 0, -1, [], [1, 2], { $ne: null }, [[[]]], "", " "];
/** own "__proto__" / "constructor" keys, as JSON.parse makes them */
const PROTO = JSON.parse(`{"__proto__": {"role": "admin", "isAdmin": true}, "constructor": {"prototype": {"ok": true}}}`);
/** one value of each kind, tried in the required keys of every action */
const SWEEP: unknown[] = [HUGE[0], SQL[0], HTML[1], "a\u0000b", "\uD800", -1, 0.5, 1e20, "9999-12-31", "0001-01-01", "2026-13-45", "9999-12", "0001-01", ENUMS[0], null, true, [], PROTO];
/** keys the actions read, for the keys a probe cannot reveal (optional ones, discriminated unions) */
const PLAUSIBLE = ["id", "caseId", "version", "measureId", "roundId", "organisationId", "userId", "facts", "subject", "amountFen", "reason", "note",
  "proposal", "fixList", "outcome", "resolution", "paidOn", "voucherNo", "email", "role", "bureauId", "password", "active", "listedOn", "month", "bp",
  "knownThrough", "change", "roundUpdatedAt", "requestId", "commitment", "submitKey", "createKey", "acceptMissingDocuments", "name", "contact", "text", "items", "__proto__", "constructor"];

function valueArb(forged: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...HUGE, ...SQL, ...HTML, ...UNICODE, ...MONEY, ...DATES, ...ENUMS, ...WRONG, PROTO),
    fc.constantFrom(...forged),
    fc.anything({ maxDepth: 2 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.double(),
    fc.nat(5),
  );
}

function argsArb(keys: string[], forged: string[]): fc.Arbitrary<unknown[]> {
  const value = valueArb(forged);
  const own = fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] });
  const extra = fc.dictionary(fc.constantFrom(...PLAUSIBLE), value, { maxKeys: 4 });
  const record = fc.tuple(extra, own).map(([e, o]) => ({ ...e, ...o }));
  const asForm = record.map((r) => new FormArg(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v) ?? ""]))));
  return fc.oneof(
    { arbitrary: fc.tuple(record), weight: 4 },
    fc.tuple(fc.anything()),
    fc.tuple(fc.constantFrom(...WRONG, ...HUGE, ...SQL, ...ENUMS, PROTO)),
    fc.tuple(fc.constantFrom(...forged, ...SQL), record), // (id, input), e.g. updateRoundAction(roundId, raw)
    fc.tuple(fc.constant(null), asForm), // (state, FormData), as a form action is called
    fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 4 }),
  ).filter((args) => JSON.stringify(args[0]) !== "{}"); // {} is the one valid input of "mark all read"
}

/** "" when the answer is a clear error, else what is wrong with it */
function problemWithAnswer(status: number, text: string): string {
  if (status >= 500) return `HTTP ${status}`;
  if (/"ok":true/.test(text)) return "accepted";
  const code = /"ok":false,"error":"([^"]*)"/.exec(text)?.[1];
  if (code === undefined) return `HTTP ${status}, no error answer`;
  return KNOWN.has(code) ? "" : `error "${code}" is not a known message`;
}

const short = (v: unknown) => {
  const s = v instanceof FormArg ? `FormData${JSON.stringify(v.fields)}` : JSON.stringify(v) ?? String(v);
  return s.length > 160 ? `${s.slice(0, 160)}…(${s.length})` : s;
};

/** the role that calls each action: one the matrix lets past the role check (a visitor for public actions) */
function callerOf(a: ActionRef): Role {
  const roles = actionRoles(a.file, a.name)!;
  // an action no one may call outside a demo (DEMO_MODE) is tried by the admin it exists for
  return roles.includes("visitor") ? "visitor" : (roles.find((r): r is Role => (ROLES as string[]).includes(r)) ?? "admin");
}

type Forged = { cases: { id: string; version: number }[]; orgs: string[] };

/**
 * Real ids the role must not act on: another organisation's cases for the applicant, another bureau's
 * for the reviewer; for the others, cases in states none of their actions accepts (no notice to end,
 * no payment due, no notice to object to).
 */
async function forgedIds(c: pg.Client, role: Role): Promise<Forged> {
  const me = role === "visitor" ? null : (await c.query(`SELECT "organisationId", "bureauId" FROM "User" WHERE email = $1`, [ACCOUNT[role]])).rows[0];
  const where = role === "applicant" ? `"organisationId" <> $1` : role === "reviewer" ? `"leadBureauId" <> $1` : `status IN ('draft', 'submitted') AND $1::text IS NULL`;
  const param = role === "applicant" ? me.organisationId : role === "reviewer" ? me.bureauId : null;
  const cases = (await c.query(`SELECT DISTINCT ON (status) id, version FROM "Case" WHERE ${where} ORDER BY status, id`, [param])).rows;
  // (a listed organisation is not forged for the admin: clearing it is what the admin may do)
  const orgs = (await c.query(`SELECT id FROM "Organisation" WHERE id IS DISTINCT FROM $1 AND NOT "creditBlacklisted" ORDER BY id LIMIT 3`, [me?.organisationId ?? null])).rows.map((r) => r.id);
  expect(cases.length, `forged case ids for ${role}`).toBeGreaterThan(0);
  return { cases, orgs };
}

const tally = { actions: 0, routes: 0, requests: 0, serverErrors: 0, changes: 0 };

async function withDb<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const FIXTURE = "hostile-fixture-";

/**
 * The fresh e2e database has no cases: another organisation's draft and submitted case (led by a bureau
 * reviewer A is not in) and a draft of the applicant's own, all removed again after the spec.
 */
async function createCases(c: pg.Client): Promise<void> {
  const users = new Map((await c.query(`SELECT email, id, "organisationId" FROM "User" WHERE email = ANY($1)`, [[DEMO.enterprise, DEMO.university]])).rows.map((r) => [r.email, r]));
  const measure = (await c.query(`SELECT "roundId", "measureId" FROM "RoundMeasure" ORDER BY "measureId" LIMIT 1`)).rows[0];
  const cases: [string, string, string, number][] = [[`${FIXTURE}foreign-draft`, DEMO.university, "draft", 0], [`${FIXTURE}foreign-submitted`, DEMO.university, "submitted", 1], [`${FIXTURE}own-draft`, DEMO.enterprise, "draft", 0]];
  for (const [id, owner, status, version] of cases) {
    await c.query(`INSERT INTO "Case"(id, "organisationId", "measureId", "roundId", "leadBureauId", subject, facts, status, version, "createdById", "updatedAt")
      VALUES ($1, $2, $3, $4, 'industry-it', '敌意输入测试', '{}', $5, $6, $7, now()) ON CONFLICT (id) DO NOTHING`, [id, users.get(owner).organisationId, measure.measureId, measure.roundId, status, version, users.get(owner).id]);
  }
  await c.query(`INSERT INTO "Attachment"(id, "caseId", slot, "fileName", mime, size, sha256, "storagePath", "uploadedById")
    VALUES ($1, $2, 'hostile_slot', 'a.pdf', 'application/pdf', 1, '0', 'missing', $3) ON CONFLICT (id) DO NOTHING`, [`${FIXTURE}attachment`, `${FIXTURE}foreign-draft`, users.get(DEMO.university).id]);
}
test.beforeAll(() => withDb(createCases));

const byRole = new Map<Role, ActionRef[]>();
for (const a of actionsInBuild()) byRole.set(callerOf(a), [...(byRole.get(callerOf(a)) ?? []), a]);

for (const [role, actions] of byRole) {
  test(`server actions as ${role}: hostile input gets a clear error and changes nothing`, async ({ page }) => {
    test.setTimeout(240_000);
    if (role !== "visitor") await loginAs(page, ACCOUNT[role]);
    await withDb(async (db) => {
      const forged = await forgedIds(db, role);
      const ids = [...forged.cases.map((x) => x.id), ...forged.orgs, "forged-id-0000", "cl0000000000000000000000"];
      const wrong: string[] = [];
      for (const a of actions) {
        const before = await fingerprint(db);
        const bad: string[] = [];
        const call = async (args: unknown[]) => {
          const { status, text } = await callAction(page.request, a, args);
          tally.requests++;
          if (/"error":"server"/.test(text) || status >= 500) tally.serverErrors++;
          const p = problemWithAnswer(status, text);
          if (p) bad.push(`(${args.map(short).join(", ")}): ${p} ${text.slice(0, 200)}`);
          return text;
        };
        // the schema's required keys, from the validation answer to an object with an unknown key
        const probe = await call([{ "\u0000probe": 1 }]);
        const fieldErrors = /"fieldErrors":(\{[^{}]*\})/.exec(probe)?.[1];
        const keys = [...new Set(Object.keys(fieldErrors ? JSON.parse(fieldErrors) : {}).filter((k) => k !== "_").map((k) => k.split(".")[0]))];
        // every kind of hostile value and every forged id in all required keys at once, then random argument lists
        if (keys.length) for (const v of [...SWEEP, ...ids]) await call([Object.fromEntries(keys.map((k) => [k, v]))]);
        for (const args of fc.sample(argsArb(keys, ids), { seed: SEED, numRuns: RUNS })) await call(args);
        // the first few refused answers of each action (all of them would drown the report)
        wrong.push(...bad.slice(0, 3).map((b) => `${a.file}#${a.name}${b}${bad.length > 3 ? ` (and ${bad.length - 3} more)` : ""}`));
        const changed = changedTables(before, await fingerprint(db));
        if (changed.length) {
          tally.changes++;
          wrong.push(`${a.file}#${a.name}: hostile input changed ${changed.join(", ")}`);
        }
        tally.actions++;
      }
      expect(wrong).toEqual([]);
    });
  });
}

// ——— route handlers (applicant) ———

async function routeProblem(res: APIResponse): Promise<string> {
  const text = await res.text();
  tally.requests++;
  if (res.status() >= 500 || /"error":"server"/.test(text)) tally.serverErrors++;
  return problemWithAnswer(res.status(), text);
}

test("route handlers: hostile submit, save and upload requests get a clear error and change nothing", async ({ page }) => {
  test.setTimeout(240_000);
  await loginAs(page, ACCOUNT.applicant);
  const req: APIRequestContext = page.request;
  await withDb(async (db) => {
    const forged = await forgedIds(db, "applicant");
    const own = { id: `${FIXTURE}own-draft` };
    const ids = [...forged.cases.map((x) => x.id), "forged-id-0000", encodeURIComponent(SQL[0]), "%00", "x".repeat(5000)];
    const wrong: string[] = [];
    const before = await fingerprint(db);
    const check = async (what: string, res: APIResponse) => {
      const p = await routeProblem(res);
      if (p) wrong.push(`${what}: ${p}`);
    };

    // bodies that are no JSON object: broken, a NUL, a prototype key, 2 MB of text
    const BAD_JSON = ["{", "null", "[]", `{"version":`, "\u0000", `{"__proto__":{"ok":true}}`, JSON.stringify("x".repeat(2_000_000))];
    // submit: bad JSON, wrong types, huge bodies; a well-formed body only for ids not the applicant's
    const value = valueArb(forged.cases.map((x) => x.id));
    const body = fc.oneof(
      fc.constantFrom(...BAD_JSON),
      fc.record({ version: value, submitKey: value, commitment: value }, { requiredKeys: [] }).map((b) => JSON.stringify(b) ?? "null"),
      fc.anything().map((b) => JSON.stringify(b) ?? "null"),
    ).filter((b) => !/"commitment":true/.test(b)); // the applicant's own case must never be submitted for real
    for (const [i, b] of fc.sample(body, { seed: SEED, numRuns: RUNS * 2 }).entries()) {
      const id = i % 3 === 0 ? own.id : ids[i % ids.length];
      await check(`submit ${id.slice(0, 40)} ${b.slice(0, 80)}`, await req.post(`/api/cases/${id}/submit`, { headers: { ...SAME_ORIGIN, "Content-Type": "application/json" }, data: b }));
    }
    // every path id once with a well-formed body (none of them is the applicant's own case)
    for (const id of ids) {
      const valid = JSON.stringify({ version: forged.cases.find((c) => c.id === id)?.version ?? 0, submitKey: "hostile-submit-key-0001", commitment: true });
      await check(`submit ${id.slice(0, 40)} well-formed`, await req.post(`/api/cases/${id}/submit`, { headers: { ...SAME_ORIGIN, "Content-Type": "application/json" }, data: valid }));
    }

    // save (PUT draft): bad JSON, wrong types, hostile facts and subjects. The own draft is at version 0
    // and no body for it says 0, so a save that got through would be a stale one: nothing may change
    const draft = fc.oneof(
      fc.constantFrom(...BAD_JSON),
      fc.record({ version: value, subject: value, facts: fc.oneof(value, fc.dictionary(fc.constantFrom("fiscalYear", "rdSpend", "eventDate", ...PLAUSIBLE), value, { maxKeys: 4 })) }, { requiredKeys: [] })
        .map((b) => JSON.stringify(b) ?? "null"),
      fc.anything().map((b) => JSON.stringify(b) ?? "null"),
    );
    for (const [i, b] of fc.sample(draft, { seed: SEED, numRuns: RUNS * 2 }).entries()) {
      const id = i % 3 === 0 ? own.id : ids[i % ids.length];
      if (id === own.id && /"version":0[,}]/.test(b)) continue;
      await check(`save ${id.slice(0, 40)} ${b.slice(0, 80)}`, await req.put(`/api/cases/${id}/draft`, { headers: { ...SAME_ORIGIN, "Content-Type": "application/json" }, data: b }));
    }
    // every path id once with a well-formed save at its own version (none of them is the applicant's own case)
    for (const id of ids) {
      const valid = JSON.stringify({ version: forged.cases.find((c) => c.id === id)?.version ?? 0, subject: "敌意输入", facts: {} });
      await check(`save ${id.slice(0, 40)} well-formed`, await req.put(`/api/cases/${id}/draft`, { headers: { ...SAME_ORIGIN, "Content-Type": "application/json" }, data: valid }));
    }

    // upload: not multipart, missing or wrong fields, hostile slots and names, huge; a plain PDF only to another organisation's case
    const pdf = Buffer.from("%PDF-1.4\n%hostile\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const slot = fc.constantFrom(...SQL, ...HTML, ...UNICODE.filter((u) => u !== "\u0000"), ...ENUMS, "A".repeat(100), "");
    const upload = fc.record({
      slot, name: fc.constantFrom("../../etc/passwd", "a\u0000.pdf", "a\u202Efdp.exe", `<script>.pdf`, "x".repeat(300) + ".pdf", "报告.pdf"),
      bytes: fc.oneof(fc.constant(pdf), fc.uint8Array({ maxLength: 64 }).map((u) => Buffer.from(u)), fc.constant(Buffer.from("<html><script>alert(1)</script></html>"))),
    });
    for (const [i, u] of fc.sample(upload, { seed: SEED, numRuns: RUNS }).entries()) {
      const id = i % 2 === 0 ? own.id : ids[i % ids.length];
      await check(`upload ${id.slice(0, 40)} slot=${u.slot.slice(0, 40)}`, await req.post(`/api/cases/${id}/attachments`, {
        headers: SAME_ORIGIN, multipart: { slot: u.slot, file: { name: u.name, mimeType: "application/pdf", buffer: u.bytes } },
      }));
    }
    const target = own.id;
    await check("upload as JSON", await req.post(`/api/cases/${target}/attachments`, { headers: SAME_ORIGIN, data: { slot: "x", file: "x" } }));
    await check("upload without a file", await req.post(`/api/cases/${target}/attachments`, { headers: SAME_ORIGIN, multipart: { slot: SQL[0] } }));
    await check("upload with the file as text", await req.post(`/api/cases/${target}/attachments`, { headers: SAME_ORIGIN, multipart: { slot: SQL[0], file: "not a file" } }));
    // above UPLOAD_MAX_MB (20 by default): refused from Content-Length, before the body is read
    await check("upload of a huge body", await req.post(`/api/cases/${target}/attachments`, {
      headers: SAME_ORIGIN, multipart: { slot: "x", file: { name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(21 * 1024 * 1024, 0x25) } },
    }));
    for (const id of ids) {
      await check(`upload ${id.slice(0, 40)} well-formed`, await req.post(`/api/cases/${id}/attachments`, {
        headers: SAME_ORIGIN, multipart: { slot: "hostile_slot", file: { name: "forged.pdf", mimeType: "application/pdf", buffer: pdf } },
      }));
    }
    for (const a of [`${FIXTURE}attachment`, "forged-id-0000", encodeURIComponent(SQL[0]), "%00", "x".repeat(5000)]) {
      await check(`delete attachment ${a}`, await req.delete(`/api/attachments/${a}`, { headers: SAME_ORIGIN }));
    }
    tally.routes += 4;

    const changed = changedTables(before, await fingerprint(db));
    if (changed.length) {
      tally.changes++;
      wrong.push(`route handlers: hostile requests changed ${changed.join(", ")}`);
    }
    expect(wrong).toEqual([]);
  });
});

test("export route handlers: hostile query strings get a file or a clear refusal, never a 5xx", async ({ page }) => {
  await loginAs(page, ACCOUNT.admin);
  const values = ["%00", "a%00b", encodeURIComponent(SQL[0]), encodeURIComponent(HTML[0]), "9999-12-31", "0001-01-01", "-1", "1e20", "x".repeat(1000), `${FIXTURE}foreign-draft`];
  const wrong: string[] = [];
  for (const [path, keys] of [["/admin/dashboard/export", ["round"]], ["/review/export", ["q", "round", "from", "to", "min", "max", "status", "tab", "after"]]] as const) {
    for (const v of values) {
      const res = await page.request.get(`${path}?${keys.map((k) => `${k}=${v}`).join("&")}`, { maxRedirects: 0 });
      tally.requests++;
      const body = res.status() >= 400 ? await res.text() : "";
      if (res.status() >= 500) tally.serverErrors++;
      // the exports answer a refusal as the bare code in plain text
      if (res.status() >= 500 || (body && !KNOWN.has(body))) wrong.push(`${path} ${v.slice(0, 40)}: HTTP ${res.status()} ${body.slice(0, 80)}`);
    }
  }
  tally.routes += 2;
  expect(wrong).toEqual([]);
});

test.afterAll(async () => {
  // a fixture case the run gave audit events stays: the audit log is append-only (its FK would null their caseId)
  await withDb((c) => c.query(`DELETE FROM "Case" k WHERE id LIKE $1 AND NOT EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."caseId" = k.id)`, [`${FIXTURE}%`]));
  console.log(`hostile (seed ${SEED}): ${tally.actions} actions, ${tally.routes} routes, ${tally.requests} requests, ${tally.serverErrors} server errors, ${tally.changes ? `db changed by ${tally.changes} batches` : "db unchanged"}`);
});
