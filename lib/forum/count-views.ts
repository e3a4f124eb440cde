import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

/**
 * A thread's view count, approximately and without a write per view: a reader counts once per
 * thread per VIEW_WINDOW_MS, however often the page (or its 1×1 image) is asked for.
 *
 * Each view is noted in this process (a thread and a viewer key, once), and one statement at
 * most every FLUSH_MS (or at once past MAX_PENDING views) records them in "ThreadView" and adds
 * to "Thread"."viewCount" only those whose row is new or older than the window. The row's
 * unique key decides, so several instances (or a reader whose views reach two of them) count
 * once. Readers never wait on it or on each other's rows; views still pending when a process
 * dies unflushed are lost (seconds of them, at most). Rows past the window are purged hourly.
 */
export const VIEW_WINDOW_MS = 24 * 60 * 60 * 1000;
const FLUSH_MS = 5_000;
const MAX_PENDING = 500;
const PURGE_EVERY_MS = 60 * 60 * 1000;

/** Thread id → the viewers seen since the last flush. */
const pending = new Map<number, Set<string>>();
let total = 0;
let timer: NodeJS.Timeout | null = null;
let lastPurge = 0;

// Without NEXTAUTH_SECRET (it is always set by npm start and in production) keys are this
// process's own: still no address stored, but other instances count the same reader again.
const fallbackSecret = crypto.randomBytes(32);

/**
 * Who is viewing, as stored: `user:{id}` when signed in, else `ip:{client address}`, as an HMAC
 * keyed with the site's secret, so the table holds no address and cannot be reversed into one.
 */
export function viewerKey(identity: string): string {
  return crypto
    .createHmac("sha256", env().NEXTAUTH_SECRET ?? fallbackSecret)
    .update(identity)
    .digest("base64url")
    .slice(0, 22); // 132 bits
}

export function countView(threadId: number, viewer: string): void {
  let viewers = pending.get(threadId);
  if (!viewers) pending.set(threadId, (viewers = new Set()));
  if (viewers.has(viewer)) return;
  viewers.add(viewer);
  total++;
  if (total >= MAX_PENDING) void flushViews();
  else timer ??= setTimeout(() => void flushViews(), FLUSH_MS).unref();
}

/** Writes the pending views in one statement (tests call it to see them at once). */
export async function flushViews(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  if (pending.size === 0) return;
  const threadIds: number[] = [];
  const viewers: string[] = [];
  for (const [id, seen] of pending) {
    for (const v of seen) {
      threadIds.push(id);
      viewers.push(v);
    }
  }
  pending.clear();
  total = 0;
  const windowSeconds = VIEW_WINDOW_MS / 1000;
  try {
    // A row that is new, or last counted before the window, counts; any other conflict is a
    // reader already counted (here or on another instance). Threads gone meanwhile are skipped.
    await db.$executeRaw`
      WITH counted AS (
        INSERT INTO "ThreadView" ("threadId", viewer, "seenAt")
        SELECT v.id, v.viewer, now()
        FROM unnest(${threadIds}::int[], ${viewers}::text[]) AS v(id, viewer)
        JOIN "Thread" t ON t.id = v.id
        ORDER BY v.id, v.viewer
        ON CONFLICT ("threadId", viewer) DO UPDATE SET "seenAt" = excluded."seenAt"
          WHERE "ThreadView"."seenAt" < now() - ${windowSeconds}::int * interval '1 second'
        RETURNING "threadId"
      )
      UPDATE "Thread" t SET "viewCount" = t."viewCount" + c.n
      FROM (SELECT "threadId" AS id, count(*)::int AS n FROM counted GROUP BY 1) c
      WHERE t.id = c.id`;
  } catch (e) {
    // Approximate by design: a busy or unreachable database costs these views, not a reader's page.
    logger.warn({ event: "forum.views-lost", views: threadIds.length, error: String(e) }, "thread views not saved");
  }
  if (Date.now() - lastPurge >= PURGE_EVERY_MS) await purgeViews();
}

/** Forgets the viewers seen before the window (they would count again anyway). */
export async function purgeViews(): Promise<void> {
  lastPurge = Date.now();
  try {
    await db.$executeRaw`
      DELETE FROM "ThreadView" WHERE "seenAt" < now() - ${VIEW_WINDOW_MS / 1000}::int * interval '1 second'`;
  } catch (e) {
    logger.warn({ event: "forum.views-purge-failed", error: String(e) }, "old thread views not purged");
  }
}
