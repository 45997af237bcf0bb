// The local OpenID provider for the suite, on E2E_OIDC_PORT (default E2E_PORT + 1000). The web server
// gets the matching OIDC_* variables from playwright.config.ts; it reads the provider's discovery
// document at the first sign-in through it, so the two may start in either order.
import { oidcIssuer } from "./oidc-env";
import { startTestOidcProvider } from "./oidc-provider";

export async function startOidcForSuite(): Promise<() => Promise<void>> {
  const appPort = Number(process.env.E2E_PORT ?? 3100);
  const op = await startTestOidcProvider({
    issuer: oidcIssuer(appPort),
    redirectUri: `http://127.0.0.1:${appPort}/api/auth/callback/oidc`,
  });
  return op.close;
}
