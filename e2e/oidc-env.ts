// The provincial sign-in of the e2e suite: a local OpenID provider (e2e/oidc-provider.ts) on
// loopback port E2E_OIDC_PORT (default E2E_PORT + 1000), and the OIDC_* environment the web
// server gets so its sign-in page offers it. Shared by playwright.config.ts, the global setup and specs.
import { composeCreditCode } from "../lib/auth/credit-code";

/** a valid credit code (both check characters) no seeded organisation has (荣成 371082) */
export const UNREGISTERED_CODE = composeCreditCode("91371082", "MA3N7W2K");
export const OIDC_CLIENT = { id: "weihai-portal-e2e", secret: "e2e-oidc-secret-not-for-production" };

export function oidcPort(appPort: number): number {
  return Number(process.env.E2E_OIDC_PORT ?? appPort + 1000);
}

export function oidcIssuer(appPort: number): string {
  return `http://127.0.0.1:${oidcPort(appPort)}`;
}

export function e2eOidcEnv(appPort: number): Record<string, string> {
  return {
    OIDC_ISSUER: oidcIssuer(appPort),
    OIDC_CLIENT_ID: OIDC_CLIENT.id,
    OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
    OIDC_DISPLAY_NAME_ZH: "爱山东",
    OIDC_DISPLAY_NAME_EN: "iShandong",
    OIDC_CREDIT_CODE_CLAIM: "uscc",
  };
}

/**
 * The test provider's people (log in at its form with the key as login, any password).
 * legal-enterprise: a legal-person account of the seeded enterprise (its credit code in `uscc`);
 * new-org: a legal-person account of an organisation not registered yet; no-code: a natural person,
 * no code; bad-code: a code with a wrong check character.
 */
export const OIDC_ACCOUNTS: Record<string, Record<string, unknown>> = {
  "legal-enterprise": { name: "王华锐", email: "wang.huarui@oidc.example.cn", email_verified: true, phone_number: "13906311234", uscc: "91371000MA3C8QXK1C" },
  "new-org": { name: "孙荣成", email: "sun.rongcheng@oidc.example.cn", email_verified: true, phone_number: "13906319876", uscc: UNREGISTERED_CODE },
  "no-code": { name: "李新创", email: "li.xinchuang@oidc.example.cn", email_verified: true, phone_number: "13906315678" },
  "bad-code": { name: "赵码错", email: "zhao.macuo@oidc.example.cn", email_verified: true, uscc: "91371000MA3C8QXK0X" },
};
