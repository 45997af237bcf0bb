// Reference and demo data: the 11 bureaus, the LPR table, an open round for the current year with
// all 42 measures, and the demo accounts. Idempotent: running it again changes nothing.
import { GRADED_MEASURES, roundData, roundSchema, type RoundInput } from "../admin/round-schema";
import { hashPassword } from "../auth/password";
import type { PrismaClient } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import { MEASURES } from "../../rules";
import { DEFAULT_LPR } from "../../rules/core/params";
import { DEMO_ORGS, DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from "./demo-accounts";

export const BUREAUS = [
  ["sci-tech", "市科技局", "Science and Technology Bureau"],
  ["industry-it", "市工业和信息化局", "Industry and Information Technology Bureau"],
  ["finance", "市财政局", "Finance Bureau"],
  ["agriculture", "市农业农村局", "Agriculture and Rural Affairs Bureau"],
  ["ocean", "市海洋发展局", "Ocean Development Bureau"],
  ["iti", "市产业技术研究院", "Industrial Technology Research Institute"],
  ["org-dept", "市委组织部", "Organisation Department"],
  ["hr", "市人力资源社会保障局", "Human Resources and Social Security Bureau"],
  ["financial-regulation", "市地方金融监管局", "Local Financial Regulation Bureau"],
  ["market-regulation", "市市场监管局", "Market Regulation Bureau"],
  ["sci-assoc", "市科协", "Association for Science and Technology"],
] as const;

export async function seedReference(db: PrismaClient): Promise<void> {
  for (const [id, nameZh, nameEn] of BUREAUS) {
    await db.bureau.upsert({ where: { id }, update: { nameZh, nameEn }, create: { id, nameZh, nameEn } });
  }
  for (const e of DEFAULT_LPR) {
    await db.lprRate.upsert({ where: { month: e.from }, update: {}, create: { month: e.from, bp: e.bp } });
  }
  await db.setting.upsert({ where: { key: "lprKnownThrough" }, update: {}, create: { key: "lprKnownThrough", value: "2026-11" } });
}

/** yuan per measure: twice its most per case, kept between ¥1m and ¥10m (fits the ¥300m total) */
const demoBudgetYuan = (maxFen: number) => String(Math.min(Math.max(Math.floor(maxFen / 100) * 2, 1_000_000), 10_000_000));

/** The demo round as the admin's round form would submit it: it goes through the same schema. */
export function demoRoundInput(year: number): RoundInput {
  return {
    name: `${year}年度科技创新政策兑现`,
    year,
    opensAt: `${year}-01-01T00:00`,
    closesAt: `${year}-12-31T23:59`,
    totalBudget: "300000000", // 3亿元
    measureIds: MEASURES.map((m) => m.id),
    budgets: Object.fromEntries(MEASURES.map((m) => [m.id, demoBudgetYuan(m.maxFen)])),
    noticeDays: 7,
    eligibleGrades: Object.fromEntries(GRADED_MEASURES.map((m) => [m.id, m.defaultGrades])),
    blacklistCheck: true,
  };
}

/**
 * `demoSecondFactors`: give the demo staff the known TOTP secret (lib/seed/demo-accounts.ts), only for
 * the demo with DEMO_MODE=1 and the e2e database; otherwise staff enrol at first sign-in.
 */
export async function seedDemo(db: PrismaClient, now = new Date(), { demoSecondFactors = false } = {}): Promise<void> {
  await seedReference(db);
  // demo contacts (fictional numbers on the demo domain); a real installation's admin enters the bureaus' own
  for (const [i, [id]] of BUREAUS.entries()) {
    await db.bureau.updateMany({
      where: { id, contactPhone: null },
      data: { contactPhone: `0631-52${String(10 + i).padStart(2, "0")}000`, contactEmail: `${id}@demo.weihai.gov.cn`, addressZh: "威海市环翠区统一路（政务服务中心）示例地址", addressEn: "Government Service Centre, Tongyi Road, Huancui District, Weihai (demo address)" },
    });
  }
  const year = now.getFullYear();
  const roundId = `round-${year}`;
  const existing = await db.round.findUnique({ where: { id: roundId } });
  if (!existing) {
    const { measures, params, ...d } = roundData(roundSchema.parse(demoRoundInput(year)));
    await db.round.create({
      data: { id: roundId, ...d, status: "open", params: params as Prisma.InputJsonValue, measures: { create: measures } },
    });
  }
  const orgIds: Record<string, string> = {};
  for (const o of DEMO_ORGS) {
    const org = await db.organisation.upsert({
      where: { creditCode: o.creditCode },
      update: {},
      create: {
        creditCode: o.creditCode, name: o.name, orgType: o.orgType, registeredInCity: true, verifiedAt: now, contactName: o.contactName, contactPhone: o.contactPhone,
        bankAccountName: o.name, bankName: o.bankName, bankAccountNo: o.bankAccountNo,
      },
    });
    orgIds[o.key] = org.id;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const user = await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: {
        email: u.email, name: u.name, role: u.role, passwordHash,
        bureauId: "bureau" in u ? u.bureau : null,
        organisationId: "org" in u ? orgIds[u.org] : null,
      },
    });
    if (demoSecondFactors && u.role !== "applicant") {
      await db.secondFactor.upsert({ where: { userId: user.id }, update: {}, create: { userId: user.id, secret: DEMO_TOTP_SECRET, confirmedAt: now } });
    }
  }
}
