// What `npm run demo` does to a database before serving it, shared with the e2e server
// (e2e/serve.ts): apply the committed migrations, then seed the demo data (idempotent).
import { createPrisma } from "../../lib/db/create-client";
import { migrate } from "../../lib/db/migrate";
import { MIGRATIONS_DIR } from "../../lib/db/migration-files";
import { seedDemo } from "../seed";

/** returns the migrations applied now */
export async function prepareDemoDatabase(url: string): Promise<string[]> {
  const m = await migrate(url, MIGRATIONS_DIR);
  const prisma = createPrisma(url, 2);
  try {
    await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
  return m.applied;
}
