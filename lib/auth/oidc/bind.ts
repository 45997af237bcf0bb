import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { Prisma } from "../../generated/prisma/client";
import { appendAudit } from "../../audit/append";
import { db } from "../../db/client";
import { notifyUsers } from "../../notifications/notify-users";
import { creditCodeProblem, normaliseCreditCode } from "../credit-code";
import { hashPassword } from "../password";
import { SignInError, type SessionUser } from "../sign-in";
import { claimAttempt, recordAttempt, settleSuccess } from "../throttle";
import type { OidcProfile } from "./provider";

type Tx = Prisma.TransactionClient;
type UserRow = NonNullable<Awaited<ReturnType<typeof db.user.findUnique>>>;

/** The credit code the provider attested, or null when it sent none or a malformed one. */
export function attestedCreditCode(raw: string | null): string | null {
  if (!raw) return null;
  const code = normaliseCreditCode(raw);
  return creditCodeProblem(code) ? null : code;
}

/**
 * A sign-in through the provincial provider: the user with this issuer and subject, created on the
 * first sign-in as an applicant (never staff) from the claims, then bound to the organisation whose
 * credit code the provider attests, when one is registered and the user has none yet. The same
 * throttle and sign-in record as a password sign-in; a deactivated user stays out.
 */
export async function signInWithOidc(issuer: string, p: OidcProfile, ip: string, displayName: { zh: string; en: string }): Promise<SessionUser> {
  if (!p.id) throw new SignInError("invalid");
  const account = `oidc:${issuer}#${p.id}`.slice(0, 200);
  const claim = await claimAttempt(account, ip);
  if (!claim) throw new SignInError("throttled");
  const found = await db.user.findUnique({ where: { oidcIssuer_oidcSubject: { oidcIssuer: issuer, oidcSubject: p.id } } });
  if (found && !found.active) {
    await recordAttempt(account, ip, false);
    throw new SignInError("invalid");
  }
  let user = found ?? (await createUser(issuer, p));
  user = await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(), oidcCreditCode: p.creditCode } });
  const code = attestedCreditCode(p.creditCode);
  if (code && !user.organisationId) user = await bindToOrganisation(user, code, issuer, displayName);
  await settleSuccess(claim);
  await recordAttempt(account, ip, true);
  return {
    id: user.id, role: user.role, name: user.name, email: user.email,
    bureauId: user.bureauId, organisationId: user.organisationId, sessionVersion: user.sessionVersion,
  };
}

// the email is the provider's when it gave a verified one no account has; otherwise a placeholder
// under .invalid (RFC 2606): an email claim is no proof of owning the portal account of that address,
// so accounts are never merged by email
async function emailFor(issuer: string, p: OidcProfile): Promise<string> {
  if (p.email && !(await db.user.findUnique({ where: { email: p.email }, select: { id: true } }))) return p.email;
  return `oidc-${createHash("sha256").update(`${issuer}#${p.id}`).digest("hex").slice(0, 24)}@oidc.invalid`;
}

async function createUser(issuer: string, p: OidcProfile): Promise<UserRow> {
  // a password nobody knows: this account signs in through the provider only
  const passwordHash = await hashPassword(randomBytes(32).toString("hex"));
  const email = await emailFor(issuer, p);
  try {
    return await db.$transaction(async (tx) => {
      const u = await tx.user.create({
        data: {
          email, name: p.name ?? "—", phone: p.phone, passwordHash, role: "applicant",
          oidcIssuer: issuer, oidcSubject: p.id, oidcCreditCode: p.creditCode,
        },
      });
      await appendAudit(tx, { caseId: null, actorId: u.id, action: "oidc_user_create", fromStatus: null, toStatus: null, data: { userId: u.id, issuer } });
      return u;
    });
  } catch (e) {
    // the same first sign-in twice at once (or the placeholder's email raced): the other one created it
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const u = await db.user.findUnique({ where: { oidcIssuer_oidcSubject: { oidcIssuer: issuer, oidcSubject: p.id } } });
      if (u) return u;
    }
    throw e;
  }
}

/** Joins the registered organisation with this code; the first binding is audited and its members told. */
async function bindToOrganisation(user: UserRow, code: string, issuer: string, displayName: { zh: string; en: string }): Promise<UserRow> {
  const org = await db.organisation.findUnique({ where: { creditCode: code }, select: { id: true, name: true } });
  if (!org) return user; // not registered: organisation registration, prefilled with the code
  return db.$transaction(async (tx: Tx) => {
    // only a user with no organisation is bound (a concurrent sign-in may have done it already)
    const r = await tx.user.updateMany({ where: { id: user.id, organisationId: null }, data: { organisationId: org.id } });
    if (r.count === 1) {
      await appendAudit(tx, {
        caseId: null, actorId: user.id, action: "org_user_bind_oidc", fromStatus: null, toStatus: null,
        data: { organisationId: org.id, userId: user.id, creditCode: code, issuer },
      });
      const members = await tx.user.findMany({ where: { organisationId: org.id, active: true, id: { not: user.id } }, select: { id: true } });
      await notifyUsers(tx, members.map((m) => ({
        userId: m.id,
        titleZh: `${user.name} 已通过${displayName.zh}实名登录加入本单位`,
        titleEn: `${user.name} joined your organisation by signing in with ${displayName.en}`,
        bodyZh: `${displayName.zh}确认其代表统一社会信用代码 ${code} 的单位。如不认识此人，请联系管理员停用其账号。`,
        bodyEn: `${displayName.en} confirmed that this person acts for the organisation with credit code ${code}. If you do not know them, ask an administrator to deactivate the account.`,
      })));
    }
    return tx.user.findUniqueOrThrow({ where: { id: user.id } });
  });
}
