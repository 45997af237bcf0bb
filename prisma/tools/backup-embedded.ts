// The embedded database (PGlite) is PostgreSQL 18 compiled to WebAssembly, served one connection at
// a time: the machine's pg_dump 15 refuses a newer server, so backup/restore work on PostgreSQL.
// What to do instead is said plainly.
export function embeddedBackupRefusal(what: "backup" | "restore"): string {
  return [
    `${what}: DATABASE_URL is not set, so this is the embedded database (PGlite in DATA_DIR).`,
    `npm run ${what} works on PostgreSQL (pg_dump / pg_restore). For the embedded database: stop the portal`,
    `(npm run demo), then copy the whole DATA_DIR folder (it holds the database in pglite/, the uploads and the`,
    `audit checkpoints together) and copy it back to restore. A real installation should run on PostgreSQL (README).`,
  ].join("\n");
}
