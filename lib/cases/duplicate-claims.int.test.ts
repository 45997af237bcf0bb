// measures.md rule 8 on a real database: which other cases of an organisation are the same claim in flight.
import { describe, expect, it } from "vitest";
import { C09_FACTS, makeApplicant, makeRound, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";
import type { CaseStatus } from "./status";

freshDatabase();

let seq = 0;
async function world() {
  const { db } = await import("../db/client");
  const round = await makeRound(db);
  const user = await makeApplicant(db);
  const add = (measureId: string, status: CaseStatus, subject: string, facts: object, org = user.organisationId!) =>
    db.case.create({
      data: {
        organisationId: org, measureId, roundId: round.id, leadBureauId: "sci-tech", subject, facts, status, createdById: user.id,
        caseNo: status === "draft" ? null : `WH-2099-DUP-${String(++seq).padStart(6, "0")}-${Math.random().toString(36).slice(2, 6)}`,
        submittedAt: status === "draft" ? null : new Date(Date.now() - 1000 * (100 - seq)),
      },
    });
  return { db, round, user, add };
}

const C16 = "c16-innovation-contest"; // a *once* measure
const C13 = "c13-event-host"; // not once: same subject read the same way

describe("findDuplicateClaims", () => {
  it("c09: the organisation's other live cases of the same fiscal year, whatever their subject; not other years, not closed ones", async () => {
    const { db, user, add } = await world();
    const { findDuplicateClaims } = await import("./duplicate-claims");
    const me = await add("c09-rnd-increment", "draft", "2025年研发投入", C09_FACTS);
    const live: CaseStatus[] = ["submitted", "proposed", "returned", "in_notice", "objected", "payable"];
    const expected = [];
    for (const s of live) expected.push(await add("c09-rnd-increment", s, `另一写法 ${s}`, C09_FACTS));
    for (const s of ["draft", "rejected", "withdrawn", "paid"] as const) await add("c09-rnd-increment", s, "2025年研发投入", C09_FACTS);
    await add("c09-rnd-increment", "submitted", "2025年研发投入", { ...C09_FACTS, fiscalYear: 2024, eventDate: "2024-12-31" });
    await add("c14-tech-contract", "submitted", "2025年研发投入", C09_FACTS);
    const other = await makeApplicant(db);
    await add("c09-rnd-increment", "submitted", "2025年研发投入", C09_FACTS, other.organisationId!);

    const found = await findDuplicateClaims(db, { caseId: me.id, organisationId: user.organisationId!, measureId: "c09-rnd-increment", subject: me.subject, facts: me.facts });
    expect(found).toEqual(expected.map((c) => ({ id: c.id, caseNo: c.caseNo, status: c.status })));
    // the case itself never counts: a live case asking about itself finds the others only
    const again = await findDuplicateClaims(db, { caseId: expected[0].id, organisationId: user.organisationId!, measureId: "c09-rnd-increment", subject: "x", facts: C09_FACTS });
    expect(again.map((c) => c.id)).toEqual(expected.slice(1).map((c) => c.id));
    // another fiscal year: nothing in flight
    expect(await findDuplicateClaims(db, { caseId: me.id, organisationId: user.organisationId!, measureId: "c09-rnd-increment", subject: me.subject, facts: { ...C09_FACTS, fiscalYear: 2026 } })).toEqual([]);
  });

  it("a once measure: the same subject after normalising (spaces, width, case), not another subject", async () => {
    const { db, user, add } = await world();
    const { findDuplicateClaims } = await import("./duplicate-claims");
    const facts = { reachedNationalFinals: true, namedExcellentEnterprise: true, eventDate: "2025-06-01" };
    const first = await add(C16, "submitted", "第十二届 创新创业大赛 ABC", facts);
    await add(C16, "submitted", "第十三届创新创业大赛", facts);
    await add(C16, "paid", "第十二届创新创业大赛ABC", facts);
    const found = await findDuplicateClaims(db, { caseId: "new", organisationId: user.organisationId!, measureId: C16, subject: "  第十二届　创新创业大赛  ａｂｃ ", facts });
    expect(found).toEqual([{ id: first.id, caseNo: first.caseNo, status: "submitted" }]);
  });

  it("other measures compare the normalised subject too; an empty subject matches nothing", async () => {
    const { db, user, add } = await world();
    const { findDuplicateClaims } = await import("./duplicate-claims");
    const facts = { eventLevel: "national", role: "host", actualExpenditureFen: 100, grade: "good", eventDate: "2025-06-01" };
    const first = await add(C13, "returned", "Weihai Forum 2025", facts);
    await add(C13, "submitted", "", facts);
    expect(await findDuplicateClaims(db, { caseId: "new", organisationId: user.organisationId!, measureId: C13, subject: "weihai  forum 2025", facts }))
      .toEqual([{ id: first.id, caseNo: first.caseNo, status: "returned" }]);
    expect(await findDuplicateClaims(db, { caseId: "new", organisationId: user.organisationId!, measureId: C13, subject: " ", facts })).toEqual([]);
  });
});

describe("claimKey", () => {
  it("is the fiscal year for c09 and the normalised subject otherwise", async () => {
    const { claimKey } = await import("./duplicate-claims");
    expect(claimKey("c09-rnd-increment", "anything", C09_FACTS)).toBe("fy:2025");
    expect(claimKey("c09-rnd-increment", "anything", { fiscalYear: "2025" })).toBeNull();
    expect(claimKey(C16, " A\u3000b ", {})).toBe("s:a b");
  });
});

describe("the reviewer's case view warns about the same claim in other cases", () => {
  it("lists every other case of the organisation with the same measure and key except drafts and withdrawn ones, with status and whether the reviewer may open it", async () => {
    const { db, add } = await world();
    const { staffCaseView } = await import("../review/case-view");
    const reviewer = await makeStaff(db, "reviewer", "sci-tech");
    const me = await add("c09-rnd-increment", "submitted", "2025年度研发投入", C09_FACTS);
    const shown = [
      await add("c09-rnd-increment", "paid", "旧的写法", C09_FACTS),
      await add("c09-rnd-increment", "rejected", "2025", C09_FACTS),
      await add("c09-rnd-increment", "in_notice", "另一份", C09_FACTS),
    ];
    // another bureau leads this one (data as it might have been routed): listed, not linkable
    const foreign = await db.case.update({ where: { id: (await add("c09-rnd-increment", "proposed", "x", C09_FACTS)).id }, data: { leadBureauId: "industry-it" } });
    await add("c09-rnd-increment", "draft", "2025年度研发投入", C09_FACTS);
    await add("c09-rnd-increment", "withdrawn", "2025年度研发投入", C09_FACTS);
    await add("c09-rnd-increment", "paid", "2025年度研发投入", { ...C09_FACTS, fiscalYear: 2024, eventDate: "2024-12-31" });
    const view = await staffCaseView(reviewer, me.id, "zh");
    expect(view.sameClaim.year).toBe(2025);
    expect(view.sameClaim.cases).toEqual([
      ...shown.map((c) => ({ id: c.id, caseNo: c.caseNo, status: c.status, readable: true })),
      { id: foreign.id, caseNo: foreign.caseNo, status: "proposed", readable: false },
    ]);
    // and from the other side: the earliest one sees this case
    const back = await staffCaseView(reviewer, shown[0].id, "zh");
    expect(back.sameClaim.cases.map((c) => c.id)).toContain(me.id);
  });

  it("a case with no other same claim has an empty list; a subject-keyed measure reports no year", async () => {
    const { db, add } = await world();
    const { staffCaseView } = await import("../review/case-view");
    const reviewer = await makeStaff(db, "reviewer", "sci-tech");
    const me = await add(C16, "submitted", "大赛A", { reachedNationalFinals: true, namedExcellentEnterprise: true, eventDate: "2025-06-01" });
    await add(C16, "submitted", "大赛B", { reachedNationalFinals: true, namedExcellentEnterprise: true, eventDate: "2025-06-01" });
    const view = await staffCaseView(reviewer, me.id, "en");
    expect(view.sameClaim).toEqual({ year: null, cases: [] });
  });
});
