import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asActor, makeDiscussion, makeUser, resetDb } from "@/test/db";
import { createComment } from "./create-comment";
import { DISPLAY_DEPTH, MAX_COMMENTS_PER_PAGE, REPLIES_PER_PARENT, ROOTS_PER_PAGE } from "./limits";
import { listCommentPage, type CommentPage } from "./list-comment-page";
import { decodeCursor } from "./sort";
import { locateComment } from "./locate-comment";
import type { CommentNode } from "./types";

function flatten(nodes: CommentNode[]): CommentNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

let discussionId: number;
let topIds: number[];
let wideParent: number;
let chain: number[];

// A discussion bigger than any page: 45 top-level comments, one with 40 direct replies,
// one carrying a 20-deep chain, and one with a bushy subtree that alone exceeds the page cap.
beforeAll(async () => {
  await resetDb();
  const user = asActor(await makeUser());
  ({ id: discussionId } = await makeDiscussion());
  topIds = [];
  for (let i = 0; i < 45; i++) topIds.push((await createComment(user, { discussionId, body: `top ${i}` })).id);
  wideParent = topIds[0]!;
  for (let i = 0; i < 40; i++) await createComment(user, { discussionId, parentId: wideParent, body: `wide ${i}` });
  chain = [topIds[1]!];
  for (let i = 0; i < 20; i++) {
    chain.push((await createComment(user, { discussionId, parentId: chain[chain.length - 1], body: `deep ${i}` })).id);
  }
  // Bushy: every node gets 6 children, 4 levels down (6 + 36 + 216 + ... capped by per-parent limits).
  let level = [topIds[2]!];
  for (let d = 0; d < 3; d++) {
    const next: number[] = [];
    for (const p of level) {
      for (let k = 0; k < 6; k++) next.push((await createComment(user, { discussionId, parentId: p, body: "b" })).id);
    }
    level = next;
  }
}, 120_000);

describe("listCommentPage", () => {
  it("loads one page of roots, in order, with bounded replies per parent and depth", async () => {
    const page = await listCommentPage({ discussionId, parentId: null, sort: "oldest" });
    expect(page.comments.map((c) => c.id)).toEqual(topIds.slice(0, ROOTS_PER_PAGE));
    const all = flatten(page.comments);
    expect(all.length).toBeLessThanOrEqual(MAX_COMMENTS_PER_PAGE);
    for (const n of all) {
      expect(n.level).toBeLessThan(DISPLAY_DEPTH);
      expect(n.children.length).toBeLessThanOrEqual(REPLIES_PER_PARENT[n.level] ?? 0);
      // siblings oldest first
      expect(n.children.map((c) => c.id)).toEqual([...n.children.map((c) => c.id)].sort((a, b) => a - b));
    }
    const wide = all.find((n) => n.id === wideParent)!;
    expect(wide.replyCount).toBe(40);
    expect(wide.children).toHaveLength(REPLIES_PER_PARENT[0]);
    // The deep chain stops at the display depth; the last shown link leads on.
    const shownChain = chain.filter((id) => all.some((n) => n.id === id));
    expect(shownChain).toEqual(chain.slice(0, DISPLAY_DEPTH));
    expect(page.next).toBe(String(topIds[ROOTS_PER_PAGE - 1]));
  });

  it("walks every top-level comment exactly once by cursor", async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page: CommentPage = await listCommentPage({
        discussionId,
        parentId: null,
        sort: "oldest",
        cursor: decodeCursor("oldest", after ?? undefined),
      });
      seen.push(...page.comments.map((c) => c.id));
      if (page.next === null) break;
      after = page.next;
    }
    expect(seen).toEqual(topIds);
  });

  it("pages the replies of one parent (the 'more replies' page)", async () => {
    const first = await listCommentPage({ discussionId, parentId: wideParent, sort: "oldest" });
    const second = await listCommentPage({
      discussionId,
      parentId: wideParent,
      sort: "oldest",
      cursor: decodeCursor("oldest", first.next!),
    });
    const ids = [...first.comments, ...second.comments].map((c) => c.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    expect(second.next).toBeNull();
  });

  it("never loads more than the page cap, however bushy the tree", async () => {
    const page = await listCommentPage({ discussionId, parentId: topIds[2]!, sort: "oldest" });
    const all = flatten(page.comments);
    expect(all.length).toBeGreaterThan(6);
    expect(all.length).toBeLessThanOrEqual(MAX_COMMENTS_PER_PAGE);
  });

  it("locates a comment: on its article page when shown there, else on its own thread page", async () => {
    await db.category.create({ data: { slug: "c", name: "C" } });
    const author = await makeUser("ANALYST");
    await db.article.create({
      data: {
        slug: "a",
        title: "A",
        excerpt: "e",
        highlights: [],
        body: "b",
        publishedAt: new Date(),
        discussionId,
        categoryId: (await db.category.findFirstOrThrow()).id,
        authorId: author.id,
      },
    });
    expect(await locateComment(topIds[0]!, null)).toBe(`/articles/a#comment-${topIds[0]}`);
    expect(await locateComment(topIds[25]!, null)).toBe(`/articles/a?after=${topIds[19]}#comment-${topIds[25]}`);
    expect(await locateComment(chain[3]!, null)).toBe(`/articles/a#comment-${chain[3]}`);
    expect(await locateComment(chain[15]!, null)).toBe(`/articles/a/comments/${chain[15]}#comment-${chain[15]}`);
    expect(await locateComment(987_654, null)).toBeNull();
  });
});
