import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { log } from "../log";
import { clientAddress } from "./client-address";
import { signInWithOidc } from "./oidc/bind";
import { OIDC_PROVIDER_ID, oidcProvider, oidcSettings, type OidcProfile } from "./oidc/provider";
import { hasConfirmedFactor, SecondFactorError, verifySecondFactor } from "./second-factor";
import { signIn, SignInError } from "./sign-in";
import { openSession, renewSession, revokeSession } from "./user-session";

// the provincial real-name sign-in, when configured (OIDC_* in lib/env.ts); otherwise password only
const oidc = oidcSettings(env);

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_MIN * 60, updateAge: 15 * 60 },
  jwt: { maxAge: env.SESSION_MAX_AGE_MIN * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { identifier: { type: "text" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials) {
        const identifier = String(credentials?.identifier ?? "").slice(0, 200);
        const password = String(credentials?.password ?? "").slice(0, 200);
        const code = String(credentials?.code ?? "").trim().slice(0, 40);
        try {
          const u = await signIn(identifier, password, await clientAddress());
          // a user with a TOTP factor gets no session without a code (ADR 022): "second_factor" asks for one
          const enrolled = await hasConfirmedFactor(u.id);
          if (enrolled && !code) throw new Error("second_factor");
          if (enrolled) await verifySecondFactor(u.id, code);
          const sid = await openSession(u.id, new Date(), { secondFactor: enrolled });
          return { id: u.id, name: u.name, email: u.email, role: u.role, sv: u.sessionVersion, sid } as never;
        } catch (e) {
          // next-auth passes the message to the client as `error`
          if (e instanceof SignInError || e instanceof SecondFactorError) throw new Error(e.code);
          if (e instanceof Error && e.message === "second_factor") throw e;
          // not the person's mistake (the database, a bug): said as such, and logged
          log.error({ err: e }, "sign-in failed");
          throw new Error("server");
        }
      },
    }),
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
  events: {
    // sign-out ends this session on the server: the cookie may have been copied
    async signOut({ token }) {
      await revokeSession(token?.sid);
    },
  },
  callbacks: {
    // the provider vouched for the person: find or create the portal user and open a session as a
    // password sign-in does (the jwt callback below takes id, role, sv and sid from `user`)
    async signIn({ user, account }) {
      if (account?.provider !== OIDC_PROVIDER_ID || !oidc) return true;
      try {
        const u = await signInWithOidc(oidc.issuer, user as never as OidcProfile, await clientAddress(), oidc.displayName);
        const sid = await openSession(u.id);
        Object.assign(user, { id: u.id, name: u.name, email: u.email, role: u.role, sv: u.sessionVersion, sid });
        return true;
      } catch (e) {
        if (!(e instanceof SignInError)) console.error("oidc sign-in failed", e);
        return `/sign-in?error=oidc_${e instanceof SignInError ? e.code : "failed"}`;
      }
    },
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as never as { role: string }).role;
        token.sv = (user as never as { sv: number }).sv;
        token.sid = (user as never as { sid: string }).sid;
      } else if (!(await renewSession(token.sid, token.uid))) {
        // a revoked or expired session: next-auth answers "no session" and clears the cookie
        throw new Error("session ended");
      }
      return token;
    },
    async session({ session, token }) {
      (session as never as { uid: unknown }).uid = token.uid;
      (session as never as { role: unknown }).role = token.role;
      return session;
    },
  },
};
