import crypto from "node:crypto";
import { expect, test } from "./fixtures";
import { sql } from "./helpers";

// Hiding a button is never the protection: every moderation action, posted straight to its
// address by someone the policy does not allow, is refused on the server and changes nothing.

type Person = { id: string; cookie: string };

async function person(tag: string, key: string, role: string, suspended = false): Promise<Person> {
  const id = `forged-${tag}-${key}`;
  await sql(
    `INSERT INTO "User" (id, email, "displayName", "passwordHash", role, "suspendedUntil")
     VALUES ($1, $2, $3, 'no-password', $4::"Role", $5)`,
    [id, `${id}@test.example`, `Forged ${key} ${tag}`, role, suspended ? new Date(Date.now() + 86_400_000) : null],
  );
  const token = crypto.randomBytes(32).toString("hex");
  await sql(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
    [`${id}-s`, token, id],
  );
  return { id, cookie: `next-auth.session-token=${token}` };
}

test("forged moderation posts are refused and change nothing", async ({ request, baseURL }) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const [author, reader, mod, suspended, target] = await Promise.all([
    person(tag, "author", "READER"),
    person(tag, "reader", "READER"),
    person(tag, "mod", "MODERATOR"),
    person(tag, "suspended", "READER", true),
    person(tag, "target", "MODERATOR"),
  ]);
  const [d] = await sql<{ id: number }>(`INSERT INTO "Discussion" DEFAULT VALUES RETURNING id`);
  const [c] = await sql<{ id: number }>(
    `WITH n AS (SELECT nextval(pg_get_serial_sequence('"Comment"', 'id'))::int AS id)
     INSERT INTO "Comment" (id, "discussionId", "authorId", depth, path, body, "bodyHtml")
     SELECT n.id, $1, $2, 0, ARRAY[n.id], 'text', '<p>text</p>' FROM n RETURNING id`,
    [d!.id, author.id],
  );
  await sql(`INSERT INTO "Report" ("commentId", "reporterId", reason, snapshot) VALUES ($1, $2, 'SPAM', 'text')`, [
    c!.id,
    mod.id,
  ]);
  const id = c!.id;

  const cases: { who: string; as: Person | null; path: string; form: Record<string, string>; status: number }[] = [
    { who: "a reader removing", as: reader, path: `/comments/${id}/remove`, form: { reason: "SPAM" }, status: 403 },
    { who: "a guest removing", as: null, path: `/comments/${id}/remove`, form: { reason: "SPAM" }, status: 401 },
    { who: "a moderator restoring a visible comment", as: mod, path: `/comments/${id}/restore`, form: {}, status: 403 },
    { who: "a moderator approving a visible comment", as: mod, path: `/comments/${id}/approve`, form: {}, status: 403 },
    {
      who: "a reader rejecting the reports",
      as: reader,
      path: `/comments/${id}/reject-reports`,
      form: {},
      status: 403,
    },
    {
      who: "the author reporting their own comment",
      as: author,
      path: `/comments/${id}/report`,
      form: { reason: "SPAM" },
      status: 403,
    },
    // A suspended user's session is refused outright: they are signed out.
    {
      who: "a suspended user reporting",
      as: suspended,
      path: `/comments/${id}/report`,
      form: { reason: "SPAM" },
      status: 401,
    },
    {
      who: "a reader locking",
      as: reader,
      path: `/mod/discussions/${d!.id}/lock`,
      form: { state: "locked" },
      status: 403,
    },
    {
      who: "a reader suspending",
      as: reader,
      path: `/mod/users/${target.id}/suspend`,
      form: { intent: "suspend", length: "1d", reason: "x" },
      status: 403,
    },
    {
      who: "a moderator suspending a moderator",
      as: mod,
      path: `/mod/users/${target.id}/suspend`,
      form: { intent: "suspend", length: "1d", reason: "x" },
      status: 403,
    },
    {
      who: "a moderator changing a role",
      as: mod,
      path: `/mod/users/${target.id}/role`,
      form: { role: "ADMIN" },
      status: 403,
    },
  ];
  for (const k of cases) {
    const res = await request.post(k.path, {
      headers: { origin: baseURL!, accept: "application/json", ...(k.as ? { cookie: k.as.cookie } : {}) },
      form: { returnTo: "/", ...k.form },
      maxRedirects: 0,
    });
    expect.soft(res.status(), k.who).toBe(k.status);
  }

  const [after] = await sql<{
    status: string;
    locked: boolean;
    role: string;
    suspended: boolean;
    open: number;
    actions: number;
  }>(
    `SELECT c.status::text AS status, d."lockedAt" IS NOT NULL AS locked,
            (SELECT role::text FROM "User" WHERE id = $3) AS role,
            (SELECT "suspendedUntil" IS NOT NULL FROM "User" WHERE id = $3) AS suspended,
            (SELECT count(*)::int FROM "Report" WHERE "commentId" = c.id AND status = 'OPEN') AS open,
            (SELECT count(*)::int FROM "ModAction" WHERE "targetCommentId" = c.id OR "targetUserId" = $3 OR "discussionId" = d.id) AS actions
     FROM "Comment" c JOIN "Discussion" d ON d.id = c."discussionId" WHERE c.id = $1 AND d.id = $2`,
    [id, d!.id, target.id],
  );
  expect(after).toEqual({ status: "VISIBLE", locked: false, role: "MODERATOR", suspended: false, open: 1, actions: 0 });
});
