// What `npm run demo` does to a database before serving it, shared with the e2e server
// (e2e/serve.ts): apply the committed migrations and the job queue's schema, then seed the demo data (idempotent).
import { createPrisma } from "../../lib/db/create-client";
import { migrate } from "../../lib/db/migrate";
import { MIGRATIONS_DIR } from "../../lib/db/migration-files";
import { installJobQueue } from "../../lib/jobs/install";
import { seedDemo } from "../../lib/seed/seed";

/** returns the migrations applied now; `demoSecondFactors`: see seedDemo */
export async function prepareDemoDatabase(url: string, { demoSecondFactors = false } = {}): Promise<string[]> {
  const m = await migrate(url, MIGRATIONS_DIR);
  await installJobQueue(url);
  const prisma = createPrisma(url, 2);
  try {
    await seedDemo(prisma, new Date(), { demoSecondFactors });
  } finally {
    await prisma.$disconnect();
  }
  return m.applied;
}
