// File names of attachments: what is stored, shown and sent back. Pure, so the download routes can
// clean names of rows stored before these rules (issue 16 §5) as well as new uploads.
import type { AllowedMime } from "./sniff";

/** extensions per sniffed type, the first one given when the name has none of them */
const EXTENSIONS: Record<AllowedMime, string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
};

const MAX_LENGTH = 120;

// C0/C1 controls, the bidi embeddings, overrides and isolates (U+202A–E, U+2066–9), the direction
// marks (U+200E/F, U+061C) and line/paragraph separators: any of them can make "evil\u202Efdp.exe"
// display as "evilexe.pdf". Plus what a file system or a header refuses.
const UNWANTED = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"<>|:*?]/g;

/** the last path part, without unwanted characters and trailing dots or spaces (Windows drops them) */
const lastPart = (name: string) => (name.split(/[\\/]/).pop() ?? "").replace(UNWANTED, "").trim().replace(/[.\s]+$/, "");
/** no leading dots (no hidden files), no surrounding spaces */
const visible = (s: string) => s.replace(/^[.\s]+/, "").trim();

/** A display name safe to store and to send back: no path parts, no control or bidi characters. */
export function safeFileName(name: string): string {
  return visible(lastPart(name)).slice(0, MAX_LENGTH) || "file";
}

/**
 * The name an attachment is stored and downloaded under: safeFileName, with the extension of the
 * type its bytes were sniffed as (a PDF uploaded as report.html is report.pdf). The base name stays.
 */
export function attachmentFileName(name: string, mime: string): string {
  const exts = EXTENSIONS[mime as AllowedMime];
  if (!exts) return safeFileName(name);
  const part = lastPart(name);
  const dot = part.lastIndexOf(".");
  const stem = visible(dot >= 0 ? part.slice(0, dot) : part);
  const given = dot >= 0 ? part.slice(dot + 1) : "";
  const ext = exts.includes(given.toLowerCase()) ? given : exts[0];
  return `${stem.slice(0, MAX_LENGTH - ext.length - 1) || "file"}.${ext}`;
}

/** A name that tries to be a path (../, /, \\, drive letters) or hides control characters is refused, not cleaned. */
export function unsafeFileName(name: string): boolean {
  return !name.trim() || name.length > 255 || /[\\/]|^\.{1,2}$|^[a-zA-Z]:|[\u0000-\u001f\u007f]/.test(name);
}

// RFC 5987 attr-char: encodeURIComponent leaves ' ( ) * and ! unescaped; only ! is allowed
const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Content-Disposition with a plain ASCII fallback and the exact name as UTF-8 filename* (RFC 6266 / 5987). */
export function contentDisposition(kind: "attachment" | "inline", name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9 ._-]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`;
}
