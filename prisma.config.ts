// Prisma 7 configuration. Migrations are applied by prisma/tools/migrate.ts (no engine download).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
