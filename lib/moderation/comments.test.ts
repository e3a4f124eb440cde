import { beforeEach, describe, expect, it } from "vitest";
import { createComment } from "@/lib/comments/create-comment";
import { deleteComment } from "@/lib/comments/delete-comment";
import { NotFoundError } from "@/lib/comments/errors";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/policy";
import { asActor, makeDiscussion, makeUser, resetDb } from "@/test/db";
import { approveComment } from "./approve-comment";
import { countOpenItems, decodeQueueCursor, listQueue, QUEUE_PAGE } from "./list-queue";
import { listLog } from "./list-log";
import { setDiscussionLock } from "./lock-discussion";
import { rejectReports } from "./reject-reports";
import { removeComment } from "./remove-comment";
import { AlreadyReportedError, reportComment } from "./report-comment";
import { restoreComment } from "./restore-comment";

beforeEach(resetDb);

async function setUp() {
  const [author, reader, other, mod, suspended] = await Promise.all([
    makeUser("READER"),
    makeUser("READER"),
    makeUser("READER"),
    makeUser("MODERATOR"),
    makeUser("READER", { suspendedUntil: new Date(Date.now() + 86_400_000) }),
  ]);
  const { id: discussionId } = await makeDiscussion();
  const parent = await createComment(asActor(author), { discussionId, body: "original text" });
  const reply = await createComment(asActor(other), { discussionId, parentId: parent.id, body: "a reply" });
  return {
    author: asActor(author),
    reader: asActor(reader),
    other: asActor(other),
    mod: asActor(mod),
    suspended: asActor(suspended),
    discussionId,
    parent,
    reply,
  };
}

const count = async (id: number) => (await db.discussion.findUniqueOrThrow({ where: { id } })).commentCount;

