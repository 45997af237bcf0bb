// lockCase reads the case in the statement that locks it (SELECT * … FOR UPDATE): the raw row must
// be exactly what Prisma's own read gives (bigint money, Date times, parsed JSON facts, nulls).
import { describe, expect, it } from "vitest";
import { freshDatabase } from "../testing/fresh-database";

freshDatabase();

describe("lockCase", () => {
  it("returns the case and its organisation as Prisma reads them, for a draft and a submitted case", async () => {
    const { c09Draft, submitCase } = await import("../testing/applicant-services");
    const { lockCase } = await import("./access");
    const { db, user, draft, version } = await c09Draft();
    const read = () => db.case.findUniqueOrThrow({ where: { id: draft.id }, include: { organisation: true } });
    expect(await db.$transaction((tx) => lockCase(tx, draft.id))).toEqual(await read());
    await submitCase(user, { caseId: draft.id, version, submitKey: `lock-${draft.id}`, commitment: true, acceptMissingDocuments: true });
    const locked = await db.$transaction((tx) => lockCase(tx, draft.id));
    expect(locked).toEqual(await read());
    expect(typeof locked!.ceilingFen).toBe("bigint");
    expect(locked!.submittedAt).toBeInstanceOf(Date);
    expect(locked!.facts).toMatchObject({ fiscalYear: expect.any(Number) });
    expect(await db.$transaction((tx) => lockCase(tx, "no-such-case"))).toBeNull();
  });
});
