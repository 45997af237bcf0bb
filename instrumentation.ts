// Runs once when a portal server starts (`npm start`, `npm run demo`, the e2e server: all go through
// server/main.mjs and Next's server): opens the database pool's warm connections (DB_POOL_MIN) and
// starts this process's scheduled-jobs worker (lib/jobs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getPool }, { warmPool }] = await Promise.all([import("./lib/db/client"), import("./lib/db/create-client")]);
  // not awaited: a database that is down or slow must not hold the start (pages report it, /api/ready too)
  warmPool(getPool()).catch((e: unknown) => console.error(`database pool not warmed: ${(e as Error).message}`));
  const { startPortalJobs } = await import("./lib/jobs/portal");
  await startPortalJobs();
}
