// Content Security Policies, one place. Pages get a fresh nonce per request (set by proxy.ts); Next
// reads it from the request's Content-Security-Policy and puts it on its own scripts, and
// 'strict-dynamic' lets those load the rest. No 'unsafe-inline' for scripts; styles keep it
// (React style attributes, Recharts). Files have policies of their own, set by their routes.

/** 16 random bytes, base64: unguessable and new for every response */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The policy of an HTML page. 'unsafe-eval' only in development (React's dev tools need it). */
export function pageCsp(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    // the review page previews PDFs in an <object> from /review/attachments
    "object-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** An attachment download: never rendered as a document of this origin, never framed. */
export const DOWNLOAD_CSP = "default-src 'none'; sandbox";

/**
 * The review page's inline preview of a PDF or image: no scripts of its own, framed only by the
 * portal. No sandbox: Chromium will not show a PDF in a sandboxed document.
 */
export const PREVIEW_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";
