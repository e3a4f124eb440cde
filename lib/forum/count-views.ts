import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/log";

/**
 * A thread's view count, approximately and without a write per view: each view adds to a
 * counter in this process, and one UPDATE adds every thread's pending views at most every
 * FLUSH_MS (or at once past MAX_PENDING views). Readers never wait on it or on each other's
 * rows; views still pending when a process dies unflushed are lost (seconds of them, at most).
 */
const FLUSH_MS = 5_000;
const MAX_PENDING = 500;

const pending = new Map<number, number>();
let total = 0;
let timer: NodeJS.Timeout | null = null;

export function countView(threadId: number): void {
  pending.set(threadId, (pending.get(threadId) ?? 0) + 1);
  total++;
  if (total >= MAX_PENDING) void flushViews();
  else timer ??= setTimeout(() => void flushViews(), FLUSH_MS).unref();
}

/** Writes the pending views in one statement (tests call it to see them at once). */
export async function flushViews(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  if (pending.size === 0) return;
  const ids = [...pending.keys()];
  const counts = ids.map((id) => pending.get(id)!);
  pending.clear();
  total = 0;
  try {
    await db.$executeRaw`
      UPDATE "Thread" t SET "viewCount" = t."viewCount" + v.n
      FROM unnest(${ids}::int[], ${counts}::int[]) AS v(id, n) WHERE t.id = v.id`;
  } catch (e) {
    // Approximate by design: a busy or unreachable database costs these views, not a reader's page.
    logger.warn({ event: "forum.views-lost", threads: ids.length, error: String(e) }, "thread views not saved");
  }
}
