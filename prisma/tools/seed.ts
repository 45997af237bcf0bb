// `npm run db:seed`: reference and demo data (idempotent).
import { createPrisma } from "../../lib/db/create-client";
import { demoAccountsText } from "../../lib/seed/demo-accounts";
import { seedDemo } from "../../lib/seed/seed";
import { openDatabase } from "./database";

const db = await openDatabase();
const prisma = createPrisma(db.ownerUrl, 2);
try {
  // the known demo TOTP secret only with DEMO_MODE=1 (ADR 022)
  const demoSecondFactors = process.env.DEMO_MODE === "1";
  await seedDemo(prisma, new Date(), { demoSecondFactors });
  console.log("seed: done\n" + demoAccountsText({ secondFactor: demoSecondFactors }));
} finally {
  await prisma.$disconnect();
  await db.close();
}
