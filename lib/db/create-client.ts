// Builds a Prisma client on the pg driver adapter (Prisma 7 has no built-in driver).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export function createPrisma(url: string, max = 8): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max }),
    // a deadline rush queues transactions for a connection and the audit chain's lock: waiting
    // longer beats failing a submission (Prisma's defaults are 2 s and 5 s)
    transactionOptions: { maxWait: 15_000, timeout: 30_000 },
  });
}
export type { PrismaClient };
