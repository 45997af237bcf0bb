import { afterEach, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "../../testing/fresh-database";
import type { OidcProfile } from "./provider";

freshDatabase();

const ISSUER = "https://idp.example.gov.cn";
const NAMES = { zh: "爱山东", en: "iShandong" };
const profile = (id: string, over: Partial<OidcProfile> = {}): OidcProfile =>
  ({ id, name: "王华锐", email: `${id}@oidc.example.cn`, phone: "13906311234", creditCode: null, ...over });

async function load() {
  const { db } = await import("../../db/client");
  const { signInWithOidc } = await import("./bind");
  const { registerOwnOrganisation, registrationStart } = await import("../../organisations/register-own");
  const { makeApplicant, makeCreditCode, makeStaff } = await import("../../testing/builders");
  const signIn = (p: OidcProfile, ip = "10.0.0.1") => signInWithOidc(ISSUER, p, ip, NAMES);
  return { db, signIn, registerOwnOrganisation, registrationStart, makeApplicant, makeCreditCode, makeStaff };
}

describe("sign-in through the provincial provider", () => {
  it("creates an applicant on the first sign-in and binds it to the organisation of the attested code, once", async () => {
    const { db, signIn, makeApplicant } = await load();
    const member = await makeApplicant(db);
    const org = await db.organisation.findUniqueOrThrow({ where: { id: member.organisationId! } });
    const u = await signIn(profile("sub-1", { creditCode: org.creditCode.toLowerCase() }));
    expect(u).toMatchObject({ role: "applicant", organisationId: org.id, name: "王华锐", email: "sub-1@oidc.example.cn" });
    const row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row).toMatchObject({ oidcIssuer: ISSUER, oidcSubject: "sub-1", phone: "13906311234", bureauId: null });
    const binds = await db.auditEvent.findMany({ where: { action: "org_user_bind_oidc" } });
    expect(binds.map((b) => b.data)).toEqual([expect.objectContaining({ organisationId: org.id, userId: u.id, creditCode: org.creditCode })]);
    // the organisation's people learn that someone joined
    expect(await db.notification.count({ where: { userId: member.id, titleZh: { contains: "爱山东" } } })).toBe(1);
    expect(await db.loginAttempt.count({ where: { account: `oidc:${ISSUER}#sub-1`, success: true } })).toBe(1);

    // the next sign-in finds the same user; no second binding
    const again = await signIn(profile("sub-1", { creditCode: org.creditCode, name: "别名" }));
    expect(again.id).toBe(u.id);
    expect(await db.auditEvent.count({ where: { action: "org_user_bind_oidc" } })).toBe(1);
    expect(await db.user.count({ where: { oidcSubject: "sub-1" } })).toBe(1);
  });

  it("a user already in an organisation is not moved by a different code", async () => {
    const { db, signIn, makeApplicant } = await load();
    const a = await makeApplicant(db);
    const b = await makeApplicant(db);
    const [codeA, codeB] = await Promise.all([a, b].map(async (x) => (await db.organisation.findUniqueOrThrow({ where: { id: x.organisationId! } })).creditCode));
    const u = await signIn(profile("sub-move", { creditCode: codeA }));
    expect((await signIn(profile("sub-move", { creditCode: codeB }))).organisationId).toBe(u.organisationId);
  });

  it("never merges with an account by email, never gives a staff role, keeps deactivated users out", async () => {
    const { db, signIn, makeStaff } = await load();
    const admin = await makeStaff(db, "admin");
    const u = await signIn(profile("sub-2", { email: admin.email }));
    expect(u.id).not.toBe(admin.id);
    expect(u).toMatchObject({ role: "applicant", organisationId: null });
    expect(u.email).toMatch(/^oidc-[0-9a-f]{24}@oidc\.invalid$/);
    await db.user.update({ where: { id: u.id }, data: { active: false } });
    await expect(signIn(profile("sub-2"))).rejects.toMatchObject({ code: "invalid" });
  });

  it("counts against the sign-in throttle of the address", async () => {
    const { signIn } = await load();
    const { claimAttempt } = await import("../throttle");
    for (let i = 0; i < 5; i++) await claimAttempt(`guess${i}@x.cn`, "10.9.9.9");
    await expect(signIn(profile("sub-3"), "10.9.9.9")).rejects.toMatchObject({ code: "throttled" });
  });

  it("the same first sign-in twice at once makes one user", async () => {
    const { db, signIn } = await load();
    const [a, b] = await Promise.all([signIn(profile("sub-race")), signIn(profile("sub-race"), "10.0.0.2")]);
    expect(a.id).toBe(b.id);
    expect(await db.user.count({ where: { oidcSubject: "sub-race" } })).toBe(1);
  });
});

