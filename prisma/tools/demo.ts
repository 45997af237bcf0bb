// `npm run demo`: the portal on http://localhost:3000 with nothing installed but Node.
// Without DATABASE_URL it serves the embedded PGlite database kept in .data/ (first start migrates
// and seeds; restarts keep the data), builds the app once, starts it, and prints the demo accounts.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkpointDir, ensureSigningKey } from "../../lib/audit/checkpoint-config";
import { EMBEDDED_POOL_MAX } from "../../lib/db/embedded";
import { demoAccountsText } from "../../lib/seed/demo-accounts";
import { DATA_DIR, openDatabase } from "./database";
import { prepareDemoDatabase } from "./demo-database";

const PORT = process.env.PORT ?? "3000";
const dev = process.argv.includes("--dev");

function secret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function demoModeText(flag: string): string {
  return flag === "1"
    ? "DEMO_MODE=1: test-only controls are on (admins may end a public notice at once). Never set it on a real installation; DEMO_MODE=0 npm run demo turns them off."
    : "DEMO_MODE is off: no test-only controls.";
}

const db = await openDatabase();
// the demo turns on the test-only controls (the admin's "end the notice now") unless told otherwise;
// with them, the demo staff get the known TOTP secret printed below with the accounts
const demoMode = process.env.DEMO_MODE ?? "1";
const applied = await prepareDemoDatabase(db.ownerUrl, { demoSecondFactors: demoMode === "1" });
console.log(`database: ${db.embedded ? "embedded PGlite in " + path.relative(process.cwd(), DATA_DIR) + "/pglite" : "DATABASE_URL"}; ${applied.length} migration(s) applied`);

// the audit checkpoints' key and files stay in DATA_DIR, outside the database
const env = { ...process.env, DEMO_MODE: demoMode, DATABASE_URL: db.url, NEXTAUTH_SECRET: secret(), AUDIT_SIGNING_KEY: ensureSigningKey(DATA_DIR), AUDIT_CHECKPOINT_DIR: checkpointDir(DATA_DIR), NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${PORT}`, NEXT_TELEMETRY_DISABLED: "1", DB_POOL_MAX: db.embedded ? String(EMBEDDED_POOL_MAX) : (process.env.DB_POOL_MAX ?? "8") };
const next = path.resolve("node_modules/.bin/next");
if (!dev && !existsSync(".next/BUILD_ID")) {
  console.log("building the portal (first start only, about a minute)…");
  const b = spawnSync(next, ["build"], { stdio: "inherit", env });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
// server/main.mjs, not `next start`: it sets the client address the sign-in limits count
const child = spawn(process.execPath, ["server/main.mjs", ...(dev ? ["--dev"] : []), "-p", PORT], { stdio: ["ignore", "pipe", "inherit"], env });
child.stdout.on("data", (d: Buffer) => {
  process.stdout.write(d);
  if (/Ready|started server/i.test(d.toString())) {
    console.log(`\n威海科技创新政策兑现平台 is running on http://localhost:${PORT}\n` + demoAccountsText({ secondFactor: demoMode === "1" }) + "\n" + demoModeText(demoMode) + "\n");
  }
});
const stop = async () => {
  child.kill("SIGTERM");
  await db.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", async (code) => {
  await db.close();
  process.exit(code ?? 0);
});
