// Computes the SQL that takes the committed migrations to schema.prisma, with Prisma's schema
// engine compiled to WebAssembly (no native engine download). Needs a PostgreSQL server for the
// shadow database the engine replays the migrations into.
import { readFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { migrationDirs } from "../../lib/db/migration-files";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { createRequire } from "node:module";

// adapter-pg rejects the catalog's "char" type (oid 18) that the engine's introspection reads;
// in this tool only, report such columns as text (oid 25), which is what they hold.
const CHAR_OID = 18, TEXT_OID = 25;
for (const proto of [pg.Pool.prototype, pg.Client.prototype] as any[]) {
  const origQuery = proto.query as (...a: unknown[]) => unknown;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const r = origQuery.apply(this, args);
    if (r && typeof (r as Promise<unknown>).then === "function") {
      return (r as Promise<any>).then((res) => {
        for (const f of res?.fields ?? []) if (f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID;
        return res;
      });
    }
    return r;
  };
}

// Node cannot import .wasm as a module: instantiate it by hand, as schema_engine.js would.
let ready: Promise<typeof bg> | undefined;
function loadEngine(): Promise<typeof bg> {
  ready ??= (async () => {
    // the prisma CLI ships the engine build that matches its own version; the npm glue of
    // @prisma/schema-engine-wasm has the same import names (checked in schema-diff.int.test.ts)
    const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
    const file = path.join(path.dirname(cli), "schema_engine_bg.wasm");
    const mod = await WebAssembly.compile(readFileSync(file));
    const inst = await WebAssembly.instantiate(mod, { "./schema_engine_bg.js": bg as never });
    (bg as any).__wbg_set_wasm(inst.exports);
    (inst.exports as any).__wbindgen_start?.();
    return bg;
  })();
  return ready;
}

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
export { migrationDirs };


/**
 * A pg adapter factory whose shadow database is created on the given server and dropped (FORCE)
 * after its pool is closed. Discrete connection fields, not connectionString: pg lets a
 * connectionString override the database name.
 */
function shadowAwareFactory(url: string) {
  const u = new URL(url);
  const cfg = {
    host: decodeURIComponent(u.hostname), port: Number(u.port || 5432), user: decodeURIComponent(u.username || "postgres"),
    password: u.password ? decodeURIComponent(u.password) : undefined, database: u.pathname.slice(1) || "postgres", max: 2,
  };
  const admin = async (sql: string) => {
    const c = new pg.Client(cfg);
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  const main = new PrismaPg(cfg);
  return {
    provider: main.provider as typeof main.provider & "postgres",
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb() {
      const name = `shadow_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      await admin(`CREATE DATABASE "${name}"`);
      const adapter = await new PrismaPg({ ...cfg, database: name }).connect();
      // adapter-pg splits a script on every ";", which cuts a plpgsql function body apart; a
      // migration is one simple-protocol script, as `prisma migrate` and lib/db/migrate.ts run it
      const conn = adapter as unknown as { client: pg.Pool; onError(e: unknown): never };
      adapter.executeScript = async (script: string) => {
        try {
          await conn.client.query(script);
        } catch (e) {
          conn.onError(e);
        }
      };
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return adapter;
    },
  };
}

/** SQL from the migrations in `dir` to the datamodel; "" when they agree. */
export async function diffMigrationsToSchema(shadowUrl: string, dir = MIGRATIONS_DIR, schemaPath = SCHEMA_PATH): Promise<string> {
  const schema = readFileSync(schemaPath, "utf8");
  // the engine expects the Result-wrapped adapter that Prisma's own CLI passes it
  const factory = bindMigrationAwareSqlAdapterFactory(shadowAwareFactory(shadowUrl));
  const { SchemaEngine } = await loadEngine();
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, factory);
  try {
    const migrationDirectories = migrationDirs(dir).map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    }));
    const res = await engine.diff({
      from: {
        tag: "migrations",
        baseDir: dir,
        lockfile: { path: "migration_lock.toml", content: readFileSync(path.join(dir, "migration_lock.toml"), "utf8") },
        migrationDirectories,
        shadowDbInitScript: "",
      } as never,
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] } as never,
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] } as never,
    });
    const out = (res.stdout ?? "").trim();
    return out === "-- This is an empty migration." ? "" : out;
  } finally {
    engine.free();
  }
}
