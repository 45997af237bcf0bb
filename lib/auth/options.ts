import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { clientAddress } from "./client-address";
import { signIn, SignInError } from "./sign-in";
import { openSession, renewSession, revokeSession } from "./user-session";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_MIN * 60, updateAge: 15 * 60 },
  jwt: { maxAge: env.SESSION_MAX_AGE_MIN * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { identifier: { type: "text" }, password: { type: "password" } },
      async authorize(credentials) {
        const identifier = String(credentials?.identifier ?? "").slice(0, 200);
        const password = String(credentials?.password ?? "").slice(0, 200);
        try {
          const u = await signIn(identifier, password, await clientAddress());
          const sid = await openSession(u.id);
          return { id: u.id, name: u.name, email: u.email, role: u.role, sv: u.sessionVersion, sid } as never;
        } catch (e) {
          // next-auth passes the message to the client as `error`
          if (e instanceof SignInError) throw new Error(e.code);
          throw new Error("invalid");
        }
      },
    }),
  ],
  events: {
    // sign-out ends this session on the server: the cookie may have been copied
    async signOut({ token }) {
      await revokeSession(token?.sid);
    },
  },
  callbacks: {
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
