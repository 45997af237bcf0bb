// Non-admins (applicant, reviewer, finance, signed out) are refused by every admin service, every
// admin server action and every admin page, and nothing changes.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../auth/sign-in";
import { makeApplicant, makeRound, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";

// the session the actions and pages see (the services take the user as an argument)
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("../auth/session", async (orig) => ({
  ...(await orig<typeof import("../auth/session")>()),
  currentUser: async () => session.user,
  // the action wrapper reads the whole session (its second factor passed)
  currentSession: async () => (session.user ? { user: session.user, sid: "test-session", factor: "ok" as const } : null),
}));

beforeAll(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
});
freshDatabase();

const VALID_ROUND = {
  name: "2026年度第二批", year: 2026, opensAt: "2026-03-01T09:00", closesAt: "2026-03-31T17:00", totalBudget: "1000000",
  measureIds: ["c09-rnd-increment"], budgets: { "c09-rnd-increment": "500000" }, noticeDays: 7, eligibleGrades: {}, blacklistCheck: true,
};

async function snapshot() {
  const { db } = await import("../db/client");
  const [rounds, users, orgs, audit, lpr, settings, cases, privileges] = await Promise.all([
    db.round.findMany({ include: { measures: true }, orderBy: { id: "asc" } }),
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.organisation.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.count(),
    db.lprRate.findMany({ orderBy: { month: "asc" } }),
    db.setting.findMany(),
    db.case.findMany({ orderBy: { id: "asc" } }),
    db.privilegeRequest.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { rounds, users, orgs, audit, lpr, settings, cases, privileges };
}

describe("admin access", () => {
  it("refuses every admin service to applicants, reviewers, finance and the signed-out", async () => {
    const { db } = await import("../db/client");
    const round = await makeRound(db);
    const applicant = await makeApplicant(db);
    const reviewer = await makeStaff(db, "reviewer", "sci-tech");
    const finance = await makeStaff(db, "finance", "finance");
    const rounds = await import("./rounds");
    const lpr = await import("./lpr");
    const users = await import("./users");
    const dash = await import("./dashboard");
    const whatif = await import("./whatif-apply");
    const privileges = await import("./privileges");
    const { requestId } = await users.createStaff(await makeStaff(db, "admin"), { email: "pending@example.com", name: "待复核", role: "finance", bureauId: "", password: "Secret12345" });
    const before = await snapshot();
    const calls: [string, (u: SessionUser | null) => Promise<unknown>][] = [
      ["createRound", (u) => rounds.createRound(u, VALID_ROUND)],
      ["updateRound", (u) => rounds.updateRound(u, round.id, { ...VALID_ROUND, confirm: true })],
      ["setRoundStatus", (u) => rounds.setRoundStatus(u, round.id, "closed")],
      ["listRounds", (u) => rounds.listRounds(u)],
      ["getRound", (u) => rounds.getRound(u, round.id)],
      ["lprTable", (u) => lpr.lprTable(u)],
      ["addLprRate", (u) => lpr.addLprRate(u, { month: "2026-12", bp: 290 })],
      ["moveKnownThrough", (u) => lpr.moveKnownThrough(u, { knownThrough: "2027-06" })],
      ["listStaff", (u) => users.listStaff(u)],
      ["createStaff", (u) => users.createStaff(u, { email: "x@example.com", name: "某某", role: "admin", bureauId: "", password: "Secret12345" })],
      ["setStaffRole", (u) => users.setStaffRole(u, { userId: reviewer.id, role: "admin", bureauId: "" })],
      ["setStaffActive", (u) => users.setStaffActive(u, { userId: reviewer.id, active: false })],
      ["resetStaffPassword", (u) => users.resetStaffPassword(u, { userId: reviewer.id, password: "Secret12345" })],
      ["listPendingPrivileges", (u) => privileges.listPendingPrivileges(u)],
      ["approvePrivilege", (u) => privileges.approvePrivilege(u, { requestId })],
      ["rejectPrivilege", (u) => privileges.rejectPrivilege(u, { requestId })],
      ["listOrganisations", (u) => users.listOrganisations(u)],
      ["blacklistOrganisation", (u) => users.blacklistOrganisation(u, { organisationId: applicant.organisationId, reason: "严重失信测试", listedOn: "2026-01-01" })],
      ["clearBlacklist", (u) => users.clearBlacklist(u, { organisationId: applicant.organisationId })],
      ["dashboardFigures", (u) => dash.dashboardFigures(u, round.id)],
      ["roundChoices", (u) => dash.roundChoices(u)],
      ["previewWhatIf", (u) => whatif.previewWhatIf(u, round.id, { blacklistCheck: false })],
      ["applyWhatIf", (u) => whatif.applyWhatIf(u, { roundId: round.id, change: { blacklistCheck: false }, roundUpdatedAt: round.updatedAt.toISOString() })],
    ];
    for (const who of [applicant, reviewer, finance, null]) {
      for (const [name, call] of calls) {
        await expect(call(who), `${name} as ${who?.role ?? "signed out"}`).rejects.toMatchObject({ code: who ? "forbidden" : "unauthenticated" });
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses every admin server action and the export to non-admins", async () => {
    const { db } = await import("../db/client");
    const round = await makeRound(db);
    const reviewer = await makeStaff(db, "reviewer", "sci-tech");
    const applicant = await makeApplicant(db);
    const roundsA = await import("@/app/(admin)/admin/rounds/actions");
    const lprA = await import("@/app/(admin)/admin/lpr/actions");
    const usersA = await import("@/app/(admin)/admin/users/actions");
    const whatifA = await import("@/app/(admin)/admin/whatif/actions");
    const { GET } = await import("@/app/(admin)/admin/dashboard/export/route");
    const finance = await makeStaff(db, "finance", "finance");
    const { createStaff } = await import("./users");
    const { requestId } = await createStaff(await makeStaff(db, "admin"), { email: "pending2@example.com", name: "待复核", role: "admin", bureauId: "", password: "Secret12345" });
    const before = await snapshot();
    const actions: [string, () => Promise<{ ok: boolean; error?: string }>][] = [
      ["createRound", () => roundsA.createRoundAction(VALID_ROUND)],
      ["updateRound", () => roundsA.updateRoundAction(round.id, VALID_ROUND)],
      ["setRoundStatus", () => roundsA.setRoundStatusAction({ roundId: round.id, to: "closed" })],
      ["addLprRate", () => lprA.addLprRateAction({ month: "2026-12", bp: 290 })],
      ["moveKnownThrough", () => lprA.moveKnownThroughAction({ knownThrough: "2027-06" })],
      ["createStaff", () => usersA.createStaffAction({ email: "y@example.com", name: "某某", role: "admin", bureauId: "", password: "Secret12345" })],
      ["setStaffRole", () => usersA.setStaffRoleAction({ userId: reviewer.id, role: "admin", bureauId: "" })],
      ["setStaffActive", () => usersA.setStaffActiveAction({ userId: reviewer.id, active: false })],
      ["resetStaffPassword", () => usersA.resetStaffPasswordAction({ userId: reviewer.id, password: "Secret12345" })],
      ["blacklist", () => usersA.blacklistAction({ organisationId: applicant.organisationId, reason: "严重失信测试", listedOn: "2026-01-01" })],
      ["clearBlacklist", () => usersA.clearBlacklistAction({ organisationId: applicant.organisationId })],
      ["approvePrivilege", () => usersA.approvePrivilegeAction({ requestId })],
      ["rejectPrivilege", () => usersA.rejectPrivilegeAction({ requestId })],
      ["applyWhatIf", () => whatifA.applyWhatIfAction({ roundId: round.id, change: { blacklistCheck: false }, roundUpdatedAt: round.updatedAt.toISOString() })],
    ];
    for (const who of [applicant, reviewer, finance, null]) {
      session.user = who;
      for (const [name, run] of actions) {
        const res = await run();
        expect(res, `${name} as ${who?.role ?? "signed out"}`).toMatchObject({ ok: false, error: who ? "forbidden" : "unauthenticated" });
      }
      const res = await GET(new Request(`http://localhost/admin/dashboard/export?round=${round.id}`));
      expect(res.status).toBe(who ? 403 : 401);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("the admin pages send the signed-out to sign-in and answer 403 to other roles", async () => {
    const { db } = await import("../db/client");
    const round = await makeRound(db);
    const pages: [string, () => Promise<{ default: (p: never) => Promise<unknown> }>, object][] = [
      ["/admin", () => import("@/app/(admin)/admin/page"), {}],
      ["/admin/rounds", () => import("@/app/(admin)/admin/rounds/page"), {}],
      ["/admin/rounds/new", () => import("@/app/(admin)/admin/rounds/new/page"), {}],
      [`/admin/rounds/${round.id}`, () => import("@/app/(admin)/admin/rounds/[id]/page"), { params: Promise.resolve({ id: round.id }), searchParams: Promise.resolve({}) }],
      ["/admin/lpr", () => import("@/app/(admin)/admin/lpr/page"), {}],
      ["/admin/users", () => import("@/app/(admin)/admin/users/page"), { searchParams: Promise.resolve({}) }],
      ["/admin/dashboard", () => import("@/app/(admin)/admin/dashboard/page"), { searchParams: Promise.resolve({ round: round.id }) }],
      ["/admin/whatif", () => import("@/app/(admin)/admin/whatif/page"), { searchParams: Promise.resolve({ round: round.id, run: "1", bl: "off" }) }],
    ];
    const others = [await makeApplicant(db), await makeStaff(db, "reviewer", "sci-tech"), await makeStaff(db, "finance", "finance")];
    for (const [path, load, props] of pages) {
      const Page = (await load()).default;
      session.user = null;
      await expect(Page(props as never), path).rejects.toMatchObject({ digest: expect.stringContaining(`/sign-in?next=${encodeURIComponent(path)}`) });
      for (const u of others) {
        session.user = u;
        await expect(Page(props as never), `${path} as ${u.role}`).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
      }
    }
  });
});
