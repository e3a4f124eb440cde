import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/policy";
import { asActor, makeDiscussion, makeUser, resetDb } from "@/test/db";
import { createComment } from "./create-comment";
import { deleteComment } from "./delete-comment";
import { NotFoundError } from "./errors";
import { setVote } from "./set-vote";

beforeEach(resetDb);

/** Every counter recomputed from the rows themselves. */
async function expectExactCounts(discussionId: number) {
  const rows = await db.comment.findMany({ where: { discussionId } });
  const visible = rows.filter((r) => r.status === "VISIBLE").length;
  expect((await db.discussion.findUniqueOrThrow({ where: { id: discussionId } })).commentCount).toBe(visible);
  for (const r of rows) {
    expect(r.path.at(-1)).toBe(r.id);
    expect(r.depth).toBe(r.path.length - 1);
    expect(r.replyCount).toBe(rows.filter((x) => x.parentId === r.id).length);
    expect(r.descendantCount).toBe(rows.filter((x) => x.id !== r.id && x.path.includes(r.id)).length);
    expect(r.score).toBe(await db.commentVote.count({ where: { commentId: r.id } }));
  }
}

describe("comment writes under concurrency", () => {
  it("takes 100 simultaneous posts into one discussion, half of them replies to one deep comment", async () => {
    const users = await Promise.all(Array.from({ length: 10 }, () => makeUser()));
    const { id: discussionId } = await makeDiscussion();
    let parent = await createComment(asActor(users[0]!), { discussionId, body: "root" });
    for (let depth = 1; depth < 8; depth++) {
      parent = await createComment(asActor(users[depth % 10]!), { discussionId, parentId: parent.id, body: "deeper" });
    }
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) =>
        createComment(asActor(users[i % 10]!), {
          discussionId,
          parentId: i % 2 ? parent.id : undefined,
          body: `post ${i}`,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const paths = new Set(results.map((r) => (r.status === "fulfilled" ? r.value.path.join(".") : "")));
    expect(paths.size).toBe(100);
    expect(await db.comment.findUniqueOrThrow({ where: { id: parent.id } })).toMatchObject({
      replyCount: 50,
      descendantCount: 50,
    });
    await expectExactCounts(discussionId);
  });

  it("queues posts behind a writer that holds the discussion row, instead of failing them", async () => {
    const users = await Promise.all(Array.from({ length: 5 }, () => makeUser()));
    const { id: discussionId } = await makeDiscussion();
    // Another transaction holds the hot row for 2.5 s: longer than a pooled connection may be
    // waited for under an interactive transaction (Prisma's maxWait, 2 s), shorter than a
    // statement may run (DB_STATEMENT_TIMEOUT_MS, 5 s).
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    await blocker.query("BEGIN");
    await blocker.query(`SELECT 1 FROM "Discussion" WHERE id = $1 FOR UPDATE`, [discussionId]);
    const release = new Promise((r) => setTimeout(r, 2500)).then(async () => {
      await blocker.query("COMMIT");
      await blocker.end();
    });
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => createComment(asActor(users[i % 5]!), { discussionId, body: `post ${i}` })),
    );
    await release;
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    await expectExactCounts(discussionId);
  });

  it("races deletes with replies and votes on the same comment: only documented outcomes, exact counts", async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => makeUser()));
    const [author, ...others] = users.map(asActor);
    const { id: discussionId } = await makeDiscussion();
    const root = await createComment(others[0]!, { discussionId, body: "root" });
    for (let round = 0; round < 20; round++) {
      const target = await createComment(author!, { discussionId, parentId: root.id, body: `target ${round}` });
      // Even rounds: the target already has a reply, so deleting it leaves a placeholder.
      if (round % 2 === 0) await createComment(others[1]!, { discussionId, parentId: target.id, body: "early" });
      const outcomes = await Promise.allSettled([
        createComment(others[2]!, { discussionId, parentId: target.id, body: "racing reply" }),
        setVote(others[3]!, target.id, true),
        deleteComment(author!, target.id),
        createComment(others[4]!, { discussionId, parentId: target.id, body: "racing reply 2" }),
        setVote(others[0]!, target.id, true),
      ]);
      for (const o of outcomes) {
        // A reply or vote that lost the race is refused as the UI says ("can no longer be
        // replied to"); nothing else may fail.
        if (o.status === "rejected")
          expect(o.reason).toSatisfy((e) => e instanceof NotFoundError || e instanceof ForbiddenError);
      }
      expect(outcomes[2]!.status).toBe("fulfilled");
    }
    await expectExactCounts(discussionId);
  });

  it("writes one comment for a form submitted twice, one after the other or at once", async () => {
    const user = asActor(await makeUser());
    const { id: discussionId } = await makeDiscussion();
    const requestKey = crypto.randomUUID();
    const first = await createComment(user, { discussionId, body: "once", requestKey });
    const again = await createComment(user, { discussionId, body: "once", requestKey });
    expect(again.id).toBe(first.id);

    const racingKey = crypto.randomUUID();
    const racing = await Promise.all(
      Array.from({ length: 5 }, () => createComment(user, { discussionId, body: "racing", requestKey: racingKey })),
    );
    expect(new Set(racing.map((c) => c.id)).size).toBe(1);
    expect(await db.comment.count({ where: { discussionId } })).toBe(2);
    await expectExactCounts(discussionId);
  });
});
