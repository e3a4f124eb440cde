import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

/** The app's client with its pool and timeouts; exported so a test can aim it at a faulty network. */
export function createClient(connectionString = env().DATABASE_URL) {
  const e = env();
  return new PrismaClient({
    adapter: new PrismaPg(
      {
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
      },
      { onPoolError: (err) => logger.warn({ event: "db.pool-error", error: err.message }, "database pool error") },
    ),
    // The few interactive transactions (edit, delete) wait for a connection as long as a
    // plain query does, and may run for a few statements.
    transactionOptions: { maxWait: e.DB_CONNECT_TIMEOUT_MS, timeout: e.DB_STATEMENT_TIMEOUT_MS * 2 },
    // Secrets never leave the data layer by accident; code that needs them asks explicitly.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { reexDb?: Db };

function client(): Db {
  globalForDb.reexDb ??= createClient();
  return globalForDb.reexDb;
}

// Created on first use, not at import: `next build` loads modules without a database.
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});
