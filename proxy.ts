import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageCsp } from "@/lib/security/csp";

// Headers only: a fresh CSP nonce for every page. Authorization stays in pages, actions and route
// handlers (a proxy can be skipped, CVE-2025-29927). Next takes the nonce from the request's
// Content-Security-Policy header and puts it on its scripts; x-nonce is for scripts of our own.
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // not: route handlers under /api and the attachment preview (their own policies, see
  // lib/security/csp.ts and next.config.js), build assets, the icon and the static files of public/
  // (robots.txt, the policy text: no scripts, so no nonce)
  matcher: ["/((?!api/|review/attachments/|_next/static|_next/image|favicon\\.ico|icon\\.svg|robots\\.txt|policy/.+\\.txt).*)"],
};
