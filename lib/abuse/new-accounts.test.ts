import { beforeEach, describe, expect, it } from "vitest";
import { createComment } from "@/lib/comments/create-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { TooManyLinksError } from "@/lib/comments/errors";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { approveComment } from "@/lib/moderation/approve-comment";
import { removeComment } from "@/lib/moderation/remove-comment";
import { restoreComment } from "@/lib/moderation/restore-comment";
import { ForbiddenError } from "@/lib/policy";
import { asActor, makeDiscussion, makeUser, resetDb } from "@/test/db";
import { countLinks, isNewAccount, NEW_ACCOUNT, readStanding } from "./new-accounts";

beforeEach(resetDb);

const DAY = 86_400_000;
const THREE_LINKS = "See https://a.example, [b](https://b.example) and www.c.example for more.";
const ONE_LINK = "Background: [USGS](https://www.usgs.gov/) has the numbers.";

/** A fresh reader: created just now, no approved post. */
const newcomer = async () => asActor(await makeUser());

/** A reader who joined two days ago and has 3 approved posts (in a discussion of their own). */
async function established() {
  const u = await makeUser();
  await db.user.update({ where: { id: u.id }, data: { createdAt: new Date(Date.now() - 2 * DAY) } });
  const { id: discussionId } = await makeDiscussion();
  for (const n of [1, 2, 3]) await createComment(asActor(u), { discussionId, body: `earlier post ${n}` });
  return asActor(u);
}

/** Every counter of a discussion, in tree order (ids stripped, so two discussions compare). */
async function counters(discussionId: number) {
  const d = await db.discussion.findUniqueOrThrow({ where: { id: discussionId } });
  const rows = await db.comment.findMany({ where: { discussionId }, orderBy: { id: "asc" } });
  return {
    commentCount: d.commentCount,
    tree: rows.map((r) => ({ depth: r.depth, replyCount: r.replyCount, descendantCount: r.descendantCount })),
  };
}

/** A root and a reply to it, by someone established; the comment under test goes under the reply. */
async function thread() {
  const other = await established();
  const { id: discussionId } = await makeDiscussion();
  const root = await createComment(other, { discussionId, body: "root" });
  const mid = await createComment(other, { discussionId, parentId: root.id, body: "mid" });
  return { discussionId, parentId: mid.id };
}

describe("the rule", () => {
  it("new: younger than 24 hours, or fewer than 3 approved posts; staff and analysts never", () => {
    const now = new Date();
    const old = new Date(now.getTime() - 2 * DAY);
    const young = new Date(now.getTime() - 23 * 3_600_000);
    const of = (role: Role, createdAt: Date, approvedPosts: number) =>
      isNewAccount({ role, createdAt, approvedPosts }, now);
    expect(of("READER", old, 3)).toBe(false);
    expect(of("READER", old, 2)).toBe(true);
    expect(of("READER", young, 3)).toBe(true);
    for (const role of ["ANALYST", "MODERATOR", "ADMIN"] as const) expect(of(role, now, 0)).toBe(false);
    expect(NEW_ACCOUNT).toEqual({ minAgeMs: DAY, approvedPosts: 3, maxLinks: 2 });
  });

  it("counts links that leave the site, autolinked ones included; mentions and site paths do not count", () => {
    expect(
      countLinks('<p><a href="https://a.example" rel="nofollow">a</a> <a href="mailto:x@y.example">m</a></p>'),
    ).toBe(2);
    expect(
      countLinks('<p><a href="/users/abc">@Maya</a> <a href="/comments/4">Maya</a> wrote <a href="#x">x</a></p>'),
    ).toBe(0);
    expect(countLinks('<a href="//evil.example">x</a><a href="/\\evil.example">y</a>')).toBe(2);
  });

  it("reads the standing in one statement: approved posts only (a held or removed post is not one)", async () => {
    const u = await newcomer();
    expect(await readStanding(u)).toEqual({ isNew: true, hasApprovedPost: false });
    const { id: discussionId } = await makeDiscussion();
    await createComment(u, { discussionId, body: ONE_LINK }); // held
    expect(await readStanding(u)).toEqual({ isNew: true, hasApprovedPost: false });
    await createComment(u, { discussionId, body: "no links" });
    expect(await readStanding(u)).toEqual({ isNew: true, hasApprovedPost: true });
    expect(await readStanding(await established())).toEqual({ isNew: false, hasApprovedPost: true });
    expect(await readStanding(asActor(await makeUser("ANALYST")))).toMatchObject({ isNew: false });
  });
});

