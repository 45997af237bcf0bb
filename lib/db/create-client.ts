// Builds a Prisma client on the pg driver adapter (Prisma 7 has no built-in driver).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export function createPrisma(url: string, max = 8): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });
}
export type { PrismaClient };
