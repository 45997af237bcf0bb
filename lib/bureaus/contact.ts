import "server-only";
import { db } from "../db/client";
import type { BureauContactInfo } from "./contact-schema";

export type { BureauContactInfo };

const SELECT = { nameZh: true, nameEn: true, contactPhone: true, contactEmail: true, addressZh: true, addressEn: true } as const;

/** A bureau's name and contact for applicants, or null for an unknown id. Public information: no authorisation needed. */
export async function bureauContact(id: string): Promise<BureauContactInfo | null> {
  return db.bureau.findUnique({ where: { id }, select: SELECT });
}

/** Every bureau's id and names. Public information. */
export function bureauNames() {
  return db.bureau.findMany({ orderBy: { id: "asc" }, select: { id: true, nameZh: true, nameEn: true } });
}
