// The benchmark's yardstick: the article page's first page of comments served with nothing
// but node:http and pg. Same rows (the SQL of lib/comments/list-comment-page.ts, as a
// string), same nesting and links, escaped author names, stored bodyHtml; no React, no
// framework, no session lookup, no markdown. The app's req/s as a fraction of this one's
// says how much the framework costs on top of the database work.
//
// Run: DATABASE_URL=… PORT=3301 node bench/baseline-server.mjs   (GET /articles/<slug>, GET /health)
import http from "node:http";
import pg from "pg";
import { limit } from "./limits.mjs";

// The caps of lib/comments/limits.ts (bench/limits.mjs reads them from its source), so the
// two servers never drift apart; bench/run.mjs also checks that both show the same comment ids.
const ROOTS_PER_PAGE = limit("ROOTS_PER_PAGE");
const DISPLAY_DEPTH = limit("DISPLAY_DEPTH");
const REPLIES_PER_PARENT = limit("REPLIES_PER_PARENT");
const MAX_COMMENTS_PER_PAGE = limit("MAX_COMMENTS_PER_PAGE");

// `timestamp without time zone` columns hold UTC (as Prisma writes and reads them).
pg.types.setTypeParser(1114, (s) => new Date(`${s.replace(" ", "T")}Z`));

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const ARTICLE_SQL = `
  SELECT a.slug, a.title, a.highlights, a.body, a."publishedAt", a."discussionId",
         cat.slug AS "categorySlug", cat.name AS "categoryName",
         u."displayName" AS "authorName", d."commentCount"
  FROM "Article" a
  JOIN "Category" cat ON cat.id = a."categoryId"
  JOIN "User" u ON u.id = a."authorId"
  JOIN "Discussion" d ON d.id = a."discussionId"
  WHERE a.slug = $1`;

// lib/comments/list-comment-page.ts for the first page of top-level comments.
const PAGE_SQL = `
  WITH RECURSIVE roots AS (
    SELECT id FROM "Comment"
    WHERE "discussionId" = $1 AND "parentId" IS NULL
    ORDER BY id ASC
    LIMIT $2
  ), page AS (
    SELECT id FROM roots ORDER BY id ASC LIMIT $3
  ), tree AS (
    SELECT c.id, c.path, 0 AS rel FROM "Comment" c WHERE c.id IN (SELECT id FROM page)
    UNION ALL
    SELECT r.id, r.path, t.rel + 1
    FROM tree t CROSS JOIN LATERAL (
      SELECT ch.id, ch.path FROM "Comment" ch
      WHERE ch."parentId" = t.id
      ORDER BY ch.id
      LIMIT ($4::int[])[t.rel + 1]
    ) r
    WHERE t.rel < $5
  ), capped AS (
    SELECT id, path, rel FROM tree ORDER BY rel, path LIMIT $6
  )
  SELECT c.id, c."parentId", c.depth, u."displayName" AS "authorName",
         c."bodyHtml", c.status::text AS status, c."replyCount", c."descendantCount",
         c."createdAt", c."editedAt", (capped.rel = 0) AS "isRoot",
         (SELECT count(*) FROM roots)::int AS "rootsFound"
  FROM capped
  JOIN "Comment" c ON c.id = capped.id
  JOIN "User" u ON u.id = c."authorId"
  ORDER BY capped.path`;

const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s) => String(s).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);

