// Bulk demo data: N realistic cases in one new round, across ≈ N/20 applicant organisations and
// every status, fast. Facts are valid per measure (generated from each measure's field list),
// the ceiling is what the rules say at submission, awarded cases carry an approved amount and
// paid ones a payment. Rows go in through multi-row INSERT … SELECT FROM unnest($1::text[], …):
// one parameter per column whatever the batch size, several batches in flight on a pool.
// Not generated, to stay fast: case revisions, rule decisions, audit events and notifications.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { MEASURES } from "../rules";
import { createEngine } from "../rules/core/engine";
import { daysInclusive } from "../rules/core/dates";
import type { MeasureDef } from "../rules/core/measure";
import { POLICY_START } from "../rules/core/policy";
import { ORG_TYPES, type OrgType } from "../rules/core/types";
import { mulberry32, type Rng, validFacts } from "../rules/testing/arbitrary-facts";
import { composeCreditCode } from "../lib/auth/credit-code";
import { hashPassword } from "../lib/auth/password";
import { AWARDED as AWARDED_STATUSES } from "../lib/cases/transitions";

export interface BulkSeedOptions {
  cases: number;
  /** cases per organisation on average (default 20) */
  casesPerOrg?: number;
  /** rows per INSERT (default 5,000) */
  batchSize?: number;
  /** INSERTs in flight at once (default 3) */
  concurrency?: number;
  seed?: number;
  /** year of the round (default: this year, or last year before July) */
  year?: number;
  log?: (line: string) => void;
}

export interface BulkSeedResult {
  roundId: string;
  cases: number;
  organisations: number;
  users: number;
  payments: number;
  seconds: number;
  casesPerSecond: number;
}

const engine = createEngine(MEASURES, { trace: false });
const DAY = 86_400_000;
const CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
function weighted<T extends string>(rng: Rng, w: Record<T, number>): T {
  let total = 0;
  for (const k in w) total += w[k];
  let r = rng() * total;
  for (const k in w) if ((r -= w[k]) < 0) return k;
  return Object.keys(w)[0] as T;
}

const ORG_MIX: Record<OrgType, number> = {
  enterprise: 72, university: 5, research_institute: 6, hospital: 4, social_org: 8, bank: 2, insurer: 1, individual: 1, team: 1,
};
/** popular measures are applied for more often */
const MEASURE_WEIGHT: Record<string, number> = {
  "c09-rnd-increment": 8, "c14-tech-contract": 6, "c27-tech-bank-loan-interest": 5, "c25-ip-pledge-interest": 4, "c30-instrument-voucher": 4,
  "c17-hte-growth": 4, "c01-municipal-platform": 3, "c13-event-host": 2, "c25-ip-valuation-fee": 2, "c24-bottleneck-insurance": 2,
};
const STATUS_ELIGIBLE: Record<string, number> = { submitted: 12, proposed: 7, returned: 4, rejected: 5, in_notice: 8, objected: 1, payable: 8, paid: 45, withdrawn: 2 };
const STATUS_INELIGIBLE: Record<string, number> = { submitted: 20, proposed: 4, returned: 14, rejected: 58, withdrawn: 4 };
const AWARDED = new Set<string>(AWARDED_STATUSES);
const DECIDED = new Set(["rejected", ...AWARDED]);
const NOTICE = new Set(["in_notice", "objected", "payable", "paid"]);

