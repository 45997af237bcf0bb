import "server-only";
// 免申即享: an admin imports a list the government already holds (an xlsx, columns per
// lib/offers/columns.ts). Every row is read, matched to a registered organisation by its credit
// code and run through the rules exactly as a submitted case would be (its history, the round's
// parameters). An eligible one gets an offer and a notification; every other row is reported
// with the reason. One import of a measure at a time (advisory lock); an organisation gets one
// offer per measure and subject (unique index), so importing a list twice offers nothing twice.
import ExcelJS from "exceljs";
import { engine, type Applicant } from "@/rules";
import { appendAudit } from "../audit/append";
import { creditCodeProblem, CREDIT_CODE_MESSAGES, normaliseCreditCode } from "../auth/credit-code";
import type { SessionUser } from "../auth/sign-in";
import { findDuplicateClaims } from "../cases/duplicate-claims";
import { openRoundFor } from "../cases/drafts";
import { awardHistory, roundParams } from "../cases/rules-input";
import { db } from "../db/client";
import { ActionError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { formatDate } from "../format-date";
import { formatMoney } from "../money";
import { notifyUsers } from "../notifications/notify-users";
import { importSpec, matchHeaders, plainCell, rowFacts, type CellValue, type ImportSpec } from "./columns";

export const MAX_ROWS = 5000;

export type RowOutcome = "offered" | "unmatched" | "ineligible" | "invalid" | "duplicate" | "already";

export interface ReportRow {
  row: number;
  creditCode: string;
  name: string;
  outcome: RowOutcome;
  zh: string;
  en: string;
  ceilingFen?: number;
}

interface ReadRow {
  row: number;
  cells: Record<string, CellValue>;
}

/** The first sheet's rows under its header row; refuses a file that is not an xlsx or lacks columns. */
export async function readSheet(spec: ImportSpec, bytes: Uint8Array): Promise<ReadRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as never);
  } catch {
    throw new ActionError("xlsx_unreadable");
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.rowCount < 1) throw new ActionError("xlsx_empty");
  const headerCells = ws.getRow(1).values as unknown[];
  const headers = headerCells.slice(1).map((v) => String(plainCell(v) ?? ""));
  const { index, missing } = matchHeaders(spec, headers);
  if (missing.length) throw new ActionError("xlsx_columns", undefined, { missing: missing.map((c) => c.header.zh).join("、") });
  const out: ReadRow[] = [];
  ws.eachRow({ includeEmpty: false }, (r, n) => {
    if (n === 1) return;
    const cells: Record<string, CellValue> = {};
    for (const [key, i] of Object.entries(index)) cells[key] = plainCell(r.getCell(i + 1).value);
    if (Object.values(cells).some((v) => v !== null)) out.push({ row: n, cells });
  });
  if (out.length === 0) throw new ActionError("xlsx_empty");
  if (out.length > MAX_ROWS) throw new ActionError("xlsx_too_many_rows", undefined, { max: MAX_ROWS });
  return out;
}

const reason = (outcome: RowOutcome, zh: string, en: string) => ({ outcome, zh, en });

