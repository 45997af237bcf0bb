import "server-only";
import { env } from "../env";
import { attachmentHeader } from "../review/export";
import type { RenderedDocument } from "./case-documents";

/** where the printed verify link points: the configured public address, else the one this request came to */
export function publicOrigin(req: Request): string {
  return env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin : new URL(req.url).origin;
}

export function pdfResponse(d: RenderedDocument, cache: "private" | "public" = "private"): Response {
  return new Response(new Uint8Array(d.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(d.bytes.length),
      "Content-Disposition": attachmentHeader(d.fileName, d.asciiName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": cache === "private" ? "private, no-store" : "no-store",
    },
  });
}
