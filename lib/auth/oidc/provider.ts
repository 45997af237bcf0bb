// The provincial real-name sign-in (爱山东 or any OpenID Connect provider) as a next-auth provider,
// built from the validated environment; none when OIDC_ISSUER is unset. Pure: no database here
// (lib/auth/oidc/bind.ts turns the claims into a portal user).
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { TokenSet } from "openid-client";
import type { Env } from "../../env";

export const OIDC_PROVIDER_ID = "oidc";

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  displayName: { zh: string; en: string };
  creditCodeClaim: string;
  scope: string;
}

/** What the portal takes from the provider's claims; `id` is the subject (`sub`). */
export interface OidcProfile {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  /** the credit-code claim as sent (not yet checked) */
  creditCode: string | null;
}

export function oidcSettings(e: Env): OidcSettings | null {
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: e.OIDC_ISSUER.replace(/\/+$/, ""),
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    displayName: { zh: e.OIDC_DISPLAY_NAME_ZH, en: e.OIDC_DISPLAY_NAME_EN },
    creditCodeClaim: e.OIDC_CREDIT_CODE_CLAIM,
    scope: e.OIDC_SCOPE,
  };
}

const text = (v: unknown, max: number): string | null => (typeof v === "string" && v.trim() ? v.trim().slice(0, max) : null);

/** The claims the portal uses, from the provider's (ID token and userinfo) claims. */
export function profileFromClaims(claims: Record<string, unknown>, creditCodeClaim: string): OidcProfile {
  return {
    id: String(claims.sub ?? ""),
    name: text(claims.name, 30) ?? text(claims.preferred_username, 30),
    // an address the provider says it has not verified is no address of the person's
    email: claims.email_verified === false ? null : text(claims.email, 120)?.toLowerCase() ?? null,
    phone: text(claims.phone_number, 20),
    creditCode: text(claims[creditCodeClaim], 64),
  };
}

/**
 * Authorization code flow with PKCE, state and nonce; the ID token is verified against the issuer's
 * keys (openid-client). Claims the ID token leaves out (a provider may put name, phone and the credit
 * code only in userinfo) are read from the userinfo endpoint; the signed ID token wins a conflict.
 */
export function oidcProvider(s: OidcSettings): OAuthConfig<Record<string, unknown>> {
  return {
    id: OIDC_PROVIDER_ID,
    name: s.displayName.zh,
    type: "oauth",
    wellKnown: `${s.issuer}/.well-known/openid-configuration`,
    issuer: s.issuer,
    clientId: s.clientId,
    clientSecret: s.clientSecret,
    authorization: { params: { scope: s.scope } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    userinfo: {
      async request({ tokens, client }) {
        const set = tokens as unknown as TokenSet; // next-auth passes openid-client's TokenSet
        const signed = set.claims() as Record<string, unknown>;
        if (!client.issuer.metadata.userinfo_endpoint || !set.access_token) return signed;
        // openid-client checks that userinfo's `sub` is the ID token's
        const info = (await client.userinfo(set)) as Record<string, unknown>;
        return { ...info, ...signed };
      },
    },
    profile: (claims) => profileFromClaims(claims, s.creditCodeClaim) as never,
  };
}
