import type { Role } from "./session";

export interface NavItem {
  href: string;
  key: string; // under nav.* in the messages
}

// Role-aware navigation. Later pages add their entries here.
const BY_ROLE: Record<Role | "visitor", NavItem[]> = {
  visitor: [{ href: "/", key: "home" }],
  applicant: [{ href: "/applicant", key: "myCases" }],
  reviewer: [{ href: "/review", key: "queue" }],
  finance: [{ href: "/finance", key: "payments" }],
  admin: [{ href: "/admin", key: "admin" }],
};

export function navFor(role: Role | null): NavItem[] {
  return BY_ROLE[role ?? "visitor"];
}
