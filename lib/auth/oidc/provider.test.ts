import { describe, expect, it } from "vitest";
import { parseEnv } from "../../env";
import { oidcProvider, oidcSettings, profileFromClaims } from "./provider";

const FULL = { OIDC_ISSUER: "https://idp.example.gov.cn/", OIDC_CLIENT_ID: "portal", OIDC_CLIENT_SECRET: "s3cret" };

describe("provincial sign-in configuration", () => {
  it("is off without OIDC variables (and with empty ones)", () => {
    expect(oidcSettings(parseEnv({}))).toBeNull();
    expect(oidcSettings(parseEnv({ OIDC_ISSUER: "", OIDC_CLIENT_ID: "", OIDC_CLIENT_SECRET: "" }))).toBeNull();
  });

  it("an issuer without client id or secret stops the start, naming what is missing", () => {
    expect(() => parseEnv({ OIDC_ISSUER: FULL.OIDC_ISSUER })).toThrow(/Invalid environment[\s\S]*OIDC_CLIENT_ID: required when[\s\S]*OIDC_CLIENT_SECRET: required when/);
    expect(() => parseEnv({ OIDC_CLIENT_ID: "portal", OIDC_CLIENT_SECRET: "x" })).toThrow(/OIDC_ISSUER: required when/);
  });

  it("wants https, except on loopback, and a scope with openid", () => {
    expect(() => parseEnv({ ...FULL, OIDC_ISSUER: "http://idp.example.gov.cn" })).toThrow(/OIDC_ISSUER: must be an https:\/\/ URL/);
    expect(oidcSettings(parseEnv({ ...FULL, OIDC_ISSUER: "http://127.0.0.1:4100" }))?.issuer).toBe("http://127.0.0.1:4100");
    expect(() => parseEnv({ ...FULL, OIDC_SCOPE: "profile email" })).toThrow(/OIDC_SCOPE: must include openid/);
  });

  it("builds a code-flow provider with PKCE, state and nonce and the ID token checked", () => {
    const s = oidcSettings(parseEnv({ ...FULL, OIDC_DISPLAY_NAME_ZH: "爱山东" }))!;
    expect(s).toMatchObject({ issuer: "https://idp.example.gov.cn", displayName: { zh: "爱山东", en: "iShandong" }, creditCodeClaim: "uscc" });
    const p = oidcProvider(s);
    expect(p).toMatchObject({
      id: "oidc", type: "oauth", idToken: true, checks: ["pkce", "state", "nonce"], clientId: "portal",
      wellKnown: "https://idp.example.gov.cn/.well-known/openid-configuration", authorization: { params: { scope: "openid profile email phone" } },
    });
  });
});

describe("claims", () => {
  it("takes subject, name, verified email, phone and the configured credit-code claim", () => {
    expect(profileFromClaims({ sub: "u1", name: " 王华锐 ", email: "A@B.cn", phone_number: "13906311234", socialCreditCode: "91371000MA3C8QXK09" }, "socialCreditCode"))
      .toEqual({ id: "u1", name: "王华锐", email: "a@b.cn", phone: "13906311234", creditCode: "91371000MA3C8QXK09" });
    expect(profileFromClaims({ sub: "u2", preferred_username: "li", email: "x@y.cn", email_verified: false, uscc: 42 }, "uscc"))
      .toEqual({ id: "u2", name: "li", email: null, phone: null, creditCode: null });
  });
});