/** Imports one list for one measure; returns the import's id and its report, row by row. */
export async function importOffers(user: SessionUser, input: { measureId: string; fileName: string; bytes: Uint8Array }, now = new Date()) {
  if (user.role !== "admin") throw new ActionError("forbidden");
  const spec = importSpec(input.measureId);
  if (!spec) throw new ActionError("validation", { measureId: "invalid" });
  const m = spec.measure;
  const round = await openRoundFor(m.id, now);
  if (!round) throw new ActionError("no_open_round");
  const rows = await readSheet(spec, input.bytes);

  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`offers:${m.id}`}, 0))`;
    const codes = rows.map((r) => normaliseCreditCode(String(r.cells.creditCode ?? "")));
    const orgs = await tx.organisation.findMany({
      where: { creditCode: { in: codes } },
      select: { id: true, creditCode: true, name: true, orgType: true, registeredInCity: true, creditBlacklisted: true, users: { where: { active: true, role: "applicant" }, select: { id: true } } },
    });
    const byCode = new Map(orgs.map((o) => [o.creditCode, o]));
    const params = await roundParams(tx, round.id, round);
    const imp = await tx.offerImport.create({
      data: { measureId: m.id, roundId: round.id, fileName: input.fileName.slice(0, 200), importedById: user.id, rowCount: rows.length, offeredCount: 0, report: [] },
    });
    const seen = new Set<string>();
    const report: ReportRow[] = [];
    for (const [i, r] of rows.entries()) {
      const code = codes[i];
      const org = byCode.get(code);
      const base = { row: r.row, creditCode: code, name: org?.name ?? String(r.cells.name ?? "") };
      const push = (x: ReturnType<typeof reason>, ceilingFen?: number) => report.push({ ...base, ...x, ceilingFen });
      const codeProblem = creditCodeProblem(code);
      if (codeProblem) { push(reason("invalid", CREDIT_CODE_MESSAGES[codeProblem].zh, CREDIT_CODE_MESSAGES[codeProblem].en)); continue; }
      if (seen.has(code)) { push(reason("duplicate", "同一单位在名单中重复出现，只处理第一行", "The organisation appears more than once in the list; only its first row counts")); continue; }
      seen.add(code);
      const { facts, bad } = rowFacts(spec, r.cells);
      if (bad.length) {
        push(reason("invalid", `以下列缺失或格式不正确：${bad.map((f) => f.zh).join("、")}`, `Missing or malformed: ${bad.map((f) => f.en).join("; ")}`));
        continue;
      }
      if (!org) { push(reason("unmatched", "平台上没有以此统一社会信用代码注册的单位", "No organisation is registered on the portal under this credit code")); continue; }
      const subject = spec.subject(facts);
      if (await tx.offer.findUnique({ where: { organisationId_measureId_subject: { organisationId: org.id, measureId: m.id, subject } } })) {
        push(reason("already", "此前的导入已向该单位推送过同一事项", "An earlier import already made this offer to the organisation"));
        continue;
      }
      const dup = await findDuplicateClaims(tx, { caseId: "", organisationId: org.id, measureId: m.id, subject, facts });
      if (dup.length) {
        push(reason("already", `该单位已有同一事项的申报（${dup[0].caseNo ?? ""}）`, `The organisation already has a live case of this measure (${dup[0].caseNo ?? ""})`));
        continue;
      }
      const applicant: Applicant = { orgType: org.orgType as Applicant["orgType"], registeredInCity: org.registeredInCity, creditBlacklisted: org.creditBlacklisted };
      const d = engine.evaluate({ measure: m.id, applicant, subject, facts, history: await awardHistory(tx, org.id), params });
      if (!d.eligible) {
        const failed = d.reasons.filter((x) => !x.ok);
        push(reason("ineligible", failed.map((x) => x.zh).join("；"), failed.map((x) => x.en).join("; ")));
        continue;
      }
      await tx.offer.create({
        data: {
          measureId: m.id, organisationId: org.id, importId: imp.id, roundId: round.id, subject, facts: facts as Prisma.InputJsonValue,
          decision: { eligible: d.eligible, ceilingFen: d.ceilingFen, fixed: d.fixed, reasons: d.reasons, rulesetVersion: d.rulesetVersion, paramsHash: d.paramsHash } as never,
          ceilingFen: BigInt(d.ceilingFen), expiresAt: round.closesAt,
        },
      });
      const amount = formatMoney(d.ceilingFen);
      await notifyUsers(tx, org.users.map((u) => ({
        userId: u.id,
        titleZh: `免申即享：${m.title.zh}，预计 ${amount}`,
        titleEn: `No application needed: ${m.title.en}, estimated ${amount}`,
        bodyZh: `根据政府部门已掌握的名单（${subject}），贵单位符合第${m.clause}条“${m.title.zh}”，预计金额 ${amount}。无需填表：在“我的申报”首页核对信息后一键确认即可，请于 ${formatDate(round.closesAt, "zh")} 前确认。`,
        bodyEn: `From a list the government holds (${subject}), your organisation qualifies for clause ${m.clause} “${m.title.en}”, estimated ${amount}. No form to fill in: check the facts on your home page and confirm with one click before ${formatDate(round.closesAt, "en")}.`,
      })));
      push(reason("offered", `已推送，预计 ${amount}`, `Offered, estimated ${amount}`), d.ceilingFen);
    }
    const offered = report.filter((x) => x.outcome === "offered").length;
    await tx.offerImport.update({ where: { id: imp.id }, data: { offeredCount: offered, report: report as never } });
    await appendAudit(tx, { caseId: null, actorId: user.id, action: "offer_import", fromStatus: null, toStatus: null, data: { importId: imp.id, measureId: m.id, rows: rows.length, offered } });
    return { importId: imp.id, report };
  }, { timeout: 60_000 });
}

/** The imports, newest first (admins only). */
export async function listImports(user: SessionUser, take = 20) {
  if (user.role !== "admin") throw new ActionError("forbidden");
  return db.offerImport.findMany({ orderBy: { createdAt: "desc" }, take });
}

/** One import with its report (admins only). */
export async function getImport(user: SessionUser, id: string) {
  if (user.role !== "admin") throw new ActionError("forbidden");
  const imp = id.length <= 64 ? await db.offerImport.findUnique({ where: { id } }) : null;
  if (!imp) throw new ActionError("not_found");
  return { ...imp, report: imp.report as unknown as ReportRow[] };
}
