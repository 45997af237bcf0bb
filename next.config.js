import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const prod = process.env.NODE_ENV === "production";

// Security headers on every response. The Content-Security-Policy is not here: pages get one with a
// fresh nonce from proxy.ts, attachment downloads and previews set their own in their route handlers
// (a header set here would replace theirs: Next keeps the first value of a header), and the other
// route handlers under /api (JSON, next-auth's few pages) get the static one below.
const apiCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(prod ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // the e2e server runs from a private copy of the build (see e2e/serve.ts)
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // pdfkit reads its own data files and fontkit the font at run time: not bundled
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "pg-boss", "bcryptjs", "pino", "prom-client", "pdfkit", "fontkit", "qrcode"],
  // CI builds once from a fresh clone: Turbopack's build cache would be written (15 s of the CI's
  // build) and never read
  experimental: { authInterrupts: true, turbopackFileSystemCacheForBuild: process.env.CI !== "true" },
  // `npm run validate` (CI's test line) builds after `npm run typecheck` has checked the same tree
  // (next typegen writes the route validators Next's check adds, then tsc --noEmit reads them with
  // the rest), and says so (WH_TYPECHECKED=1): Next's own type check there repeated it, 36 s of CI's
  // critical path. Every other build checks types as usual.
  typescript: { ignoreBuildErrors: process.env.WH_TYPECHECKED === "1" },
  // messages are compiled on the server (lib/i18n/precompile.ts): every page formats them with
  // use-intl's small formatter, not intl-messageformat's ICU parser (12 KB gzip per page)
  turbopack: { resolveAlias: { "use-intl/format-message": "use-intl/format-message/format-only" } },
  typedRoutes: false,
  async headers() {
    return [
      // attachment downloads (CSP: sandbox, set by the route)
      { source: "/api/attachments/:path*", headers: [...common, { key: "X-Frame-Options", value: "SAMEORIGIN" }] },
      { source: "/api/((?!attachments/).*)", headers: [...common, { key: "Content-Security-Policy", value: apiCsp }, { key: "X-Frame-Options", value: "DENY" }] },
      // the review page's inline preview of attachments (staff only; CSP set by the route)
      { source: "/review/attachments/:path*", headers: [...common, { key: "X-Frame-Options", value: "SAMEORIGIN" }] },
      // pages (CSP with a nonce: proxy.ts)
      { source: "/((?!api/|review/attachments/).*)", headers: [...common, { key: "X-Frame-Options", value: "DENY" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
