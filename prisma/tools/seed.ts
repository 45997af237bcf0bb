// `npm run db:seed`: reference and demo data (idempotent).
import { createPrisma } from "../../lib/db/create-client";
import { demoAccountsText } from "../demo-accounts";
import { seedDemo } from "../seed";
import { openDatabase } from "./database";

const db = await openDatabase();
const prisma = createPrisma(db.ownerUrl, 2);
try {
  await seedDemo(prisma);
  console.log("seed: done\n" + demoAccountsText());
} finally {
  await prisma.$disconnect();
  await db.close();
}
