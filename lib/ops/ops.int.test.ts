// Readiness and the gauges read from tables, against a real database: a gauge whose table does not
// exist reports nothing, and starts reporting once a migration brings the table.
import { describe, expect, it } from "vitest";
import { freshDatabase } from "../testing/fresh-database";
import { metrics } from "../../server/metrics.mjs";

freshDatabase();

describe("readiness", () => {
  it("is not ready while this process's job worker has not started, though the database answers", async () => {
    const { readiness } = await import("./readiness");
    const { db } = await import("../db/client");
    await db.$queryRaw`SELECT 1`; // the pool's first connection (slow on a loaded machine) is not what is tested
    // no worker runs in a test process (JOBS_ENABLED defaults to on): a load balancer must not send it work
    expect(await readiness()).toEqual({ ready: false, checks: { database: "ok", jobQueue: "failed" } });
  });
});

describe("table gauges", () => {
  it("count cases by status and the outbox backlog; a gauge whose table does not exist reports nothing", async () => {
    const { registerTableGauges, TABLE_GAUGES } = await import("./table-gauges");
    const { db } = await import("../db/client");
    const { c09Draft } = await import("../testing/applicant-services");
    await c09Draft();
    // a gauge naming a table a later migration brings stays away until the table exists
    TABLE_GAUGES.push({ name: "weihai_test_later", help: "a table that comes later", table: '"LaterTable"', sql: `SELECT count(*)::float8 AS value FROM "LaterTable"` });
    await registerTableGauges();
    await registerTableGauges(); // twice is once
    const before = await metrics().registry.metrics();
    expect(before).toMatch(/^weihai_cases\{status="draft"\} 1$/m);
    expect(before).not.toMatch(/^weihai_test_later /m);

    const { notifyUsers } = await import("../notifications/notify-users");
    const user = await db.user.findFirstOrThrow({ where: { role: "applicant" } });
    await db.$transaction((tx) => notifyUsers(tx, [{ userId: user.id, titleZh: "测试", titleEn: "Test" }]));
    expect(await metrics().registry.metrics()).toMatch(/^weihai_outbox_backlog [1-9]\d*$/m);

    await db.$executeRawUnsafe(`CREATE TABLE "LaterTable" (id serial PRIMARY KEY)`);
    await db.$executeRawUnsafe(`INSERT INTO "LaterTable" DEFAULT VALUES`);
    await registerTableGauges();
    expect(await metrics().registry.metrics()).toMatch(/^weihai_test_later 1$/m);
    TABLE_GAUGES.pop();
  });
});
