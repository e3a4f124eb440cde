import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

/** The app's connection pool, with its timeouts; shared by Prisma and `readRows`. */
function createPool(connectionString: string) {
  const e = env();
  const pool = new pg.Pool({
    connectionString,
    max: e.DB_POOL_MAX,
    // A request that cannot get a connection in time is told the site is busy, instead of
    // queueing without end behind a burst.
    connectionTimeoutMillis: e.DB_CONNECT_TIMEOUT_MS,
    // Server-side cap per statement; the client-side cap also covers a database that
    // stopped answering at all (a paused or partitioned server).
    statement_timeout: e.DB_STATEMENT_TIMEOUT_MS,
    query_timeout: e.DB_STATEMENT_TIMEOUT_MS + 1000,
    idle_in_transaction_session_timeout: e.DB_STATEMENT_TIMEOUT_MS * 2,
  });
  pool.on("error", (err) => logger.warn({ event: "db.pool-error", error: err.message }, "database pool error"));
  return pool;
}

/** The app's client on its pool; exported so a test can aim it at a faulty network. */
export function createClient(connectionString = env().DATABASE_URL, pool = createPool(connectionString)) {
  const e = env();
  return new PrismaClient({
    adapter: new PrismaPg(pool),
    // The few interactive transactions (edit, delete) wait for a connection as long as a
    // plain query does, and may run for a few statements.
    transactionOptions: { maxWait: e.DB_CONNECT_TIMEOUT_MS, timeout: e.DB_STATEMENT_TIMEOUT_MS * 2 },
    // Secrets never leave the data layer by accident; code that needs them asks explicitly.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { reexDb?: Db; reexPool?: pg.Pool };

/** The shared pool, created on first use (also the rate-limit store's, lib/http/rate-limit.ts). */
export function pool(): pg.Pool {
  globalForDb.reexPool ??= createPool(env().DATABASE_URL);
  return globalForDb.reexPool;
}

function client(): Db {
  globalForDb.reexDb ??= createClient(env().DATABASE_URL, pool());
  return globalForDb.reexDb;
}

// Prisma's columns of type DateTime are `timestamp(3)` holding UTC: read them as UTC whatever
// the process's time zone (pg would read them as local time).
const TIMESTAMP = 1114;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP
      ? (v: string) => new Date(`${v.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Rows of a read-only raw query, straight from the pool: the pages' hot reads (a discussion
 * page, an article, a session). Prisma's $queryRaw costs about 3.5 times the CPU for the same
 * rows (4.5 ms against 1.2 ms for a 70-comment page), the largest part of a signed-in page.
 * Errors are pg's; lib/db-failures.ts understands both.
 */
export async function readRows<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]> {
  const query = Prisma.sql(strings, ...values);
  return readQuery<T>(query.text, query.values);
}

/** As readRows, for a statement written with $1… placeholders (one whose parts are shared). */
export async function readQuery<T>(text: string, values: unknown[]): Promise<T[]> {
  return (await pool().query({ text, values, types })).rows as T[];
}

// Created on first use, not at import: `next build` loads modules without a database.
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});
