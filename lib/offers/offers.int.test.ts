import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { makeApplicant, makeCreditCode, makeRound, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";

freshDatabase();

const HEADERS = ["统一社会信用代码", "单位名称", "近3年第1年销售收入（最早一年）（元）", "近3年第2年销售收入（元）", "近3年第3年销售收入（最近一年）（元）", "高新技术企业认定日期（证书发证日期）（YYYY-MM-DD）"];

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名单");
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const code = async (user: { organisationId: string | null }) => {
  const { db } = await import("../db/client");
  return (await db.organisation.findUniqueOrThrow({ where: { id: user.organisationId! } })).creditCode;
};

/** a round, an admin, and organisations for every outcome of a c17 list */
async function setup() {
  const { db } = await import("../db/client");
  await makeRound(db);
  const admin = await makeStaff(db, "admin");
  const [a, b, uni, slow, noBank] = await Promise.all([
    makeApplicant(db), makeApplicant(db), makeApplicant(db, { orgType: "university" }), makeApplicant(db), makeApplicant(db, { bankAccount: false }),
  ]);
  const grow = (c: string) => [c, "", "1000万", "1100万", 13_000_000, "2026-11-20"];
  const unknown = makeCreditCode();
  const bytes = await xlsx([
    grow(await code(a)),
    grow(await code(b)),
    grow(await code(uni)),
    [await code(slow), "", 10_000_000, 10_500_000, 11_000_000, "2026-11-20"],
    grow(unknown),
    [await code(noBank), "", "很多", 1, 1, "2026-11-20"],
    grow(await code(a)),
    ["91371000XXXXXXXXX1", "", 1, 1, 1, "2026-11-20"],
  ]);
  return { db, admin, a, b, uni, slow, noBank, unknown, bytes };
}

describe("免申即享 import", () => {
  it("matches rows to organisations, runs the rules, offers to the eligible and reports every other row with its reason", async () => {
    const { db, admin, a, b, uni, slow, unknown, bytes } = await setup();
    const { importOffers, getImport } = await import("./import");
    const { report, importId } = await importOffers(admin, { measureId: "c17-hte-growth", fileName: "2026高企名单.xlsx", bytes });
    expect(report.map((r) => [r.row, r.outcome])).toEqual([[2, "offered"], [3, "offered"], [4, "ineligible"], [5, "ineligible"], [6, "unmatched"], [7, "invalid"], [8, "duplicate"], [9, "invalid"]]);
    expect(report[0].ceilingFen).toBe(5_000_000);
    expect(report[2].zh).toContain("类型");
    expect(report[3].zh).toContain("复合增长率");
    expect(report[4]).toMatchObject({ creditCode: unknown });
    expect(report[5].zh).toContain("近3年第1年销售收入");
    expect(report[7].zh).toContain("统一社会信用代码");
    const offers = await db.offer.findMany({ where: { importId } });
    expect(offers.map((o) => o.organisationId).sort()).toEqual([a.organisationId, b.organisationId].sort());
    expect(offers[0]).toMatchObject({ status: "offered", subject: "2026年度高新技术企业认定", ceilingFen: 5_000_000n, facts: { certifiedThisYear: true, salesY1Fen: 1_000_000_000 } });
    expect(await db.offer.count({ where: { organisationId: { in: [uni.organisationId!, slow.organisationId!] } } })).toBe(0);
    // the organisation is told, with the amount
    const note = await db.notification.findFirstOrThrow({ where: { userId: a.id } });
    expect(note.titleZh).toContain("¥50,000.00");
    expect((await getImport(admin, importId)).offeredCount).toBe(2);
    // the same list again offers nothing twice
    const again = await importOffers(admin, { measureId: "c17-hte-growth", fileName: "again.xlsx", bytes });
    expect(again.report.filter((r) => r.outcome === "offered")).toEqual([]);
    expect(again.report[0].outcome).toBe("already");
    expect(await db.offer.count()).toBe(2);
  });

  it("only an admin imports; a list without the measure's columns or not an xlsx is refused whole", async () => {
    const { db, a, bytes } = await setup();
    const admin = await makeStaff(db, "admin");
    const { importOffers } = await import("./import");
    const before = await db.offerImport.count();
    await expect(importOffers(a, { measureId: "c17-hte-growth", fileName: "x.xlsx", bytes })).rejects.toMatchObject({ code: "forbidden" });
    await expect(importOffers(admin, { measureId: "c17-hte-growth", fileName: "x.xlsx", bytes: new TextEncoder().encode("a,b\n1,2") })).rejects.toMatchObject({ code: "xlsx_unreadable" });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("s").addRow(["统一社会信用代码", "近3年第1年销售收入"]);
    await expect(importOffers(admin, { measureId: "c17-hte-growth", fileName: "x.xlsx", bytes: new Uint8Array(await wb.xlsx.writeBuffer()) }))
      .rejects.toMatchObject({ code: "xlsx_columns", detail: { missing: expect.stringContaining("近3年第2年销售收入") } });
    expect(await db.offerImport.count()).toBe(before);
  });
});

describe("accepting an offer", () => {
  it("makes exactly one submitted case through the one submit; a second accept and another organisation are refused", async () => {
    const { db, admin, a, b, bytes } = await setup();
    const { importOffers } = await import("./import");
    const { acceptOffer } = await import("./accept");
    const { importId } = await importOffers(admin, { measureId: "c17-hte-growth", fileName: "l.xlsx", bytes });
    const offer = await db.offer.findFirstOrThrow({ where: { importId, organisationId: a.organisationId! } });
    await expect(acceptOffer(b, { offerId: offer.id, commitment: true })).rejects.toMatchObject({ code: "not_found" });
    const r = await acceptOffer(a, { offerId: offer.id, commitment: true });
    expect(r.caseNo).toMatch(/^WH-\d{4}-C17-\d{6}$/);
    const c = await db.case.findUniqueOrThrow({ where: { id: r.caseId }, include: { revisions: true, decisions: true } });
    expect(c).toMatchObject({ status: "submitted", organisationId: a.organisationId, measureId: "c17-hte-growth", subject: "2026年度高新技术企业认定", ceilingFen: 5_000_000n });
    expect(c.payeeAccountNo).toBeTruthy();
    expect(c.revisions).toHaveLength(1);
    expect(c.decisions[0]).toMatchObject({ eligible: true, purpose: "submit" });
    const audit = await db.auditEvent.findMany({ where: { caseId: c.id }, orderBy: { id: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["create_draft", "submit", "offer_accept"]);
    expect(await db.offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({ status: "accepted", caseId: c.id, decidedById: a.id });
    await expect(acceptOffer(a, { offerId: offer.id, commitment: true })).rejects.toMatchObject({ code: "offer_closed" });
    expect(await db.case.count({ where: { organisationId: a.organisationId! } })).toBe(1);
    // the list's facts, confirmed, are on the profile for later forms
    expect(await db.organisationFact.findMany({ where: { organisationId: a.organisationId! }, orderBy: { name: "asc" } })).toMatchObject([
      { measureId: "c17-hte-growth", name: "certifiedThisYear", source: "import" },
      { measureId: "c17-hte-growth", name: "eventDate", value: "2026-11-20" },
      { measureId: "", name: "salesY1Fen", value: 1_000_000_000 }, { name: "salesY2Fen" }, { name: "salesY3Fen" },
    ]);
  });

  it("two accepts at once (a double click) make one case and one success", async () => {
    const { db, admin, b, bytes } = await setup();
    const { importOffers } = await import("./import");
    const { acceptOffer } = await import("./accept");
    const { importId } = await importOffers(admin, { measureId: "c17-hte-growth", fileName: "l.xlsx", bytes });
    const offer = await db.offer.findFirstOrThrow({ where: { importId, organisationId: b.organisationId! } });
    const results = await Promise.allSettled([acceptOffer(b, { offerId: offer.id, commitment: true }), acceptOffer(b, { offerId: offer.id, commitment: true })]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect(results.find((x) => x.status === "rejected")).toMatchObject({ reason: { code: "offer_closed" } });
    expect(await db.case.count({ where: { organisationId: b.organisationId! } })).toBe(1);
    expect(await db.case.count({ where: { organisationId: b.organisationId!, status: "submitted" } })).toBe(1);
  });

  it("without a bank account nothing is filed; a declined offer cannot be accepted", async () => {
    const { db } = await import("../db/client");
    const admin = await makeStaff(db, "admin");
    await makeRound(db);
    const poor = await makeApplicant(db, { bankAccount: false });
    const { importOffers } = await import("./import");
    const { acceptOffer, declineOffer } = await import("./accept");
    const { importId } = await importOffers(admin, { measureId: "c17-hte-growth", fileName: "l.xlsx", bytes: await xlsx([[await code(poor), "", "1000万", "1100万", "1300万", "2026-11-20"]]) });
    const offer = await db.offer.findFirstOrThrow({ where: { importId } });
    await expect(acceptOffer(poor, { offerId: offer.id, commitment: true })).rejects.toMatchObject({ code: "bank_account_missing" });
    expect(await db.case.count({ where: { organisationId: poor.organisationId! } })).toBe(0);
    await declineOffer(poor, { offerId: offer.id });
    await expect(acceptOffer(poor, { offerId: offer.id, commitment: true })).rejects.toMatchObject({ code: "offer_closed" });
  });
});
