import { describe, expect, it } from "vitest";
import { C09_FACTS, makeApplicant, makeRound, makeStaff } from "../testing/builders";
import { beijingDate } from "../calendar/working-days";
import { freshDatabase } from "../testing/fresh-database";
import { readQueueFilter, TABS } from "./queue-filter";

freshDatabase();

async function submit(measure: string, facts: object, orgType = "enterprise") {
  const { db } = await import("../db/client");
  const { startDraft, saveDraft, submitCase } = await import("../testing/applicant-services");
  const user = await makeApplicant(db, { orgType });
  const draft = await startDraft(user, measure, `q-${Math.random()}`);
  const { version } = await saveDraft(user, { caseId: draft.id, version: draft.version, subject: "标的", facts: facts as Record<string, unknown> });
  await submitCase(user, { caseId: draft.id, version, submitKey: `qs-${Math.random()}`, commitment: true, acceptMissingDocuments: true });
  return db.case.findUniqueOrThrow({ where: { id: draft.id }, include: { organisation: true } });
}

describe("review queue", () => {
  it("lead cases to act on, co-responsible cases read-only, other bureaus' cases not at all", async () => {
    const { db } = await import("../db/client");
    const { queuePage, tabCounts } = await import("./queue");
    const { staffCaseView } = await import("./case-view");
    const { propose } = await import("./propose");
    await makeRound(db);
    const c09 = await submit("c09-rnd-increment", C09_FACTS);
    const c24 = await submit("c24-bank-risk-subsidy", { isCooperatingBank: true, newLoanBalanceFen: 1_000_000_000, eventDate: "2025-06-30" }, "bank");
    const sci = await makeStaff(db, "reviewer", "sci-tech");
    const fr = await makeStaff(db, "reviewer", "financial-regulation");
    const mr = await makeStaff(db, "reviewer", "market-regulation");

    const ids = async (u: typeof sci) => (await queuePage(u, readQueueFilter({ tab: "review" }))).rows.map((r) => r.id);
    expect(await ids(sci)).toEqual(expect.arrayContaining([c09.id, c24.id]));
    expect(await ids(fr)).toEqual([c24.id]); // co-responsible for c24 only
    expect(await ids(mr)).toEqual([]);
    expect((await tabCounts(fr, readQueueFilter({}))).review).toBe(1);
    // the page's view: the same page and counts, with the filter's rounds newest first (read in the counts' statement)
    const { queueView } = await import("./queue");
    await db.round.create({ data: { id: "later-round", name: "后一批", year: 2027, opensAt: new Date(Date.now() + 86_400_000), closesAt: new Date(Date.now() + 30 * 86_400_000), totalBudgetFen: 0n } });
    const shown = await queueView(fr, readQueueFilter({}));
    expect(shown.page.rows.map((r) => r.id)).toEqual([c24.id]);
    expect(shown.counts.review).toBe(1);
    expect(shown.bureau?.nameZh).toBeTruthy();
    const rounds = await db.round.findMany({ orderBy: { opensAt: "desc" }, select: { id: true, name: true } });
    expect(rounds.length).toBe(2);
    expect(shown.rounds).toEqual(rounds);
    expect(shown.rounds[0].id).toBe("later-round");
    // the search box: a code's prefix finds its organisation; a fragment no code can begin with is
    // looked up by name only, and still finds a name that holds it
    const { resolveSearch } = await import("./queue");
    expect((await resolveSearch(c09.organisation.creditCode.slice(0, 10).toLowerCase()))!.orgIds).toContain(c09.organisation.id);
    const named = await db.organisation.update({ where: { id: c24.organisation.id }, data: { name: "WH-Tech 威海测试银行" } });
    expect((await resolveSearch("wh-t"))!.orgIds).toEqual([named.id]);
    expect(await resolveSearch("wh-2026")).toMatchObject({ caseNoLike: "wh-2026", orgIds: [] });

    const view = await staffCaseView(fr, c24.id, "zh");
    expect(view.c.id).toBe(c24.id);
    await expect(propose(fr, { caseId: c24.id, version: c24.version, proposal: "reject", reason: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(staffCaseView(fr, c09.id, "zh")).rejects.toMatchObject({ code: "not_found" });
  });

  it("待复核 lists other reviewers' proposals only; filters by search, ceiling and date", async () => {
    const { db } = await import("../db/client");
    const { queuePage } = await import("./queue");
    const { propose } = await import("./propose");
    const c = await submit("c09-rnd-increment", C09_FACTS);
    const [a, b] = [await makeStaff(db, "reviewer", "sci-tech"), await makeStaff(db, "reviewer", "sci-tech")];
    await propose(a, { caseId: c.id, version: c.version, proposal: "approve", amountFen: 7_500_000, reason: "" });
    const confirmIds = async (u: typeof a) => (await queuePage(u, readQueueFilter({ tab: "confirm" }))).rows.map((r) => r.id);
    expect(await confirmIds(a)).not.toContain(c.id);
    expect(await confirmIds(b)).toContain(c.id);
    // the row carries the pending proposal, its amount and who made it, with the organisation and round
    const row = (await queuePage(b, readQueueFilter({ tab: "confirm" }))).rows.find((r) => r.id === c.id)!;
    expect(row).toMatchObject({
      status: "proposed", ceilingFen: 7_500_000n, organisation: { name: c.organisation.name, creditCode: c.organisation.creditCode },
      reviewActions: [{ proposal: "approve", amountFen: 7_500_000n, proposedById: a.id, proposedByName: a.name }],
    });
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect(row.round.name).toBeTruthy();

    const page = (sp: Record<string, string>) => queuePage(b, readQueueFilter({ tab: "all", ...sp })).then((p) => p.rows.map((r) => r.id));
    expect(await page({ q: c.organisation.creditCode })).toEqual([c.id]);
    expect(await page({ q: c.caseNo!.toLowerCase() })).toEqual([c.id]);
    expect(await page({ q: c.organisation.name.slice(-4) })).toEqual([c.id]);
    expect(await page({ q: c.caseNo!, min: "75000", max: "75000" })).toEqual([c.id]);
    expect(await page({ q: c.caseNo!, min: "75000.01" })).toEqual([]);
    const today = beijingDate();
    expect(await page({ q: c.caseNo!, from: today, to: today })).toEqual([c.id]);
    expect(await page({ q: c.caseNo!, to: "2020-01-01" })).toEqual([]);
  });

  it("keyset pages: every case once, in order, forwards and back, in both sort orders", async () => {
    const { db } = await import("../db/client");
    const { queuePage } = await import("./queue");
    const reviewer = await makeStaff(db, "reviewer", "sci-tech");
    const round = await db.round.findFirstOrThrow();
    const org = await db.organisation.findFirstOrThrow();
    // 23 cases, several sharing a submission time (the id breaks the tie)
    const t0 = new Date("2026-03-02T02:00:00Z").getTime();
    for (let i = 0; i < 23; i++) {
      await db.case.create({
        data: {
          id: `kq-${String(i).padStart(2, "0")}`, caseNo: `WH-2026-C09-K${String(i).padStart(5, "0")}`, organisationId: org.id, measureId: "c09-rnd-increment",
          roundId: round.id, leadBureauId: "sci-tech", subject: "k", facts: {}, status: "submitted", createdById: reviewer.id,
          submittedAt: new Date(t0 + Math.floor(i / 3) * 60_000), ceilingFen: 1_000_000n,
        },
      });
    }
    for (const sort of ["asc", "desc"] as const) {
      const base = { tab: "review", q: "WH-2026-C09-K", sort };
      const seen: string[] = [];
      const cursors: string[] = [];
      let after = "";
      for (;;) {
        const p = await queuePage(reviewer, readQueueFilter({ ...base, after }), 5);
        seen.push(...p.rows.map((r) => r.id));
        if (!p.next) break;
        cursors.push(p.next);
        after = p.next;
      }
      const expected = Array.from({ length: 23 }, (_, i) => `kq-${String(i).padStart(2, "0")}`);
      expect(seen).toEqual(sort === "asc" ? expected : [...expected].reverse());
      // one page back from the third page is the second page
      const third = await queuePage(reviewer, readQueueFilter({ ...base, after: cursors[1] }), 5);
      const back = await queuePage(reviewer, readQueueFilter({ ...base, before: third.prev! }), 5);
      expect(back.rows.map((r) => r.id)).toEqual(seen.slice(5, 10));
      expect(back.next).toBeTruthy();
    }
  });

  it("tab counts in SQL agree with the queue's own filter for every tab and filter, for each kind of staff", async () => {
    const { db } = await import("../db/client");
    const { resolveSearch, tabCounts } = await import("./queue");
    const { queueWhere } = await import("../testing/queue-where");
    const { propose } = await import("./propose");
    await makeRound(db);
    const a = await submit("c09-rnd-increment", C09_FACTS);
    await submit("c24-bank-risk-subsidy", { isCooperatingBank: true, newLoanBalanceFen: 1_000_000_000, eventDate: "2025-06-30" }, "bank");
    const [sci, sci2, fr, mr] = [await makeStaff(db, "reviewer", "sci-tech"), await makeStaff(db, "reviewer", "sci-tech"), await makeStaff(db, "reviewer", "financial-regulation"), await makeStaff(db, "reviewer", "market-regulation")];
    const admin = await makeStaff(db, "admin", null);
    await propose(sci, { caseId: a.id, version: a.version, proposal: "approve", amountFen: 7_500_000, reason: "" });
    const today = beijingDate();
    const filters: Record<string, string>[] = [
      {}, { measure: "c09-rnd-increment" }, { q: a.caseNo!.toLowerCase() }, { q: a.caseNo!.slice(-6) }, { q: "wh-" }, { q: a.organisation.name.slice(-4) }, { q: a.organisation.creditCode.slice(0, 8) },
      { q: "没有这个" }, { min: "75000" }, { max: "74999.99" }, { from: today, to: today }, { to: "2020-01-01" }, { round: "no-such-round" }, { resubmitted: "1" },
    ];
    let compared = 0;
    for (const user of [sci, sci2, fr, mr, admin]) {
      for (const sp of filters) {
        const f = readQueueFilter(sp);
        const counts = await tabCounts(user, f);
        for (const tab of TABS) {
          const expected = await db.case.count({ where: queueWhere(user, { ...f, tab, status: "" }, await resolveSearch(f.q)) });
          expect(counts[tab], `${user.role}/${user.bureauId} ${tab} ${JSON.stringify(sp)}`).toBe(expected);
          compared++;
        }
      }
    }
    expect(compared).toBe(5 * filters.length * TABS.length);
    // the proposer does not see their own proposal to confirm; the second reviewer does (earlier tests left others)
    const q = readQueueFilter({ q: a.caseNo! });
    expect((await tabCounts(sci, q)).confirm).toBe(0);
    expect((await tabCounts(sci2, q)).confirm).toBe(1);
  });
});