describe("link limit", () => {
  it("refuses a new account's third link and writes nothing", async () => {
    const u = await newcomer();
    const { id: discussionId } = await makeDiscussion();
    await expect(createComment(u, { discussionId, body: THREE_LINKS })).rejects.toThrow(
      new TooManyLinksError(2).message,
    );
    expect(await db.comment.count({ where: { discussionId } })).toBe(0);
    expect((await counters(discussionId)).commentCount).toBe(0);
    // Two are allowed (held: it is the first post).
    const ok = await createComment(u, { discussionId, body: "https://a.example and https://b.example" });
    expect(ok.status).toBe("PENDING_REVIEW");
  });

  it("lets an established account, an analyst and staff post 3 links", async () => {
    const { id: discussionId } = await makeDiscussion();
    for (const who of [await established(), asActor(await makeUser("ANALYST")), asActor(await makeUser("MODERATOR"))]) {
      const c = await createComment(who, { discussionId, body: THREE_LINKS });
      expect(c.status).toBe("VISIBLE");
    }
    expect((await counters(discussionId)).commentCount).toBe(3);
  });

  it("an account two days old is still new until it has 3 approved posts", async () => {
    const u = await makeUser();
    await db.user.update({ where: { id: u.id }, data: { createdAt: new Date(Date.now() - 2 * DAY) } });
    const { id: discussionId } = await makeDiscussion();
    await createComment(asActor(u), { discussionId, body: "one" });
    await createComment(asActor(u), { discussionId, body: "two" });
    await expect(createComment(asActor(u), { discussionId, body: THREE_LINKS })).rejects.toBeInstanceOf(
      TooManyLinksError,
    );
    await createComment(asActor(u), { discussionId, body: "three" });
    expect((await createComment(asActor(u), { discussionId, body: THREE_LINKS })).status).toBe("VISIBLE");
  });

  it("an edit may not add a third link for a new account, and keeps the text as it was", async () => {
    const u = await newcomer();
    const { id: discussionId } = await makeDiscussion();
    const c = await createComment(u, { discussionId, body: "plain first post" });
    await editComment(u, { commentId: c.id, body: ONE_LINK });
    await expect(editComment(u, { commentId: c.id, body: THREE_LINKS })).rejects.toBeInstanceOf(TooManyLinksError);
    expect(await db.comment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ body: ONE_LINK });

    const e = await established();
    const d = await createComment(e, { discussionId, body: "plain" });
    await editComment(e, { commentId: d.id, body: THREE_LINKS });
    expect(await db.comment.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ body: THREE_LINKS });
  });
});

describe("a new account's first post with a link is held for review", () => {
  it("is written PENDING_REVIEW and moves no counter; nobody can reply to it", async () => {
    const t = await thread();
    const before = await counters(t.discussionId);
    const u = await newcomer();
    const held = await createComment(u, { discussionId: t.discussionId, parentId: t.parentId, body: ONE_LINK });
    expect(held.status).toBe("PENDING_REVIEW");
    expect(await db.comment.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      status: "PENDING_REVIEW",
    });
    const after = await counters(t.discussionId);
    expect(after.commentCount).toBe(before.commentCount);
    expect(after.tree.slice(0, -1)).toEqual(before.tree);
    await expect(
      createComment(await established(), { discussionId: t.discussionId, parentId: held.id, body: "reply" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("first post means no approved post yet: while the first is held, posts with links wait too; one without goes up and ends it", async () => {
    const u = await newcomer();
    const { id: discussionId } = await makeDiscussion();
    expect((await createComment(u, { discussionId, body: ONE_LINK })).status).toBe("PENDING_REVIEW");
    expect((await createComment(u, { discussionId, body: `again: ${ONE_LINK}` })).status).toBe("PENDING_REVIEW");
    expect((await createComment(u, { discussionId, body: "no links at all" })).status).toBe("VISIBLE");
    expect((await createComment(u, { discussionId, body: `now: ${ONE_LINK}` })).status).toBe("VISIBLE");
    expect((await counters(discussionId)).commentCount).toBe(2);
  });

  it("approve moves every counter exactly as the same post by an established account did", async () => {
    const mod = asActor(await makeUser("MODERATOR"));
    const held = await thread();
    const twin = await thread();
    const h = await createComment(await newcomer(), { ...held, body: ONE_LINK });
    await createComment(await established(), { ...twin, body: ONE_LINK });
    expect(await counters(held.discussionId)).not.toEqual(await counters(twin.discussionId));
    await approveComment(mod, h.id);
    expect(await counters(held.discussionId)).toEqual(await counters(twin.discussionId));
    expect(await db.comment.findUniqueOrThrow({ where: { id: h.id } })).toMatchObject({ status: "VISIBLE" });
  });

  it("removing it leaves the count of visible comments alone; a later restore counts it like any post", async () => {
    const mod = asActor(await makeUser("MODERATOR"));
    const held = await thread();
    const twin = await thread();
    const h = await createComment(await newcomer(), { ...held, body: ONE_LINK });
    const tw = await createComment(await established(), { ...twin, body: ONE_LINK });
    const before = await counters(held.discussionId);
    await removeComment(mod, { commentId: h.id, reason: "SPAM" });
    await removeComment(mod, { commentId: tw.id, reason: "SPAM" });
    // Nothing visible came or went…
    expect((await counters(held.discussionId)).commentCount).toBe(before.commentCount);
    // …and the removed post holds its place in the tree like any removed comment.
    expect(await counters(held.discussionId)).toEqual(await counters(twin.discussionId));
    await restoreComment(mod, h.id);
    await restoreComment(mod, tw.id);
    expect(await counters(held.discussionId)).toEqual(await counters(twin.discussionId));
  });
});
