// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that brings the committed migrations up to schema.prisma. Needs a PostgreSQL server
// (SHADOW_DATABASE_URL, else DATABASE_URL, else the local one) for the engine's shadow database.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffMigrationsToSchema, MIGRATIONS_DIR } from "./schema-diff";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(1);
}
const url = process.env.SHADOW_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const sql = await diffMigrationsToSchema(url);
if (!sql) {
  console.log("schema.prisma and the migrations agree: nothing to write");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
