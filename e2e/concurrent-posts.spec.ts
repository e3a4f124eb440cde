import crypto from "node:crypto";
import { expect, test } from "./fixtures";
import { sql } from "./helpers";

// 100 readers post at once through the plain (no-JavaScript) comment form of the production
// build: 50 new comments and 50 replies to one comment 8 levels deep, while the page is read.
const WRITERS = 10;
const POSTS = 100;

/** The hidden fields of the page's comment form, as a browser without JavaScript would send them. */
function commentFormFields(html: string): [string, string][] {
  const form = html.match(/<form[^>]*aria-labelledby="reply-title"[^>]*>([\s\S]*?)<\/form>/)?.[1];
  if (!form) throw new Error("no comment form on the page");
  const unescape = (v: string) =>
    v
      .replaceAll("&quot;", '"')
      .replaceAll("&#x27;", "'")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&amp;", "&");
  return [...form.matchAll(/<input\s+type="hidden"\s+name="([^"]+)"(?:\s+value="([^"]*)")?\s*\/?>/g)].map((m) => [
    unescape(m[1]!),
    unescape(m[2] ?? ""),
  ]);
}

test("100 simultaneous form posts: every one is saved, counts exact, paths unique", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const tag = crypto.randomBytes(4).toString("hex");
  // Readers of their own, each with a session, so no other test's rate limits are shared.
  const cookies: string[] = [];
  for (let i = 0; i < WRITERS; i++) {
    const [user] = await sql<{ id: string }>(
      `INSERT INTO "User" (id, email, "displayName", "passwordHash") VALUES ($1, $2, $3, 'no-password') RETURNING id`,
      [`load-${tag}-${i}`, `load-${tag}-${i}@test.example`, `Load Reader ${i} ${tag}`],
    );
    const token = crypto.randomBytes(32).toString("hex");
    await sql(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
      [`load-session-${tag}-${i}`, token, user!.id],
    );
    cookies.push(`next-auth.session-token=${token}`);
  }
  // An article of its own, with a chain of comments 8 levels deep, so the seeded discussions
  // other tests read keep their shape.
  const [article] = await sql<{ slug: string; discussionId: number }>(
    `WITH d AS (INSERT INTO "Discussion" DEFAULT VALUES RETURNING id)
     INSERT INTO "Article" (id, slug, title, excerpt, highlights, body, "categoryId", "authorId", "publishedAt", "discussionId")
     SELECT $1, $1, 'Load test ' || $1, 'Load test', ARRAY['One', 'Two', 'Three'], 'Body.',
            (SELECT id FROM "Category" LIMIT 1), $2, now(), d.id FROM d
     RETURNING slug, "discussionId"`,
    [`load-${tag}`, `load-${tag}-0`],
  );
  let deep = { id: 0, discussionId: article!.discussionId };
  let path: number[] = [];
  for (let depth = 0; depth < 8; depth++) {
    const [row] = await sql<{ id: number }>(
      `WITH n AS (SELECT nextval(pg_get_serial_sequence('"Comment"', 'id'))::int AS id)
       INSERT INTO "Comment" (id, "discussionId", "parentId", "authorId", depth, path, body, "bodyHtml")
       SELECT n.id, $1, $2, $3, $4, $5::int[] || n.id, $6, '<p>' || $6 || '</p>' FROM n
       RETURNING id`,
      [deep.discussionId, depth ? deep.id : null, `load-${tag}-1`, depth, path, `Level ${depth}`],
    );
    await sql(
      `UPDATE "Comment" SET "descendantCount" = "descendantCount" + 1,
         "replyCount" = "replyCount" + CASE WHEN id = $2 THEN 1 ELSE 0 END WHERE id = ANY($1::int[])`,
      [path, deep.id],
    );
    deep = { ...deep, id: row!.id };
    path = [...path, row!.id];
  }
  await sql(`UPDATE "Discussion" SET "commentCount" = 8 WHERE id = $1`, [deep.discussionId]);
  const counts = async () =>
    (
      await sql<{ comments: number; replies: number; descendants: number }>(
        `SELECT d."commentCount" AS comments, c."replyCount" AS replies, c."descendantCount" AS descendants
         FROM "Discussion" d JOIN "Comment" c ON c.id = $1 WHERE d.id = $2`,
        [deep.id, deep.discussionId],
      )
    )[0]!;
  const before = await counts();

  const page = `${baseURL}/articles/${article!.slug}`;
  const topForm = commentFormFields(await (await fetch(page, { headers: { cookie: cookies[0]! } })).text());
  // The deep comment's own page, whose form replies to it.
  const threadPage = `${page}/comments/${deep.id}`;
  const replyForm = commentFormFields(await (await fetch(threadPage, { headers: { cookie: cookies[0]! } })).text());
  expect(replyForm).toContainEqual(["parentId", String(deep.id)]);

  const post = (i: number) => {
    const body = new FormData();
    for (const [name, value] of i % 2 ? replyForm : topForm) body.append(name, value);
    // Each submission is its own form: its own idempotency key.
    body.set("requestKey", crypto.randomUUID());
    body.set("body", `Load post ${i} ${tag}`);
    return fetch(`${baseURL}/comments`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { cookie: cookies[i % WRITERS]!, origin: baseURL! },
    }).then((r) => r.status);
  };
  const readers = Array.from({ length: 20 }, () => fetch(page).then((r) => r.status));
  const statuses = await Promise.all(Array.from({ length: POSTS }, (_, i) => post(i)));
  expect(await Promise.all(readers)).toEqual(Array(20).fill(200));

  // A saved no-JavaScript post answers with a redirect to the comment.
  expect(statuses).toEqual(Array(POSTS).fill(303));
  const rows = await sql<{ path: number[] }>(`SELECT path FROM "Comment" WHERE body LIKE $1`, [`Load post % ${tag}`]);
  expect(rows).toHaveLength(POSTS);
  expect(new Set(rows.map((r) => r.path.join("."))).size).toBe(POSTS);
  expect(await counts()).toEqual({
    comments: before.comments + POSTS,
    replies: before.replies + POSTS / 2,
    descendants: before.descendants + POSTS / 2,
  });
});