describe("reports, removal and restore", () => {
  it("a report keeps the text as it was; one per reader; never on one's own or a removed comment", async () => {
    const s = await setUp();
    await reportComment(s.reader, { commentId: s.parent.id, reason: "SPAM", detail: "ads" });
    await db.comment.update({ where: { id: s.parent.id }, data: { body: "edited later" } });
    const [r] = await db.report.findMany({ where: { commentId: s.parent.id } });
    expect(r).toMatchObject({ snapshot: "original text", status: "OPEN", reason: "SPAM", detail: "ads" });
    await expect(reportComment(s.reader, { commentId: s.parent.id, reason: "SPAM" })).rejects.toBeInstanceOf(
      AlreadyReportedError,
    );
    await expect(reportComment(s.author, { commentId: s.parent.id, reason: "SPAM" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(reportComment(s.suspended, { commentId: s.parent.id, reason: "SPAM" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await removeComment(s.mod, { commentId: s.reply.id, reason: "OFF_TOPIC" });
    await expect(reportComment(s.reader, { commentId: s.reply.id, reason: "SPAM" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("removal keeps the replies, moves the count, closes the reports and logs, all at once; restore undoes it", async () => {
    const s = await setUp();
    await reportComment(s.reader, { commentId: s.parent.id, reason: "HARASSMENT" });
    await reportComment(s.other, { commentId: s.parent.id, reason: "SPAM" });
    expect(await countOpenItems()).toBe(1);
    expect(await count(s.discussionId)).toBe(2);

    await removeComment(s.mod, { commentId: s.parent.id, reason: "HARASSMENT", note: "second warning" });
    const removed = await db.comment.findUniqueOrThrow({ where: { id: s.parent.id } });
    expect(removed).toMatchObject({
      status: "REMOVED_BY_MODERATOR",
      removalReason: "HARASSMENT",
      removedById: s.mod!.id,
    });
    expect(removed.replyCount).toBe(1);
    expect(await db.comment.findUnique({ where: { id: s.reply.id } })).not.toBeNull();
    expect(await count(s.discussionId)).toBe(1);
    expect(await db.report.count({ where: { commentId: s.parent.id, status: "RESOLVED" } })).toBe(2);
    expect(await countOpenItems()).toBe(0);

    await restoreComment(s.mod, s.parent.id);
    expect(await db.comment.findUniqueOrThrow({ where: { id: s.parent.id } })).toMatchObject({
      status: "VISIBLE",
      removalReason: null,
      removedById: null,
    });
    expect(await count(s.discussionId)).toBe(2);
    const { entries } = await listLog(s.mod, {});
    expect(entries.map((e) => e.action)).toEqual(["RESTORE", "REMOVE"]);
    expect(entries[1]).toMatchObject({ reason: "Harassment or abuse: second warning", targetCommentId: s.parent.id });
  });

  it("refuses forged actions and writes nothing: a reader removing, a moderator restoring a visible comment, a reader rejecting reports", async () => {
    const s = await setUp();
    await reportComment(s.reader, { commentId: s.parent.id, reason: "SPAM" });
    await expect(removeComment(s.reader, { commentId: s.parent.id, reason: "SPAM" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(restoreComment(s.mod, s.parent.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approveComment(s.mod, s.parent.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(rejectReports(s.reader, { commentId: s.parent.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeComment(s.mod, { commentId: 999_999, reason: "SPAM" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.comment.findUniqueOrThrow({ where: { id: s.parent.id } })).toMatchObject({ status: "VISIBLE" });
    expect(await db.modAction.count()).toBe(0);
    expect(await db.report.count({ where: { status: "OPEN" } })).toBe(1);
  });

  it("rejecting the reports closes them with the note and leaves the comment", async () => {
    const s = await setUp();
    await reportComment(s.reader, { commentId: s.parent.id, reason: "MISINFORMATION" });
    await rejectReports(s.mod, { commentId: s.parent.id, note: "Sourced claim" });
    expect(await db.report.findFirstOrThrow({ where: { commentId: s.parent.id } })).toMatchObject({
      status: "REJECTED",
      note: "Sourced claim",
      resolverId: s.mod!.id,
    });
    await expect(rejectReports(s.mod, { commentId: s.parent.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the queue groups reports per comment with the count, reasons, reporters and snapshot", async () => {
    const s = await setUp();
    await reportComment(s.reader, { commentId: s.parent.id, reason: "SPAM" });
    await reportComment(s.other, { commentId: s.parent.id, reason: "OFF_TOPIC" });
    await reportComment(s.reader, { commentId: s.reply.id, reason: "SPAM" });
    const q = await listQueue(s.mod);
    expect(q.reported.items.map((r) => r.commentId)).toEqual([s.reply.id, s.parent.id]);
    const p = q.reported.items[1]!;
    expect(p.reportCount).toBe(2);
    expect([...p.reasons].sort()).toEqual(["OFF_TOPIC", "SPAM"]);
    expect(p.reports.map((r) => r.snapshot)).toEqual(["original text", "original text"]);
  });
});

describe("queue paging", () => {
  it("a page holds at most QUEUE_PAGE comments; the cursor leads to the rest, none twice", async () => {
    const s = await setUp();
    const ids: number[] = [];
    for (let i = 0; i < QUEUE_PAGE + 1; i++) {
      const c = await createComment(s.author, { discussionId: s.discussionId, body: `reported ${i}` });
      await reportComment(s.reader, { commentId: c.id, reason: "SPAM" });
      ids.push(c.id);
    }
    const first = await listQueue(s.mod);
    expect(first.reported.items).toHaveLength(QUEUE_PAGE);
    expect(first.reported.next).not.toBeNull();
    const second = await listQueue(s.mod, { section: "reports", cursor: decodeQueueCursor(first.reported.next) });
    expect(second.held.items).toEqual([]);
    const seen = [...first.reported.items, ...second.reported.items].map((r) => r.commentId);
    expect(seen.sort((a, b) => a - b)).toEqual(ids);
    expect(second.reported.next).toBeNull();
  });
});

describe("locks and held posts", () => {
  it("a locked discussion refuses comments and replies, from anyone, until unlocked; both are logged", async () => {
    const s = await setUp();
    await setDiscussionLock(s.mod, { discussionId: s.discussionId, locked: true });
    await expect(createComment(s.reader, { discussionId: s.discussionId, body: "late" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      createComment(s.mod, { discussionId: s.discussionId, parentId: s.parent.id, body: "late reply" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setDiscussionLock(s.reader, { discussionId: s.discussionId, locked: false })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await setDiscussionLock(s.mod, { discussionId: s.discussionId, locked: false });
    await createComment(s.reader, { discussionId: s.discussionId, body: "open again" });
    expect(await count(s.discussionId)).toBe(3);
    expect((await listLog(s.mod, {})).entries.map((e) => e.action)).toEqual(["UNLOCK", "LOCK"]);
  });

  it("approving a held post makes it visible and counted", async () => {
    const s = await setUp();
    // A brand-new account's first post with a link is held (lib/abuse/new-accounts.ts).
    const newcomer = asActor(await makeUser());
    const held = await createComment(newcomer, {
      discussionId: s.discussionId,
      parentId: s.parent.id,
      body: "see https://example.com/offer",
    });
    expect(await countOpenItems()).toBe(1);
    expect(await count(s.discussionId)).toBe(2);
    await approveComment(s.mod, held.id);
    expect(await db.comment.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({ status: "VISIBLE" });
    expect(await db.comment.findUniqueOrThrow({ where: { id: s.parent.id } })).toMatchObject({ replyCount: 2 });
    expect(await count(s.discussionId)).toBe(3);
    expect(await countOpenItems()).toBe(0);
  });

  it("an author may delete a comment whose only reply is held: it stays as a placeholder for that reply", async () => {
    const s = await setUp();
    const newcomer = asActor(await makeUser());
    const held = await createComment(newcomer, {
      discussionId: s.discussionId,
      parentId: s.reply.id,
      body: "see https://example.com/offer",
    });
    await deleteComment(s.other, s.reply.id);
    expect(await db.comment.findUniqueOrThrow({ where: { id: s.reply.id } })).toMatchObject({
      status: "DELETED_BY_AUTHOR",
    });
    expect(await db.comment.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({ status: "PENDING_REVIEW" });
  });
});
