import crypto from "node:crypto";
import { type APIRequestContext } from "@playwright/test";
import { QUERY_COUNTER_PORT } from "../playwright.config";
import { expect, test } from "./fixtures";
import { makePerson, sql, type Person } from "./helpers";

// Every write expires every cached guest page that shows what it changed. Each test loads the
// guest pages first and checks they are served from the cache (no SQL statement), makes the
// change through the real form route as staff, and loads them again as a guest.

const PREFIX = "expiry";

/** A guest's GET, and how many SQL statements the server ran for it (0: from the cache). */
async function guestGet(request: APIRequestContext, path: string) {
  const read = async () =>
    ((await (await request.get(`http://127.0.0.1:${QUERY_COUNTER_PORT}/`)).json()) as { count: number }).count;
  const before = await read();
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return { statements: (await read()) - before, html: await res.text() };
}

/** Loads the page twice as a guest: the second time it must come from the cache. */
async function cachedGuestPage(request: APIRequestContext, path: string) {
  const first = await guestGet(request, path);
  expect((await guestGet(request, path)).statements, `${path} is cached`).toBe(0);
  return first.html;
}

/** A staff member's form post, as a plain browser form (no JavaScript) sends it. */
async function post(request: APIRequestContext, baseURL: string, who: Person, path: string, form: object) {
  const res = await request.post(path, {
    form: form as Record<string, string>,
    headers: { cookie: `${who.cookie.name}=${who.cookie.value}`, origin: baseURL },
    maxRedirects: 0,
  });
  expect(res.status(), `${path}: ${(await res.text()).slice(0, 300)}`).toBe(303);
}

async function makeArticle(tag: string, authorId: string) {
  const slug = `${PREFIX}-${tag}`;
  const [row] = await sql<{ id: string; discussionId: number; categorySlug: string }>(
    `WITH d AS (INSERT INTO "Discussion" DEFAULT VALUES RETURNING id),
          c AS (SELECT id, slug FROM "Category" ORDER BY slug LIMIT 1)
     INSERT INTO "Article" (id, slug, title, excerpt, highlights, body, "categoryId", "authorId", "publishedAt", "discussionId")
     SELECT 'expiry' || $2, $1, 'Expiry article ' || $2, 'An excerpt of the test article.', ARRAY['One', 'Two', 'Three'], 'Body.', c.id, $3, now(), d.id
     FROM d, c
     RETURNING id, "discussionId", (SELECT slug FROM c) AS "categorySlug"`,
    [slug, tag, authorId],
  );
  return { ...row!, slug, path: `/articles/${slug}` };
}

async function makeForumCategory(tag: string) {
  const [row] = await sql<{ id: string; slug: string }>(
    `INSERT INTO "ForumCategory" (id, slug, name, description, position)
     VALUES ($1, $1, 'Expiry category ' || $2, 'For cache expiry tests.', 99) RETURNING id, slug`,
    [`${PREFIX}-${tag}`, tag],
  );
  return row!;
}

async function makeThread(tag: string, authorId: string, categoryId: string, articleId: string | null = null) {
  const slug = `${PREFIX}-thread-${tag}`;
  const [row] = await sql<{ id: number; discussionId: number }>(
    `WITH d AS (INSERT INTO "Discussion" DEFAULT VALUES RETURNING id)
     INSERT INTO "Thread" (slug, title, "categoryId", "authorId", "discussionId", "articleId", body, "bodyHtml", tags)
     SELECT $1, 'Expiry thread ' || $2, $3, $4, d.id, $5, 'Opening post.', '<p>Opening post.</p>', ARRAY[]::text[]
     FROM d RETURNING id, "discussionId"`,
    [slug, tag, categoryId, authorId, articleId],
  );
  return { ...row!, path: `/forum/t/${row!.id}-${slug}` };
}

/** A comment by `who`, through the comment form. */
async function comment(request: APIRequestContext, baseURL: string, who: Person, discussionId: number, body: string) {
  await post(request, baseURL, who, "/comments", {
    discussionId: String(discussionId),
    body,
    requestKey: crypto.randomUUID(),
    returnTo: "/",
  });
}

