import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/policy";
import { asActor, makeDiscussion, makeUser, resetDb } from "@/test/db";
import { createComment } from "./create-comment";
import { NotFoundError } from "./errors";

beforeEach(resetDb);

describe("createComment", () => {
  it("writes a top-level comment with depth 0, its own id as path, rendered HTML and the discussion count", async () => {
    const user = asActor(await makeUser());
    const { id: discussionId } = await makeDiscussion();
    const c = await createComment(user, { discussionId, body: "  **Hello** <script>x</script>  " });
    const row = await db.comment.findUniqueOrThrow({ where: { id: c.id } });
    expect(row).toMatchObject({ depth: 0, parentId: null, path: [c.id], body: "**Hello** <script>x</script>" });
    expect(row.bodyHtml).toBe("<p><strong>Hello</strong> &lt;script&gt;x&lt;/script&gt;</p>");
    expect((await db.discussion.findUniqueOrThrow({ where: { id: discussionId } })).commentCount).toBe(1);
  });

  it("nests a reply: depth, path, parent's reply count and every ancestor's descendant count", async () => {
    const user = asActor(await makeUser());
    const { id: discussionId } = await makeDiscussion();
    const a = await createComment(user, { discussionId, body: "a" });
    const b = await createComment(user, { discussionId, parentId: a.id, body: "b" });
    const c = await createComment(user, { discussionId, parentId: b.id, body: "c" });
    const sibling = await createComment(user, { discussionId, parentId: a.id, body: "b2" });

    expect(c).toMatchObject({ depth: 2, parentId: b.id, path: [a.id, b.id, c.id] });
    const rows = await db.comment.findMany({ where: { discussionId }, orderBy: { id: "asc" } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(a.id)).toMatchObject({ replyCount: 2, descendantCount: 3 });
    expect(byId.get(b.id)).toMatchObject({ replyCount: 1, descendantCount: 1 });
    expect(byId.get(c.id)).toMatchObject({ replyCount: 0, descendantCount: 0 });
    expect(byId.get(sibling.id)).toMatchObject({ depth: 1, path: [a.id, sibling.id] });
    expect((await db.discussion.findUniqueOrThrow({ where: { id: discussionId } })).commentCount).toBe(4);
  });

  it("refuses guests and suspended users, and writes nothing", async () => {
    const { id: discussionId } = await makeDiscussion();
    const suspended = asActor(await makeUser("READER", { suspendedUntil: new Date(Date.now() + 86_400_000) }));
    await expect(createComment(null, { discussionId, body: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createComment(suspended, { discussionId, body: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.comment.count()).toBe(0);
  });

  it("refuses a parent from another discussion and rolls back the count", async () => {
    const user = asActor(await makeUser());
    const one = await makeDiscussion();
    const two = await makeDiscussion();
    const a = await createComment(user, { discussionId: one.id, body: "a" });
    await expect(createComment(user, { discussionId: two.id, parentId: a.id, body: "b" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(createComment(user, { discussionId: 999_999, body: "b" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.discussion.findUniqueOrThrow({ where: { id: two.id } })).commentCount).toBe(0);
    expect(await db.comment.count()).toBe(1);
  });

  it("refuses replies to a removed comment", async () => {
    const user = asActor(await makeUser());
    const { id: discussionId } = await makeDiscussion();
    const a = await createComment(user, { discussionId, body: "a" });
    await db.comment.update({ where: { id: a.id }, data: { status: "REMOVED_BY_MODERATOR" } });
    await expect(createComment(user, { discussionId, parentId: a.id, body: "b" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("keeps exact counts and unique paths when 50 replies land at once", async () => {
    const users = await Promise.all(Array.from({ length: 5 }, () => makeUser()));
    const { id: discussionId } = await makeDiscussion();
    const root = await createComment(asActor(users[0]!), { discussionId, body: "root" });
    const parent = await createComment(asActor(users[1]!), { discussionId, parentId: root.id, body: "parent" });
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        createComment(asActor(users[i % 5]!), { discussionId, parentId: parent.id, body: `reply ${i}` }),
      ),
    );
    const paths = new Set(replies.map((r) => r.path.join(".")));
    expect(paths.size).toBe(50);
    for (const r of replies) expect(r.path.slice(0, 2)).toEqual([root.id, parent.id]);
    expect(await db.comment.findUniqueOrThrow({ where: { id: parent.id } })).toMatchObject({
      replyCount: 50,
      descendantCount: 50,
    });
    expect(await db.comment.findUniqueOrThrow({ where: { id: root.id } })).toMatchObject({
      replyCount: 1,
      descendantCount: 51,
    });
    expect((await db.discussion.findUniqueOrThrow({ where: { id: discussionId } })).commentCount).toBe(52);
  });
});
