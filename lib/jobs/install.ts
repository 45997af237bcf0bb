// Installs or upgrades pg-boss's schema and the portal's queues, as the database owner, beside
// the committed migrations (`npm run db:migrate`, the demo and e2e launchers, tests). The app
// role (weihai_app) then only reads and writes rows there: it never needs to create anything.
import pg from "pg";
import { PgBoss } from "pg-boss";
import { JOB_NAMES, JOB_SCHEMA, QUEUE_OPTIONS } from "./job-names";

export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_SCHEMA, max: 1, schedule: false, supervise: false, registerInstance: false });
  boss.on("error", (e: Error) => console.error(`job queue install: ${e.message}`));
  await boss.start();
  try {
    for (const name of JOB_NAMES) if (!(await boss.getQueue(name))) await boss.createQueue(name, QUEUE_OPTIONS);
  } finally {
    await boss.stop({ graceful: false });
  }
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'weihai_app') THEN
    GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO weihai_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO weihai_app;
    GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} TO weihai_app;
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} TO weihai_app;
  END IF;
END
$$`);
  } finally {
    await client.end();
  }
}
