import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { signIn, SignInError } from "./sign-in";

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const h = headers ?? {};
  const fwd = h["x-forwarded-for"];
  const first = (Array.isArray(fwd) ? fwd[0] : fwd)?.split(",")[0]?.trim();
  const real = h["x-real-ip"];
  return first || (Array.isArray(real) ? real[0] : real) || "local";
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_MIN * 60, updateAge: 15 * 60 },
  jwt: { maxAge: env.SESSION_MAX_AGE_MIN * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { identifier: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const identifier = String(credentials?.identifier ?? "").slice(0, 200);
        const password = String(credentials?.password ?? "").slice(0, 200);
        try {
          const u = await signIn(identifier, password, clientIp(req?.headers as never));
          return { id: u.id, name: u.name, email: u.email, role: u.role, sv: u.sessionVersion } as never;
        } catch (e) {
          // next-auth passes the message to the client as `error`
          if (e instanceof SignInError) throw new Error(e.code);
          throw new Error("invalid");
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as never as { role: string }).role;
        token.sv = (user as never as { sv: number }).sv;
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
