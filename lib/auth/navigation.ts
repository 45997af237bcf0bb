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
  finance: [{ href: "/finance", key: "payments" }, NOTICE],
  admin: [{ href: "/admin", key: "admin" }, { href: "/admin/rounds", key: "rounds" }, { href: "/admin/dashboard", key: "dashboard" }, { href: "/admin/whatif", key: "whatif" }, { href: "/admin/lpr", key: "lpr" }, { href: "/admin/users", key: "users" }, NOTICE],
};

export function navFor(role: Role | null): NavItem[] {
  return BY_ROLE[role ?? "visitor"];
}

/** only same-site paths, never //evil.example */
export function safeNextPath(next: string | undefined, _origin?: string): string | null {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : null;
}