const CITY_PARTS = ["环翠", "文登", "荣成", "乳山", "高区", "经区", "临港", "南海"];
/** trade-name syllables: two of them make names like 华锐, 海辰, 泰瑞 */
const BRAND = "华海泰瑞辰恒博远鑫航晟宇川信达盛嘉宏润德新丰瀚峰立昌凯明益安隆".split("");
const WORD_PARTS = ["海洋", "智能", "精密", "新材料", "生物", "医疗器械", "光电", "船舶", "信息", "碳纤维", "食品", "装备", "数控", "新能源"];
const ORG_SUFFIX: Record<OrgType, string[]> = {
  enterprise: ["科技有限公司", "股份有限公司", "制造有限公司", "技术有限公司"],
  university: ["学院", "大学（威海）"],
  research_institute: ["研究院", "研究所"],
  hospital: ["医院", "人民医院"],
  social_org: ["产业协会", "科技服务中心", "技术创新联盟"],
  bank: ["银行威海分行", "农商银行"],
  insurer: ["保险威海中心支公司"],
  individual: ["（个人）"],
  team: ["创业团队"],
};
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗".split("");
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚".split("");

const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

class Columns {
  readonly cols: Record<string, unknown[]> = {};
  constructor(readonly names: string[]) {
    for (const n of names) this.cols[n] = [];
  }
  push(row: Record<string, unknown>) {
    for (const n of this.names) this.cols[n].push(row[n] ?? null);
  }
  get size() {
    return this.cols[this.names[0]].length;
  }
  values() {
    return this.names.map((n) => this.cols[n]);
  }
}

/** INSERT … SELECT FROM unnest($1::t1[], $2::t2[], …) */
function unnestInsert(table: string, columns: [string, string][]): string {
  const names = columns.map(([n]) => `"${n}"`).join(", ");
  const arrays = columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(", ");
  return `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`;
}