describe("organisation registration after the provincial sign-in", () => {
  const form = (creditCode: string) => ({ creditCode, orgName: "威海新创科技有限公司", orgType: "enterprise", registeredInCity: true, contactName: "李新创", contactPhone: "13906315678" });

  it("without a code claim: the user registers any valid code and becomes its first user (audited)", async () => {
    const { db, signIn, registerOwnOrganisation, registrationStart, makeCreditCode } = await load();
    const u = await signIn(profile("sub-4"));
    expect(await registrationStart(u)).toMatchObject({ attested: null, malformed: null, name: "王华锐" });
    const code = makeCreditCode();
    const { organisationId } = await registerOwnOrganisation(u, form(code));
    expect(await db.organisation.findUniqueOrThrow({ where: { id: organisationId } })).toMatchObject({ creditCode: code, contactName: "李新创" });
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).organisationId).toBe(organisationId);
    expect(await db.auditEvent.count({ where: { action: "org_register", actorId: u.id } })).toBe(1);
    // a double submit changes nothing more
    expect(await registerOwnOrganisation({ ...u, organisationId }, form(makeCreditCode()))).toEqual({ organisationId });
    expect(await db.organisation.count({ where: { users: { some: { id: u.id } } } })).toBe(1);
  });

  it("an attested code that is not registered yet is the one registered, whatever the form says", async () => {
    const { db, signIn, registerOwnOrganisation, registrationStart, makeCreditCode } = await load();
    const attested = makeCreditCode();
    const u = await signIn(profile("sub-5", { creditCode: attested }));
    expect(u.organisationId).toBeNull();
    expect((await registrationStart(u)).attested).toBe(attested);
    const { organisationId } = await registerOwnOrganisation(u, form(makeCreditCode()));
    expect((await db.organisation.findUniqueOrThrow({ where: { id: organisationId } })).creditCode).toBe(attested);
  });

  it("a malformed code claim is ignored and said so; a registered code is refused and changes nothing", async () => {
    const { db, signIn, registerOwnOrganisation, registrationStart, makeApplicant } = await load();
    const u = await signIn(profile("sub-6", { creditCode: "91371000MA3C8QXK0X" }));
    expect(u.organisationId).toBeNull();
    expect(await registrationStart(u)).toMatchObject({ attested: null, malformed: "91371000MA3C8QXK0X" });
    const other = await makeApplicant(db);
    const taken = (await db.organisation.findUniqueOrThrow({ where: { id: other.organisationId! } })).creditCode;
    const orgs = await db.organisation.count();
    await expect(registerOwnOrganisation(u, form(taken))).rejects.toMatchObject({ code: "validation", fieldErrors: { creditCode: "credit_code_taken" } });
    expect(await db.organisation.count()).toBe(orgs);
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).organisationId).toBeNull();
  });
});

describe("the provider list", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    vi.resetModules();
  });

  it("is password-only without OIDC variables, and has the provincial provider with them", async () => {
    for (const k of Object.keys(process.env)) if (k.startsWith("OIDC_")) delete process.env[k];
    vi.resetModules();
    const off = (await import("../options")).authOptions.providers.map((p) => p.id);
    expect(off).toEqual(["credentials"]);
    Object.assign(process.env, { OIDC_ISSUER: ISSUER, OIDC_CLIENT_ID: "portal", OIDC_CLIENT_SECRET: "s3cret" });
    vi.resetModules();
    expect((await import("../options")).authOptions.providers.map((p) => p.id)).toEqual(["credentials", "oidc"]);
  });

  it("an issuer without a client id stops the start with a clear message", async () => {
    process.env.OIDC_ISSUER = ISSUER;
    delete process.env.OIDC_CLIENT_ID;
    vi.resetModules();
    await expect(import("../options")).rejects.toThrow(/Invalid environment \(see \.env\.example\):[\s\S]*OIDC_CLIENT_ID: required when/);
  });
});