// The app's formats (lib/format.ts), so both pages carry the same text.
const dateFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
const dateTimeFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
const plural = (n, one, many) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** Rows come parents first, in display order: nest them under the page's roots (as lib/comments/build-tree.ts). */
function buildTree(rows) {
  const byId = new Map();
  const roots = [];
  for (const row of rows) {
    const parent = row.isRoot ? undefined : byId.get(row.parentId);
    if (!row.isRoot && !parent) continue; // its parent fell outside the page's cap
    const node = { ...row, level: parent ? parent.level + 1 : 0, children: [] };
    byId.set(row.id, node);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

function renderComment(n, ctx) {
  const visible = n.status === "VISIBLE";
  const hidden = n.replyCount - n.children.length;
  const atDepthLimit = n.level >= DISPLAY_DEPTH - 1;
  const last = n.children[n.children.length - 1];
  const content = visible
    ? `<div class="comment__content">${n.bodyHtml}</div><p class="comment__actions"><a href="${ctx.signInHref}">Log in to Reply</a></p>`
    : `<p class="comment__content comment__content--gone">${n.status === "REMOVED_BY_MODERATOR" ? "[removed by a moderator]" : "[deleted]"}</p>`;
  const children = n.children.length
    ? `<ol class="children">${n.children.map((c) => renderComment(c, ctx)).join("")}</ol>`
    : "";
  let more = "";
  if (atDepthLimit && n.replyCount > 0) {
    more = `<p class="comment__more"><a href="${ctx.threadHref(n.id)}">Continue this thread</a> (${plural(n.descendantCount, "reply", "replies")})</p>`;
  } else if (!atDepthLimit && hidden > 0) {
    more = `<p class="comment__more"><a href="${ctx.threadHref(n.id, last?.id)}">${plural(hidden, "more reply", "more replies")}</a></p>`;
  }
  return (
    `<li class="comment"><article id="comment-${n.id}" class="comment__body" aria-labelledby="comment-${n.id}-author">` +
    `<footer class="comment__meta"><b id="comment-${n.id}-author" class="comment__author">${visible ? esc(n.authorName) : "[deleted]"}</b> ` +
    `<a href="${ctx.pageHref}#comment-${n.id}" class="comment__permalink"><time datetime="${n.createdAt.toISOString()}">${dateTimeFmt.format(n.createdAt)} UTC</time></a>` +
    `${n.editedAt ? '<span class="comment__edited"> (edited)</span>' : ""}</footer>${content}</article>${children}${more}</li>`
  );
}

function renderPage(article, rows) {
  const basePath = `/articles/${article.slug}`;
  const ctx = {
    pageHref: basePath,
    signInHref: `/signin?callbackUrl=${encodeURIComponent(`${basePath}#respond`)}`,
    threadHref: (id, after) => `${basePath}/comments/${id}${after ? `?after=${after}` : ""}`,
  };
  const roots = buildTree(rows);
  const more = (rows[0]?.rootsFound ?? 0) > ROOTS_PER_PAGE;
  const last = roots[roots.length - 1];
  const pager =
    more && last
      ? `<nav class="comment-pager"><a href="${basePath}?after=${last.id}#comments">Newer comments →</a></nav>`
      : "";
  const paragraphs = article.body
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p.trim())}</p>`)
    .join("");
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(article.title)}</title></head><body><main>` +
    `<article class="post"><header class="post__header"><p class="post__category"><a href="/category/${esc(article.categorySlug)}">${esc(article.categoryName)}</a></p>` +
    `<h1>${esc(article.title)}</h1><p class="post__meta"><time datetime="${article.publishedAt.toISOString()}">${dateFmt.format(article.publishedAt)}</time> · by ${esc(article.authorName)}</p></header>` +
    `<section class="highlights"><h2>Highlights</h2><ul>${article.highlights.map((h) => `<li>${esc(h)}</li>`).join("")}</ul></section>` +
    `<div class="post__body">${paragraphs}</div></article>` +
    `<section id="comments" class="comments-area"><h2>${plural(article.commentCount, "Comment", "Comments")}</h2>` +
    (roots.length
      ? `<ol class="comment-list">${roots.map((n) => renderComment(n, ctx)).join("")}</ol>`
      : '<p class="empty">No comments yet.</p>') +
    `${pager}<div id="respond" class="respond"><h2>Leave a Reply</h2><p>You must be <a href="${ctx.signInHref}">logged in</a> to post a comment.</p></div>` +
    `</section></main></body></html>`
  );
}

async function articlePage(slug) {
  const { rows: found } = await pool.query(ARTICLE_SQL, [slug]);
  const article = found[0];
  if (!article) return null;
  const { rows } = await pool.query(PAGE_SQL, [
    article.discussionId,
    ROOTS_PER_PAGE + 1,
    ROOTS_PER_PAGE,
    REPLIES_PER_PARENT,
    DISPLAY_DEPTH - 1,
    MAX_COMMENTS_PER_PAGE,
  ]);
  return renderPage(article, rows);
}

function send(res, status, type, body) {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

let inFlight = 0;
const server = http.createServer(async (req, res) => {
  inFlight++;
  try {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    if (pathname === "/health") {
      await pool.query("select 1");
      return send(res, 200, "application/json", '{"status":"ok"}');
    }
    const match = /^\/articles\/([a-z0-9-]+)$/.exec(pathname);
    const html = match ? await articlePage(match[1]) : null;
    if (html === null) return send(res, 404, "text/plain", "not found");
    send(res, 200, "text/html; charset=utf-8", html);
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : e}`);
    send(res, 500, "text/plain", "error");
  } finally {
    inFlight--;
  }
});

const port = Number(process.env.PORT ?? 3301);
server.listen(port, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${port}`));

// A load run ends by dropping its connections, not its requests: handlers may still wait
// for a pooled connection. Let them finish before the pool closes (at most 3 s).
async function stop() {
  server.close();
  server.closeAllConnections();
  const deadline = Date.now() + 3000;
  while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await pool.end();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
