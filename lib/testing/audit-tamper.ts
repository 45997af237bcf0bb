// What someone with the owner's access can do to the audit log: switch its append-only triggers
// off, change rows, switch them on again. The tests use it to show the checkpoints notice.
import pg from "pg";

export async function tamperAsOwner<T>(url: string, change: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("BEGIN");
    await c.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
    const r = await change(c);
    await c.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`);
    await c.query("COMMIT");
    return r;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await c.end();
  }
}