test("a role change shows the new badge on every guest page that shows the person", async ({ request, baseURL }) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const admin = await makePerson(PREFIX, tag, "admin", "ADMIN");
  const reader = await makePerson(PREFIX, tag, "reader");
  // The reader wrote an article, a comment under it, a thread and a reply in another thread
  // (a thread's author stays one after a change of role: the seed has such rows too).
  const article = await makeArticle(tag, reader.id);
  const category = await makeForumCategory(tag);
  const own = await makeThread(`${tag}-own`, reader.id, category.id);
  const other = await makeThread(`${tag}-other`, admin.id, category.id);
  await comment(request, baseURL!, reader, article.discussionId, `Reader's comment ${tag}`);
  await comment(request, baseURL!, reader, other.discussionId, `Reader's reply ${tag}`);

  // The name's link, then the badge (a comment's byline closes a <b> between them).
  const badge = new RegExp(
    `<a href="/users/${reader.id}">${reader.name}</a>(</b>)? <span class="role-badge role-badge--moderator">Moderator</span>`,
  );
  const pages = [article.path, own.path, other.path, `/forum/${category.slug}`, `/category/${article.categorySlug}`];
  for (const path of pages) {
    const html = await cachedGuestPage(request, path);
    expect(html, path).toContain(`>${reader.name}</a>`);
    expect(html, path).not.toMatch(badge);
  }

  await post(request, baseURL!, admin, `/mod/users/${reader.id}/role`, {
    role: "MODERATOR",
    returnTo: `/mod/users/${reader.id}`,
  });

  for (const path of pages) expect((await guestGet(request, path)).html, path).toMatch(badge);
});

test("a forum category's new name shows on its threads' guest pages", async ({ request, baseURL }) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const admin = await makePerson(PREFIX, tag, "admin", "ADMIN");
  const category = await makeForumCategory(tag);
  const thread = await makeThread(tag, admin.id, category.id);
  const reply = await makeThread(`${tag}-b`, admin.id, category.id);
  await comment(request, baseURL!, admin, reply.discussionId, `A reply ${tag}`);
  const [replyRow] = await sql<{ id: number }>(`SELECT id FROM "Comment" WHERE "discussionId" = $1`, [
    reply.discussionId,
  ]);
  const pages = [thread.path, reply.path, `/forum`, `/forum/${category.slug}`];
  for (const path of pages) expect(await cachedGuestPage(request, path), path).toContain(`Expiry category ${tag}`);
  // A reply's own page (route-cached like the thread) does not name the category: it stays cached.
  const replyPage = `${reply.path}/comments/${replyRow!.id}`;
  await cachedGuestPage(request, replyPage);

  await post(request, baseURL!, admin, "/forum/categories", {
    id: category.id,
    name: `Renamed category ${tag}`,
    slug: category.slug,
    description: "For cache expiry tests.",
  });

  for (const path of pages) {
    const { html } = await guestGet(request, path);
    expect(html, path).toContain(`Renamed category ${tag}`);
    expect(html, path).not.toContain(`Expiry category ${tag}`);
  }
  expect((await guestGet(request, replyPage)).statements, "the reply's page stays cached").toBe(0);
});

test("an article's new title and address show on the forum threads about it", async ({ request, baseURL }) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const analyst = await makePerson(PREFIX, tag, "analyst", "ANALYST");
  const article = await makeArticle(tag, analyst.id);
  const category = await makeForumCategory(tag);
  const thread = await makeThread(tag, analyst.id, category.id, article.id);
  expect(await cachedGuestPage(request, thread.path)).toContain(
    `About the article: <a href="/articles/${article.slug}">Expiry article ${tag}</a>`,
  );

  await post(request, baseURL!, analyst, `/newsroom/${article.id}`, {
    title: `Retitled article ${tag}`,
    slug: `${article.slug}-moved`,
    category: article.categorySlug,
    excerpt: "An excerpt of the test article.",
    highlights: "One\nTwo\nThree",
    body: "Body.",
    tags: "",
    intent: "publish",
  });

  expect((await guestGet(request, thread.path)).html).toContain(
    `About the article: <a href="/articles/${article.slug}-moved">Retitled article ${tag}</a>`,
  );
});

test("a thread's new title shows on the guest page of the article it is about", async ({ request, baseURL }) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const analyst = await makePerson(PREFIX, tag, "analyst", "ANALYST");
  const article = await makeArticle(tag, analyst.id);
  const category = await makeForumCategory(tag);
  const thread = await makeThread(tag, analyst.id, category.id, article.id);
  expect(await cachedGuestPage(request, article.path)).toContain(`>Expiry thread ${tag}</a>`);

  await post(request, baseURL!, analyst, `/forum/t/${thread.id}/edit`, {
    title: `Retitled thread ${tag}`,
    body: "Opening post.",
  });

  const { html } = await guestGet(request, article.path);
  expect(html).toContain(`>Retitled thread ${tag}</a>`);
  expect(html).not.toContain(`>Expiry thread ${tag}</a>`);
});
