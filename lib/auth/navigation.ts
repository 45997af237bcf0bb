import type { Role } from "./session";

export interface NavItem {
  href: string;
  key: string; // under nav.* in the messages
}

// The public policy pages, for visitors and applicants.
const POLICY_NAV: NavItem[] = [
  { href: "/policy", key: "policy" },
  { href: "/measures", key: "measures" },
  { href: "/calculator", key: "calculator" },
];

// The public notice (公示) is open to everyone.
const NOTICE: NavItem = { href: "/notice", key: "notice" };

// Role-aware navigation. Later pages add their entries here.
const BY_ROLE: Record<Role | "visitor", NavItem[]> = {
  visitor: [{ href: "/", key: "home" }, ...POLICY_NAV, NOTICE],
  applicant: [{ href: "/applicant", key: "myCases" }, { href: "/applicant/profile", key: "profile" }, ...POLICY_NAV, NOTICE],
  reviewer: [{ href: "/review", key: "queue" }, NOTICE],
  finance: [{ href: "/finance", key: "payments" }, { href: "/finance/batches", key: "paymentBatches" }, NOTICE],
  admin: [{ href: "/admin", key: "admin" }, { href: "/admin/rounds", key: "rounds" }, { href: "/admin/dashboard", key: "dashboard" }, { href: "/admin/whatif", key: "whatif" }, { href: "/admin/lpr", key: "lpr" }, { href: "/admin/users", key: "users" }, { href: "/admin/verifications", key: "verifications" }, NOTICE],
};

export function navFor(role: Role | null): NavItem[] {
  return BY_ROLE[role ?? "visitor"];
}

// a browser reads a backslash as "/" and drops tabs and newlines: "/\\host/" and "/<tab>/host/" both lead to //host/
const UNSAFE = /[\\\u0000-\u001f\u007f]/;

/**
 * Where sign-in may send the user: a path on `origin` (the site's own), or null (then the role's
 * home). The value is resolved as the browser will resolve it and must stay on the origin.
 */
export function safeNextPath(next: string | undefined, origin: string): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//")) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return null;
  }
  if (UNSAFE.test(next) || UNSAFE.test(decoded) || decoded.startsWith("//")) return null;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin || !url.pathname.startsWith("/")) return null;
  return url.pathname + url.search + url.hash;
}
