// Bureau contacts against a real PostgreSQL: only admins change them, bad input changes nothing,
// every change is audited with what it was, and applicants read what was saved.
import { describe, expect, it } from "vitest";
import { makeApplicant, makeRound, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";

freshDatabase();

const GOOD = { bureauId: "sci-tech", contactPhone: "0631-5210000转801", contactEmail: " kjj@weihai.gov.cn ", addressZh: "威海市统一路1号", addressEn: "" };

describe("bureau contacts", () => {
  it("an admin sets them (empty clears a line), audited with before and after; the applicant's loader reads them", async () => {
    const { db } = await import("../db/client");
    const { updateBureauContact, listBureauContacts } = await import("./admin");
    const { bureauContact } = await import("./contact");
    await makeRound(db); // bureaus
    const admin = await makeStaff(db, "admin");
    expect(await bureauContact("sci-tech")).toMatchObject({ nameZh: "市科技局", contactPhone: null, contactEmail: null });
    await updateBureauContact(admin, GOOD);
    expect(await bureauContact("sci-tech")).toMatchObject({ contactPhone: "0631-5210000转801", contactEmail: "kjj@weihai.gov.cn", addressZh: "威海市统一路1号", addressEn: null });
    await updateBureauContact(admin, { ...GOOD, contactPhone: "" });
    expect((await bureauContact("sci-tech"))?.contactPhone).toBeNull();
    // what the action hands on: the form's input parsed once already (empty lines are null)
    const { bureauContactSchema } = await import("./contact-schema");
    await updateBureauContact(admin, bureauContactSchema.parse({ ...GOOD, contactEmail: "", addressZh: "" }));
    expect(await bureauContact("sci-tech")).toMatchObject({ contactEmail: null, addressZh: null, contactPhone: "0631-5210000转801" });
    const events = await db.auditEvent.findMany({ where: { actorId: admin.id, action: "bureau_contact_update" }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(3);
    expect(events[1].data).toMatchObject({ bureauId: "sci-tech", before: { contactPhone: "0631-5210000转801" }, after: { contactPhone: null } });
    expect((await listBureauContacts(admin)).length).toBeGreaterThanOrEqual(11);
    expect(await bureauContact("no-such-bureau")).toBeNull();
  });

  it("refuses bad input with the field named, an unknown bureau and anyone but an admin, changing nothing", async () => {
    const { db } = await import("../db/client");
    const { updateBureauContact, listBureauContacts } = await import("./admin");
    await makeRound(db);
    const admin = await makeStaff(db, "admin");
    const before = await db.bureau.findUniqueOrThrow({ where: { id: "industry-it" } });
    const bad: [Record<string, unknown>, string, string][] = [
      [{ contactPhone: "call us" }, "contactPhone", "phone"],
      [{ contactEmail: "not-an-email" }, "contactEmail", "email"],
      [{ addressZh: "址".repeat(201) }, "addressZh", "too_long"],
    ];
    for (const [over, field, code] of bad) {
      await expect(updateBureauContact(admin, { ...GOOD, bureauId: "industry-it", ...over })).rejects.toMatchObject({ code: "validation", fieldErrors: { [field]: code } });
    }
    await expect(updateBureauContact(admin, { ...GOOD, bureauId: "no-such-bureau" })).rejects.toMatchObject({ code: "not_found" });
    const reviewer = await makeStaff(db, "reviewer");
    const applicant = await makeApplicant(db);
    for (const u of [reviewer, applicant, null]) {
      await expect(updateBureauContact(u, { ...GOOD, bureauId: "industry-it" })).rejects.toMatchObject({ code: u ? "forbidden" : "unauthenticated" });
      await expect(listBureauContacts(u)).rejects.toMatchObject({ code: u ? "forbidden" : "unauthenticated" });
    }
    expect(await db.bureau.findUniqueOrThrow({ where: { id: "industry-it" } })).toEqual(before);
  });
});
