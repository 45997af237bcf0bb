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

// Role-aware navigation. Later pages add their entries here.
const BY_ROLE: Record<Role | "visitor", NavItem[]> = {
  visitor: [{ href: "/", key: "home" }, ...POLICY_NAV],
  applicant: [{ href: "/applicant", key: "myCases" }, ...POLICY_NAV],
  reviewer: [{ href: "/review", key: "queue" }],
  finance: [{ href: "/finance", key: "payments" }],
  admin: [{ href: "/admin", key: "admin" }],
};

export function navFor(role: Role | null): NavItem[] {
  return BY_ROLE[role ?? "visitor"];
}
