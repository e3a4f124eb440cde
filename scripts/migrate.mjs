// Applies prisma/migrations/*/migration.sql in order, once each, in Prisma's own bookkeeping
// format (_prisma_migrations, sha256 checksums), so `prisma migrate status` agrees wherever
// Prisma's engine can be downloaded. Runs at start and in tests; needs nothing but `pg`.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { withClient } from "./db.mjs";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const LOCK_KEY = 72_707_369; // any constant shared by every process that migrates

export function readMigrations(dir = MIGRATIONS_DIR) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

/** @returns {Promise<string[]>} names of the migrations applied by this call */
export async function migrate(url, { dir = MIGRATIONS_DIR, log = () => {} } = {}) {
  const migrations = readMigrations(dir);
  return withClient(url, async (c) => {
    await c.query("select pg_advisory_lock($1)", [LOCK_KEY]);
    try {
      await c.query(`create table if not exists "_prisma_migrations" (
        "id" varchar(36) primary key not null,
        "checksum" varchar(64) not null,
        "finished_at" timestamptz,
        "migration_name" varchar(255) not null,
        "logs" text,
        "rolled_back_at" timestamptz,
        "started_at" timestamptz not null default now(),
        "applied_steps_count" integer not null default 0)`);
      const { rows } = await c.query(
        `select migration_name, checksum, finished_at from "_prisma_migrations" where rolled_back_at is null`,
      );
      const applied = new Map(rows.map((r) => [r.migration_name, r]));
      for (const m of migrations) {
        const row = applied.get(m.name);
        if (row && !row.finished_at) throw new Error(`migration ${m.name} failed earlier; fix the database by hand`);
        if (row && row.checksum !== m.checksum) {
          throw new Error(`migration ${m.name} was edited after it was applied; add a new migration instead`);
        }
      }
      const done = [];
      for (const m of migrations) {
        if (applied.has(m.name)) continue;
        await c.query("begin");
        try {
          // One simple-protocol query per file, so $$ bodies and several statements work.
          await c.query(m.sql);
          await c.query(
            `insert into "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
             values ($1, $2, now(), $3, 1)`,
            [crypto.randomUUID(), m.checksum, m.name],
          );
          await c.query("commit");
        } catch (e) {
          await c.query("rollback");
          throw new Error(`migration ${m.name} failed: ${e instanceof Error ? e.message : e}`);
        }
        log(`Applied migration ${m.name}`);
        done.push(m.name);
      }
      return done;
    } finally {
      await c.query("select pg_advisory_unlock($1)", [LOCK_KEY]);
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set");
    process.exit(1);
  }
  const done = await migrate(url, { log: console.log });
  console.log(done.length ? `${done.length} migration(s) applied` : "Database is up to date");
}
