import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EDIT_WINDOW_MS, ForbiddenError } from "@/lib/policy";
import { asActor, makeDiscussion, makeUser, resetDb } from "@/test/db";
import { createComment } from "./create-comment";
import { deleteComment } from "./delete-comment";
import { editComment } from "./edit-comment";
import { listRevisions } from "./list-revisions";
import { setVote } from "./set-vote";

beforeEach(resetDb);

async function counts(discussionId: number) {
  const d = await db.discussion.findUniqueOrThrow({ where: { id: discussionId } });
  const rows = await db.comment.findMany({ where: { discussionId }, orderBy: { id: "asc" } });
  return { commentCount: d.commentCount, rows: new Map(rows.map((r) => [r.id, r])) };
}

describe("editComment", () => {
  it("lets the author edit, marks it edited and keeps every version with who and when", async () => {
    const author = asActor(await makeUser());
    const { id: discussionId } = await makeDiscussion();
    const c = await createComment(author, { discussionId, body: "first" });
    await editComment(author, { commentId: c.id, body: "second **bold**" });
    await editComment(author, { commentId: c.id, body: "third" });
    const row = await db.comment.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.body).toBe("third");
    expect(row.bodyHtml).toBe("<p>third</p>");
    expect(row.editedAt).not.toBeNull();
    const history = await listRevisions(c.id);
    expect(history.map((h) => h.bodyHtml)).toEqual([
      "<p>third</p>",
      "<p>second <strong>bold</strong></p>",
      "<p>first</p>",
    ]);
    expect(new Set(history.map((h) => h.editorName)).size).toBe(1);
  });

  it("refuses other users, and the author after the window", async () => {
    const author = asActor(await makeUser());
    const mod = asActor(await makeUser("MODERATOR"));
    const { id: discussionId } = await makeDiscussion();
    const c = await createComment(author, { discussionId, body: "mine" });
    await expect(editComment(mod, { commentId: c.id, body: "theirs" })).rejects.toBeInstanceOf(ForbiddenError);
    await db.comment.update({ where: { id: c.id }, data: { createdAt: new Date(Date.now() - EDIT_WINDOW_MS - 1000) } });
    await expect(editComment(author, { commentId: c.id, body: "late" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.comment.findUniqueOrThrow({ where: { id: c.id } })).body).toBe("mine");
    expect(await db.commentRevision.count()).toBe(0);
  });
});

describe("deleteComment", () => {
  it("removes a comment without replies and fixes every count", async () => {
    const u = asActor(await makeUser());
    const { id: discussionId } = await makeDiscussion();
    const a = await createComment(u, { discussionId, body: "a" });
    const b = await createComment(u, { discussionId, parentId: a.id, body: "b" });
    await deleteComment(u, b.id);
    const { commentCount, rows } = await counts(discussionId);
    expect(rows.has(b.id)).toBe(false);
    expect(rows.get(a.id)).toMatchObject({ replyCount: 0, descendantCount: 0 });
    expect(commentCount).toBe(1);
  });

  it("leaves a [deleted] placeholder when there are replies, and tidies it away with its last reply", async () => {
    const u = asActor(await makeUser());
    const other = asActor(await makeUser());
    const { id: discussionId } = await makeDiscussion();
    const a = await createComment(u, { discussionId, body: "a" });
    const b = await createComment(u, { discussionId, parentId: a.id, body: "b" });
    const c = await createComment(other, { discussionId, parentId: b.id, body: "c" });

    await deleteComment(u, b.id);
    let state = await counts(discussionId);
    expect(state.rows.get(b.id)).toMatchObject({ status: "DELETED_BY_AUTHOR", body: "", bodyHtml: "" });
    expect(state.rows.get(a.id)).toMatchObject({ replyCount: 1, descendantCount: 2 });
    expect(state.commentCount).toBe(2);

    await deleteComment(other, c.id); // the placeholder has nothing left to hold
    state = await counts(discussionId);
    expect([...state.rows.keys()]).toEqual([a.id]);
    expect(state.rows.get(a.id)).toMatchObject({ replyCount: 0, descendantCount: 0 });
    expect(state.commentCount).toBe(1);
  });

  it("refuses anyone but the author", async () => {
    const u = asActor(await makeUser());
    const admin = asActor(await makeUser("ADMIN"));
    const { id: discussionId } = await makeDiscussion();
    const a = await createComment(u, { discussionId, body: "a" });
    await expect(deleteComment(admin, a.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteComment(null, a.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await counts(discussionId)).commentCount).toBe(1);
  });
});

describe("setVote", () => {
  it("upvotes once however often asked, takes it back, and refuses the author's own comment", async () => {
    const author = asActor(await makeUser());
    const voter = asActor(await makeUser());
    const { id: discussionId } = await makeDiscussion();
    const c = await createComment(author, { discussionId, body: "a" });
    expect(await setVote(voter, c.id, true)).toMatchObject({ voted: true, score: 1 });
    expect(await setVote(voter, c.id, true)).toMatchObject({ voted: true, score: 1 });
    expect(await setVote(voter, c.id, false)).toMatchObject({ voted: false, score: 0 });
    expect(await setVote(voter, c.id, false)).toMatchObject({ voted: false, score: 0 });
    await expect(setVote(author, c.id, true)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setVote(null, c.id, true)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("keeps the score equal to the votes when 200 vote requests land at once", async () => {
    const author = asActor(await makeUser());
    const voters = await Promise.all(Array.from({ length: 40 }, () => makeUser()));
    const { id: discussionId } = await makeDiscussion();
    const c = await createComment(author, { discussionId, body: "a" });
    // Each voter sends five requests at once: up, up, none, up, then (voters 0-19) none.
    const last = (i: number) => i >= 20;
    await Promise.all(
      voters.flatMap((v, i) => [
        setVote(asActor(v), c.id, true),
        setVote(asActor(v), c.id, true),
        setVote(asActor(v), c.id, false),
        setVote(asActor(v), c.id, true),
        setVote(asActor(v), c.id, last(i)),
      ]),
    );
    const votes = await db.commentVote.count({ where: { commentId: c.id } });
    const { score } = await db.comment.findUniqueOrThrow({ where: { id: c.id } });
    expect(score).toBe(votes);
    // Settled one at a time afterwards, every voter ends where their last request says.
    await Promise.all(voters.map((v, i) => setVote(asActor(v), c.id, last(i))));
    expect(await db.commentVote.count({ where: { commentId: c.id } })).toBe(20);
    expect((await db.comment.findUniqueOrThrow({ where: { id: c.id } })).score).toBe(20);
  });
});
