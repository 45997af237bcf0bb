// A local OpenID Connect provider for the e2e suite (test code, never part of the app): the
// `oidc-provider` package on loopback with one confidential client (the portal), PKCE required,
// its development login form (any login from OIDC_ACCOUNTS, any password) and consent skipped, as a
// provincial service trusts its own relying parties.
import { generateKeyPairSync } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { OIDC_ACCOUNTS, OIDC_CLIENT } from "./oidc-env";

const SCOPE = "openid profile email phone";

export async function startTestOidcProvider(opts: { issuer: string; redirectUri: string }): Promise<{ close: () => Promise<void> }> {
  const key = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const provider = new Provider(opts.issuer, {
    clients: [{
      client_id: OIDC_CLIENT.id, client_secret: OIDC_CLIENT.secret, redirect_uris: [opts.redirectUri],
      grant_types: ["authorization_code"], response_types: ["code"], token_endpoint_auth_method: "client_secret_basic",
    }],
    jwks: { keys: [{ ...key, kid: "e2e", use: "sig", alg: "RS256" }] },
    cookies: { keys: ["e2e-oidc-cookie-key-not-for-production"] },
    pkce: { required: () => true },
    // uscc: the organisation's 统一社会信用代码 of a legal-person account
    claims: { openid: ["sub"], profile: ["name", "uscc"], email: ["email", "email_verified"], phone: ["phone_number"] },
    async findAccount(_ctx, id) {
      const claims = OIDC_ACCOUNTS[id];
      if (!claims) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
    },
    async loadExistingGrant(ctx) {
      const session = ctx.oidc.session!;
      const client = ctx.oidc.client!;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId! });
      grant.addOIDCScope(SCOPE);
      await grant.save();
      return grant;
    },
  });
  const server = http.createServer(provider.callback());
  const { hostname, port } = new URL(opts.issuer);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(port), hostname, () => resolve());
  });
  console.log(`test OpenID provider on ${opts.issuer} (port ${(server.address() as AddressInfo).port})`);
  return { close: () => new Promise((resolve) => server.close(() => resolve())) };
}
