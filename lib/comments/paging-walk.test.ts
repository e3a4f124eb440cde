import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asActor, makeDiscussion, makeUser, resetDb } from "@/test/db";
import { createComment } from "./create-comment";
import { DISPLAY_DEPTH, MAX_COMMENTS_PER_PAGE } from "./limits";
import { listCommentPage } from "./list-comment-page";
import { decodeCursor, encodeCursor, SORTS, type Sort } from "./sort";
import type { CommentNode } from "./types";

// Deterministic pseudo-random numbers, so a failure can be replayed.
function rng(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const SIZE = 2000;
const MAX_DEPTH = 15;
let discussionId: number;
let all: { id: number; parentId: number | null; score: number }[];

beforeAll(async () => {
  await resetDb();
  const users = await Promise.all(Array.from({ length: 4 }, () => makeUser()));
  ({ id: discussionId } = await makeDiscussion());
  const rand = rng(42);
  const nodes: { id: number; depth: number }[] = [];
  for (let i = 0; i < SIZE; i++) {
    // A mix: new top-level threads, replies to recent comments (deep chains), replies anywhere.
    const r = rand();
    const candidates =
      nodes.length === 0 || r < 0.15 ? [] : r < 0.55 ? nodes.slice(-5) : r < 0.7 ? nodes.slice(0, 3) : nodes;
    const parent = candidates.length ? candidates[Math.floor(rand() * candidates.length)] : undefined;
    const usable = parent && parent.depth < MAX_DEPTH ? parent : undefined;
    const c = await createComment(asActor(users[i % 4]!), { discussionId, parentId: usable?.id, body: `c${i}` });
    nodes.push({ id: c.id, depth: c.depth });
  }
  // Scores with many ties, so Top's tie-breaker is exercised.
  await db.$executeRaw`UPDATE "Comment" SET score = floor(random() * 5)::int WHERE "discussionId" = ${discussionId}`;
  all = await db.comment.findMany({ where: { discussionId }, select: { id: true, parentId: true, score: true } });
}, 300_000);

function expectedOrder(sort: Sort, siblings: { id: number; score: number }[]): number[] {
  const sorted = [...siblings].sort((a, b) =>
    sort === "oldest" ? a.id - b.id : sort === "newest" ? b.id - a.id : b.score - a.score || a.id - b.id,
  );
  return sorted.map((s) => s.id);
}

describe("walking a 2,000-comment random tree through pages and 'more replies'", () => {
  for (const sort of SORTS) {
    it(`yields every comment exactly once, siblings in ${sort} order`, async () => {
      const seen = new Map<number, number>();
      const childrenSeen = new Map<number | null, number[]>();
      const queue: { parentId: number | null; after?: string }[] = [{ parentId: null }];
      let requests = 0;
      while (queue.length) {
        const { parentId, after } = queue.shift()!;
        requests += 1;
        const page = await listCommentPage({ discussionId, parentId, sort, cursor: decodeCursor(sort, after) });
        const visit = (n: CommentNode, parent: number | null) => {
          seen.set(n.id, (seen.get(n.id) ?? 0) + 1);
          childrenSeen.set(parent, [...(childrenSeen.get(parent) ?? []), n.id]);
          expect(n.level).toBeLessThan(DISPLAY_DEPTH);
          for (const c of n.children) visit(c, n.id);
          if (n.replyCount > n.children.length) {
            // "Continue this thread" at the depth limit, "{n} more replies" elsewhere.
            const last = n.children.at(-1);
            queue.push({ parentId: n.id, after: last ? encodeCursor(sort, last) : undefined });
          }
        };
        let count = 0;
        const countAll = (n: CommentNode): number => 1 + n.children.reduce((s, c) => s + countAll(c), 0);
        for (const root of page.comments) {
          visit(root, parentId);
          count += countAll(root);
        }
        expect(count).toBeLessThanOrEqual(MAX_COMMENTS_PER_PAGE);
        if (page.next) queue.push({ parentId, after: page.next });
      }
      expect(seen.size).toBe(SIZE);
      expect([...seen.values()].every((v) => v === 1)).toBe(true);
      for (const [parent, ids] of childrenSeen) {
        expect(ids).toEqual(
          expectedOrder(
            sort,
            all.filter((c) => c.parentId === parent),
          ),
        );
      }
      expect(requests).toBeGreaterThan(1);
    }, 120_000);
  }
});
