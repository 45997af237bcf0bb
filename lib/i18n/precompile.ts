// Messages compiled once, on the server, to icu-minify's compact form. The browser then formats
// them with use-intl's small formatter (next.config.js aliases use-intl/format-message to its
// format-only build, for server and browser alike) instead of parsing ICU with intl-messageformat
// at run time: that parser was 12 KB of gzip on every page with a translated client component.
// precompile.test.ts checks that every message formats to the same text either way.
import compile from "icu-minify/compile";

type Tree = { [key: string]: Tree | Tree[] | string | string[] };

/** `messages` with every string compiled (plain text stays a string); arrays and nesting kept */
export function precompileMessages<T>(messages: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") {
      const c = compile(v);
      // compile's option maps have no prototype: a plain copy, which React hands to client components
      return typeof c === "string" ? c : JSON.parse(JSON.stringify(c));
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v as Tree).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(messages) as T;
}
