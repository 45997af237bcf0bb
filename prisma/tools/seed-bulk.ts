// `npm run seed:bulk -- --cases N [--batch 5000] [--concurrency 3]`: N realistic demo cases in a new
// round (see scripts/bulk-seed.ts), on DATABASE_URL or the embedded database. Prints the rate.
import { bulkSeed } from "../../scripts/bulk-seed";
import { createPrisma } from "../../lib/db/create-client";
import { migrate } from "../../lib/db/migrate";
import { MIGRATIONS_DIR } from "../../lib/db/migration-files";
import { seedReference } from "../../lib/seed/seed";
import { openDatabase } from "./database";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) {
    console.error(`--${name} must be a whole number`);
    process.exit(2);
  }
  return v;
}

const cases = arg("cases", 10_000);
const db = await openDatabase();
try {
  await migrate(db.ownerUrl, MIGRATIONS_DIR);
  const prisma = createPrisma(db.ownerUrl, 2);
  await seedReference(prisma);
  await prisma.$disconnect();
  console.log(`seed:bulk: ${cases.toLocaleString("en")} cases into ${db.embedded ? "the embedded database" : "DATABASE_URL"}`);
  const r = await bulkSeed(db.ownerUrl, {
    cases, batchSize: arg("batch", 5000), concurrency: arg("concurrency", db.embedded ? 1 : 3), log: (l) => console.log(l),
  });
  console.log(`round ${r.roundId}: ${r.cases.toLocaleString("en")} cases, ${r.organisations.toLocaleString("en")} organisations, ${r.payments.toLocaleString("en")} payments`);
  console.log(`seed:bulk: ${r.cases} cases in ${r.seconds.toFixed(1)} s (${Math.round(r.casesPerSecond).toLocaleString("en")} cases/s)`);
} finally {
  await db.close();
}