const ORG_COLUMNS: [string, string][] = [
  ["id", "text"], ["creditCode", "text"], ["name", "text"], ["orgType", '"OrgType"'], ["registeredInCity", "bool"], ["creditBlacklisted", "bool"],
  ["blacklistReason", "text"], ["blacklistedAt", "timestamp(3)"], ["contactName", "text"], ["contactPhone", "text"], ["updatedAt", "timestamp(3)"],
  ["verifiedAt", "timestamp(3)"],
];
const USER_COLUMNS: [string, string][] = [
  ["id", "text"], ["email", "text"], ["name", "text"], ["phone", "text"], ["passwordHash", "text"], ["role", '"Role"'], ["organisationId", "text"],
];
const CASE_COLUMNS: [string, string][] = [
  ["id", "text"], ["caseNo", "text"], ["organisationId", "text"], ["measureId", "text"], ["roundId", "text"], ["leadBureauId", "text"],
  ["subject", "text"], ["facts", "jsonb"], ["status", '"CaseStatus"'], ["version", "int4"], ["revision", "int4"], ["ceilingFen", "int8"],
  ["approvedFen", "int8"], ["capYear", "int4"], ["createdById", "text"], ["submittedAt", "timestamp(3)"], ["decidedAt", "timestamp(3)"],
  ["noticeEndsAt", "timestamp(3)"], ["paidAt", "timestamp(3)"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
];
const PAYMENT_COLUMNS: [string, string][] = [
  ["id", "text"], ["caseId", "text"], ["amountFen", "int8"], ["paidOn", "date"], ["voucherNo", "text"], ["confirmedById", "text"],
];

interface Org {
  id: string;
  userId: string;
  orgType: OrgType;
  registeredInCity: boolean;
  creditBlacklisted: boolean;
}

/** measures an organisation of each type may apply for (most applications are admissible) */
function admittedMeasures(): Record<string, MeasureDef[]> {
  const out: Record<string, MeasureDef[]> = {};
  for (const t of ORG_TYPES) {
    const list: MeasureDef[] = [];
    for (const m of MEASURES) if (m.orgTypes.includes(t)) for (let i = 0; i < (MEASURE_WEIGHT[m.id] ?? 1); i++) list.push(m);
    out[t] = list;
  }
  return out;
}

/** typical amounts in yuan per money fact, log-uniform (the generic generator's tail reaches ¥10bn) */
const MONEY_RANGE: Record<string, [number, number]> = {
  loanBalanceFen: [1e6, 5e7], principalFen: [1e6, 3e7], newLoanBalanceFen: [1e7, 5e8], amountPaidFen: [1e5, 1e7],
  physicalWorkloadFen: [3e5, 5e6], interestPaidFen: [2e4, 1.5e6], premiumPaidFen: [1e4, 5e5], premiumFen: [1e4, 2e5],
  valuationFeeFen: [2e4, 3e5], serviceFeesFen: [1e4, 5e5], countyFundingFen: [1e5, 1e6], actualExpenditureFen: [1e5, 3e6],
  salesY1Fen: [1e7, 3e8],
};
const logUniformFen = (rng: Rng, [lo, hi]: [number, number]) => Math.round(Math.exp(Math.log(lo) + rng() * (Math.log(hi) - Math.log(lo)))) * 100;

/** facts as a real application carries them: typical amounts, the event before submission, c09 for last fiscal year */
function realisticFacts(m: MeasureDef, rng: Rng, year: number, submittedAt: number): Record<string, unknown> {
  const f = validFacts(m.fields, rng);
  for (const field of m.fields) if (field.kind === "money") f[field.name] = logUniformFen(rng, MONEY_RANGE[field.name] ?? [1e4, 3e6]);
  if (typeof f.salesY1Fen === "number") {
    f.salesY2Fen = Math.round(f.salesY1Fen * (0.95 + rng() * 0.45));
    f.salesY3Fen = Math.round((f.salesY2Fen as number) * (0.95 + rng() * 0.45));
  }
  if (typeof f.provincialAwardFen === "number") f.provincialAwardFen = pick(rng, [10_000_000, 20_000_000, 30_000_000, 50_000_000]);
  if (typeof f.eventDate === "string" && rng() < 0.95) {
    const from = Math.max(Date.parse(POLICY_START), Date.UTC(year - 1, 0, 1));
    f.eventDate = day(from + Math.floor(rng() * Math.max(1, (submittedAt - from) / DAY)) * DAY);
  }
  if (m.id === "c09-rnd-increment") {
    f.fiscalYear = year - 1;
    f.eventDate = `${year - 1}-12-31`;
    const prev = Math.floor(rng() * 200_000_000_00) + 5_000_000_00; // ¥5m..¥205m
    f.rndPrevYearFen = prev;
    f.rndThisYearFen = Math.floor(prev * (0.9 + rng() * 0.5));
  }
  if (typeof f.contractDate === "string" && typeof f.eventDate === "string") {
    f.contractDate = day(Date.parse(f.eventDate) - Math.floor(rng() * 300) * DAY);
  }
  // answers that agree with each other (the measures' checks across facts, rules/core/checks.ts)
  if (typeof f.enterprisesServed === "number" && typeof f.enterprisesCertified === "number") f.enterprisesCertified = Math.min(f.enterprisesCertified, f.enterprisesServed);
  if (f.namedExcellentEnterprise === true) f.reachedNationalFinals = true;
  if (typeof f.loanDaysInYear === "number" && typeof f.contractDate === "string" && typeof f.eventDate === "string") {
    const y = f.eventDate.slice(0, 4);
    f.loanDaysInYear = Math.max(1, Math.min(f.loanDaysInYear, daysInclusive(f.contractDate > `${y}-01-01` ? f.contractDate : `${y}-01-01`, `${y}-12-31`)));
  }
  return f;
}

export async function bulkSeed(url: string, opts: BulkSeedOptions): Promise<BulkSeedResult> {
  const started = performance.now();
  const log = opts.log ?? (() => {});
  const n = Math.max(0, Math.floor(opts.cases));
  const batchSize = opts.batchSize ?? 5000;
  const concurrency = opts.concurrency ?? 3;
  const rng = mulberry32(opts.seed ?? 20260101);
  const now = new Date();
  const year = opts.year ?? (now.getUTCMonth() >= 6 ? now.getUTCFullYear() : now.getUTCFullYear() - 1);
  const tag = randomBytes(3).toString("hex");
  const codeTag = Array.from(randomBytes(3), (b) => CODE_ALPHABET[b % 31]).join("");
  const pool = new pg.Pool({ connectionString: url, max: concurrency + 1 });
  // several INSERTs in flight: the database indexes one batch while the next is generated
  const inFlight = new Set<Promise<unknown>>();
  const submit = async (work: () => Promise<unknown>) => {
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    const p: Promise<unknown> = work().finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  const drain = async () => {
    await Promise.all(inFlight);
  };

  try {
    const finance = await pool.query<{ id: string }>(`SELECT id FROM "User" WHERE role = 'finance' ORDER BY "createdAt" LIMIT 1`);
    const financeId = finance.rows[0]?.id ?? "bulk-seed";
    // the round: applications Jan 5 – Mar 31 of its year, closed, budgets filled in at the end
    const roundId = `bulk-${year}-${tag}`;
    const opensAt = Date.UTC(year, 0, 5, 1, 0) - 0; // 09:00 Beijing
    const closesAt = Date.UTC(year, 2, 31, 15, 59, 59);
    await pool.query(
      `INSERT INTO "Round" (id, name, year, "opensAt", "closesAt", status, "totalBudgetFen", "noticeDays", params, "updatedAt")
       VALUES ($1, $2, $3, $4, $5, 'closed', 0, 7, '{}', now())`,
      [roundId, `${year}年度政策兑现（演示数据 ${n.toLocaleString("en")} 件）`, year, iso(opensAt), iso(closesAt)],
    );

    // organisations and their applicant accounts
    const orgCount = Math.max(1, Math.ceil(n / (opts.casesPerOrg ?? 20)));
    const passwordHash = await hashPassword("Weihai@2026");
    const orgs: Org[] = [];
    for (let start = 0; start < orgCount; start += batchSize) {
      const oc = new Columns(ORG_COLUMNS.map(([c]) => c));
      const uc = new Columns(USER_COLUMNS.map(([c]) => c));
      for (let i = start; i < Math.min(orgCount, start + batchSize); i++) {
        const orgType = weighted(rng, ORG_MIX);
        // organisation code body: the run's tag and the index (31^5 per run), both check characters computed
        let body = codeTag;
        for (let k = i, d = 0; d < 5; d++, k = Math.floor(k / 31)) body += CODE_ALPHABET[k % 31];
        const id = `bko${tag}${i.toString(36)}`;
        const blacklisted = rng() < 0.01;
        const contact = pick(rng, SURNAMES) + pick(rng, GIVEN) + (rng() < 0.5 ? pick(rng, GIVEN) : "");
        const org: Org = { id, userId: `bku${tag}${i.toString(36)}`, orgType, registeredInCity: rng() < 0.97, creditBlacklisted: blacklisted };
        orgs.push(org);
        oc.push({
          id, creditCode: composeCreditCode("91371000", body), orgType, registeredInCity: org.registeredInCity, creditBlacklisted: blacklisted,
          name: orgType === "enterprise" || orgType === "social_org" || orgType === "team"
            ? `威海${rng() < 0.4 ? pick(rng, CITY_PARTS) : ""}${pick(rng, BRAND)}${pick(rng, BRAND)}${pick(rng, WORD_PARTS)}${pick(rng, ORG_SUFFIX[orgType])}`
            : `威海${pick(rng, CITY_PARTS)}${pick(rng, WORD_PARTS)}${pick(rng, ORG_SUFFIX[orgType])}`,
          blacklistReason: blacklisted ? "列入严重失信主体名单（信用中国）" : null, blacklistedAt: blacklisted ? iso(Date.UTC(year - 1, 5, 1)) : null,
          contactName: contact, contactPhone: `138${String(6310000 + (i % 3_689_999)).padStart(8, "0")}`, updatedAt: iso(Date.now()), verifiedAt: iso(Date.now()),
        });
        uc.push({ id: org.userId, email: `bulk-${tag}-${i}@demo.weihai.gov.cn`, name: contact, phone: null, passwordHash, role: "applicant", organisationId: id });
      }
      await pool.query(unnestInsert("Organisation", ORG_COLUMNS), oc.values());
      await pool.query(unnestInsert("User", USER_COLUMNS), uc.values());
    }
    log(`organisations: ${orgs.length.toLocaleString("en")} (with one applicant account each)`);

    // cases, batch by batch; case numbers are reserved per clause from the shared counters
    const admitted = admittedMeasures();
    const committed: Record<string, number> = {};
    let payments = 0;
    let lastLog = performance.now();
    for (let start = 0; start < n; start += batchSize) {
      const size = Math.min(batchSize, n - start);
      const drafts: Record<string, unknown>[] = [];
      const perClause: Record<string, number> = {};
      for (let i = 0; i < size; i++) {
        const org = orgs[Math.floor(rng() * orgs.length)];
        const m = rng() < 0.97 && admitted[org.orgType].length ? pick(rng, admitted[org.orgType]) : pick(rng, MEASURES);
        const submittedAt = opensAt + Math.floor(rng() * (closesAt - opensAt));
        const facts = realisticFacts(m, rng, year, submittedAt);
        const isDraft = rng() < 0.04;
        const subject = `${m.title.zh}（${year}-${(start + i).toString(36).toUpperCase()}）`;
        const d = engine.evaluate({ measure: m.id, applicant: org, subject, facts });
        const status = isDraft ? "draft" : weighted(rng, d.eligible ? STATUS_ELIGIBLE : STATUS_INELIGIBLE);
        const row: Record<string, unknown> = { m, org, facts, subject, status, d, submittedAt };
        if (!isDraft) {
          const clause = m.id.slice(0, 3).toUpperCase();
          perClause[clause] = (perClause[clause] ?? 0) + 1;
          row.clause = clause;
        }
        drafts.push(row);
      }
      const seq: Record<string, number> = {};
      const clauses = Object.keys(perClause);
      if (clauses.length) {
        const r = await pool.query<{ key: string; value: number }>(
          `INSERT INTO "CaseCounter"(key, value) SELECT * FROM unnest($1::text[], $2::int4[])
           ON CONFLICT (key) DO UPDATE SET value = "CaseCounter".value + EXCLUDED.value RETURNING key, value`,
          [clauses.map((c) => `${year}-${c}`), clauses.map((c) => perClause[c])],
        );
        for (const x of r.rows) {
          const c = x.key.slice(5);
          seq[c] = x.value - perClause[c];
        }
      }
      const cc = new Columns(CASE_COLUMNS.map(([c]) => c));
      const pc = new Columns(PAYMENT_COLUMNS.map(([c]) => c));
      for (let i = 0; i < drafts.length; i++) {
        const r = drafts[i] as { m: MeasureDef; org: Org; facts: Record<string, unknown>; subject: string; status: string; d: { eligible: boolean; ceilingFen: number; fixed: boolean }; submittedAt: number; clause?: string };
        const id = `bkc${tag}${(start + i).toString(36).padStart(5, "0")}`;
        const draft = r.status === "draft";
        const decidedAt = DECIDED.has(r.status) ? r.submittedAt + (5 + Math.floor(rng() * 55)) * DAY : null;
        // a case still in notice ends it in the future (or the scheduled job would end it at once)
        const noticeEndsAt = decidedAt === null || !NOTICE.has(r.status) ? null
          : r.status === "in_notice" || r.status === "objected" ? Math.max(decidedAt + 7 * DAY, now.getTime() + 7 * DAY) : decidedAt + 7 * DAY;
        const paidAt = noticeEndsAt !== null && r.status === "paid" ? noticeEndsAt + (3 + Math.floor(rng() * 40)) * DAY : null;
        let approved: number | null = null;
        if (AWARDED.has(r.status)) {
          approved = r.d.fixed || rng() < 0.7 ? r.d.ceilingFen : Math.floor((r.d.ceilingFen * (60 + Math.floor(rng() * 40))) / 100);
          committed[r.m.id] = (committed[r.m.id] ?? 0) + approved;
        }
        const capYear = engineCapYear(r.m, r.facts);
        cc.push({
          id, caseNo: draft ? null : `WH-${year}-${r.clause}-${String(++seq[r.clause!]).padStart(6, "0")}`, organisationId: r.org.id, measureId: r.m.id,
          roundId, leadBureauId: r.m.leadBureau, subject: r.subject, facts: JSON.stringify(r.facts), status: r.status,
          version: draft ? 1 : 2 + (decidedAt ? 2 : 0) + (paidAt ? 2 : 0), revision: draft ? 0 : 1, ceilingFen: draft ? null : r.d.ceilingFen,
          approvedFen: approved, capYear, createdById: r.org.userId, submittedAt: draft ? null : iso(r.submittedAt), decidedAt: iso(decidedAt),
          noticeEndsAt: iso(noticeEndsAt), paidAt: iso(paidAt), createdAt: iso(r.submittedAt - 3 * DAY), updatedAt: iso(paidAt ?? decidedAt ?? r.submittedAt),
        });
        if (paidAt !== null) {
          payments++;
          pc.push({ id: `bkp${tag}${(start + i).toString(36)}`, caseId: id, amountFen: approved, paidOn: day(paidAt + 8 * 3_600_000), voucherNo: `PZ${year}${tag.toUpperCase()}${String(payments).padStart(7, "0")}`, confirmedById: financeId });
        }
      }
      // a payment needs its case: the case batch goes first on the same chain
      const caseValues = cc.values();
      const payValues = pc.size ? pc.values() : null;
      await submit(async () => {
        await pool.query(unnestInsert("Case", CASE_COLUMNS), caseValues);
        if (payValues) await pool.query(unnestInsert("Payment", PAYMENT_COLUMNS), payValues);
      });
      if (performance.now() - lastLog > 5000) {
        lastLog = performance.now();
        const s = (performance.now() - started) / 1000;
        log(`  ${(start + size).toLocaleString("en")} cases generated (${Math.round((start + size) / s).toLocaleString("en")}/s)`);
      }
    }
    await drain();

    // budgets: what was committed with some headroom (a few measures overspent), rounded up to ¥100,000
    const budgets = MEASURES.map((m) => ({ id: m.id, fen: Math.ceil(((committed[m.id] ?? 0) * (0.95 + rng() * 0.6) + 1) / 10_000_000) * 10_000_000 }));
    await pool.query(`INSERT INTO "RoundMeasure" ("roundId", "measureId", "budgetFen") SELECT $1, * FROM unnest($2::text[], $3::int8[])`, [roundId, budgets.map((b) => b.id), budgets.map((b) => b.fen)]);
    await pool.query(`UPDATE "Round" SET "totalBudgetFen" = $2 WHERE id = $1`, [roundId, budgets.reduce((s, b) => s + b.fen, 0)]);
    // as autovacuum keeps a table that grew over months: statistics, and the visibility map that
    // lets a query read an index alone (the what-if's award history, Case_award_history_idx)
    await pool.query(`VACUUM (ANALYZE) "Case"`);
    const seconds = (performance.now() - started) / 1000;
    return { roundId, cases: n, organisations: orgs.length, users: orgs.length, payments, seconds, casesPerSecond: n / seconds };
  } finally {
    await drain().catch(() => {});
    await pool.end();
  }
}

function engineCapYear(m: MeasureDef, facts: Record<string, unknown>): number | null {
  try {
    if (m.capYear) return m.capYear(facts as never);
  } catch {
    return null;
  }
  return typeof facts.eventDate === "string" ? Number(facts.eventDate.slice(0, 4)) : null;
}
