// Runs once when a portal server starts (`npm start`, `npm run demo`, the e2e server: all go through
// server/main.mjs and Next's server): starts this process's scheduled-jobs worker (lib/jobs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startPortalJobs } = await import("./lib/jobs/portal");
  await startPortalJobs();
}
