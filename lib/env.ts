import { z } from "zod";

const ms = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback);

const schema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /**
   * How many reverse proxies stand in front of the app, each appending to X-Forwarded-For.
   * 0: clients connect directly, and X-Forwarded-For / X-Forwarded-Host are not believed.
   */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** Connections in the app's pool (PostgreSQL's default max_connections is 100). */
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** How long a request waits for a pooled connection before it is told the site is busy. */
  DB_CONNECT_TIMEOUT_MS: ms(5_000),
  /** Longest a single SQL statement may run. */
  DB_STATEMENT_TIMEOUT_MS: ms(5_000),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

// Parsed on first use, not at import, so `next build` does not need a database URL.
export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}
