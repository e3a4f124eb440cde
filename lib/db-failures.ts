import "server-only";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import pg from "pg";

/**
 * What went wrong with the database, in the terms a request can act on. Prisma wraps driver
 * errors (raw queries as P2010) with the PostgreSQL SQLSTATE in meta.driverAdapterError.
 */
type Cause = { kind?: string; originalCode?: string; constraint?: { index?: string } };

function causeOf(e: unknown): Cause | undefined {
  const meta = (e as { meta?: { driverAdapterError?: { cause?: Cause } } } | null)?.meta;
  return meta?.driverAdapterError?.cause;
}

function prismaCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The PostgreSQL SQLSTATE behind an error (through Prisma, or from pg itself in readRows). */
export function sqlState(e: unknown): string | undefined {
  return causeOf(e)?.originalCode ?? (e instanceof pg.DatabaseError ? e.code : undefined);
}

/** The name of the constraint a unique or foreign-key violation broke. */
export function violatedConstraint(e: unknown): string | undefined {
  return causeOf(e)?.constraint?.index;
}

/** A deadlock or serialization failure: the same work, tried again, succeeds. */
export function isRetryable(e: unknown): boolean {
  const state = sqlState(e);
  return state === "40P01" || state === "40001" || prismaCode(e) === "P2034";
}

/** The database works but is saturated: no connection or no lock in time. */
export function isBusy(e: unknown): boolean {
  const state = sqlState(e);
  const message = e instanceof Error ? e.message : "";
  return (
    prismaCode(e) === "P2028" ||
    state === "57014" || // statement_timeout
    state === "55P03" || // lock_timeout
    state === "53300" || // too many connections
    /timeout exceeded when trying to connect|Query read timeout/i.test(message)
  );
}

/** The database cannot be reached, or went away mid-request. */
export function isUnavailable(e: unknown): boolean {
  const kind = causeOf(e)?.kind;
  const state = sqlState(e) ?? "";
  const message = e instanceof Error ? e.message : "";
  return (
    kind === "DatabaseNotReachable" ||
    kind === "ConnectionClosed" ||
    kind === "SocketTimeout" ||
    kind === "DatabaseDoesNotExist" ||
    ["P1001", "P1002", "P1017"].includes(prismaCode(e) ?? "") ||
    state.startsWith("08") || // connection exceptions
    state === "57P01" || // admin shutdown
    state === "57P02" ||
    state === "57P03" || // cannot connect now (starting up, shutting down)
    state === "3D000" || // the database does not exist
    /Connection terminated|ECONNREFUSED|ECONNRESET|Client has encountered a connection error|not currently accepting connections|terminating connection/i.test(
      message,
    )
  );
}

/** Thrown to a caller that should tell the user "busy / having trouble, try again". */
export class ServiceUnavailableError extends Error {
  constructor(
    readonly reason: "busy" | "unavailable",
    options?: { cause?: unknown },
  ) {
    super(reason === "busy" ? "The database is busy" : "The database is unavailable", options);
  }
}

/**
 * The error thrown inside a `"use cache"` function, when `e` is what reached its caller. The
 * result of such a function crosses React's Flight encoding, and in production an error comes
 * out of it as a new Error with only a digest (its message and fields withheld). Next keeps the
 * original for the request, by digest (its error reporting reads it back); so do we, or a
 * database outage met while filling the cache would look like a bug.
 */
function thrownInCache(e: unknown): unknown {
  const digest = (e as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return undefined;
  const original = workAsyncStorage.getStore()?.reactServerErrorsByDigest.get(digest);
  return original === e ? undefined : original;
}

/** Converts a saturated or unreachable database into ServiceUnavailableError; rethrows the rest. */
export function asServiceError(e: unknown): unknown {
  if (e instanceof ServiceUnavailableError) return e;
  const original = thrownInCache(e);
  if (original !== undefined) {
    const converted = asServiceError(original);
    if (converted instanceof ServiceUnavailableError) return converted;
  }
  if (isBusy(e)) return new ServiceUnavailableError("busy", { cause: e });
  if (isUnavailable(e)) return new ServiceUnavailableError("unavailable", { cause: e });
  return e;
}

/**
 * Runs a write, again when PostgreSQL aborted it as a deadlock victim or serialization
 * failure (at most `attempts` times, with a short random pause so the racers part ways).
 * A saturated or unreachable database comes out as ServiceUnavailableError.
 */
export async function withRetry<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (attempt < attempts && isRetryable(e)) {
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
        continue;
      }
      throw asServiceError(e);
    }
  }
}
