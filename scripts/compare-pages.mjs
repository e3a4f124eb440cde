// Checks that a change to how the view templates are written (a reformat) leaves every page
// type the same to a reader: the same elements with the same attributes, in the same order, and
// the same text, apart from whitespace between block elements.
//
//   node scripts/compare-pages.mjs snapshot http://localhost:3100 /tmp/pages-before
//   ... change the templates, rebuild, start again on the same database ...
//   node scripts/compare-pages.mjs snapshot http://localhost:3100 /tmp/pages-after
//   node scripts/compare-pages.mjs compare /tmp/pages-before /tmp/pages-after
//
// The snapshot signs in through sessions written into DATABASE_URL's database (the seeded
// demo accounts) and fetches one page of each type as a guest, a reader, a moderator, an
// analyst and an admin.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Parser } from "htmlparser2";
import pg from "pg";

// Elements that start a new line of their own: whitespace around them does not show.
const BLOCKS = new Set(
  (
    "html head body title meta link script style header footer main nav section article aside div p h1 h2 h3 h4 h5 h6 " +
    "ul ol li dl dt dd table caption thead tbody tr th td form fieldset legend details summary blockquote pre figure figcaption " +
    "hr br option select textarea label button input svg path rect circle g"
  ).split(" "),
);
// What differs on every render: a form's request key, a script nonce.
const volatile = (name, attrs) =>
  Object.fromEntries(
    Object.entries(attrs).filter(([k]) => k !== "nonce" && !(k === "value" && attrs.name === "requestKey")),
  );

/** The page as a list of lines: one per element (tag and attributes), one per run of text. */
export function shape(html) {
  const out = [];
  let text = "";
  let inPre = 0;
  let afterBlock = true;
  let inScript = 0; // scripts' text (Next's RSC payload) is not what a reader gets
  // Text is compared with its runs of whitespace made one space, and trimmed where it meets the
  // start or end of a block element; between inline elements its spaces count.
  const flush = (beforeBlock) => {
    let t = inPre ? text : text.replace(/\s+/g, " ");
    if (!inPre) {
      if (afterBlock) t = t.trimStart();
      if (beforeBlock) t = t.trimEnd();
    }
    if (t && !inScript) out.push(`text ${t}`);
    text = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        flush(BLOCKS.has(name));
        const a = Object.entries(volatile(name, attrs))
          .map(([k, v]) => `${k}="${v}"`)
          .join(" ");
        out.push(`<${name}${a ? ` ${a}` : ""}>`);
        afterBlock = BLOCKS.has(name);
        if (name === "pre" || name === "textarea") inPre++;
        if (name === "script") inScript++;
      },
      ontext(t) {
        text += t;
      },
      onclosetag(name) {
        flush(BLOCKS.has(name));
        if (name === "pre" || name === "textarea") inPre--;
        if (name === "script") inScript--;
        out.push(`</${name}>`);
        afterBlock = BLOCKS.has(name);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush(true);
  return out;
}

async function sessions(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // One session per account at a time, so "signed in on N other browsers" reads the same.
    await client.query(`DELETE FROM "Session" WHERE id LIKE 'compare-%'`);
    const cookies = {};
    for (const email of ["reader", "moderator", "analyst", "admin"]) {
      const { rows } = await client.query(`SELECT id FROM "User" WHERE email = $1`, [`${email}@example.com`]);
      const token = crypto.randomBytes(32).toString("hex");
      await client.query(
        `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 hour')`,
        [`compare-${token.slice(0, 12)}`, token, rows[0].id],
      );
      cookies[email] = `next-auth.session-token=${token}`;
    }
    const one = async (q) => (await client.query(q)).rows[0];
    const article = await one(
      `SELECT slug, "discussionId" FROM "Article" WHERE "publishedAt" IS NOT NULL ORDER BY slug LIMIT 1`,
    );
    const comment = await one(
      `SELECT id FROM "Comment" WHERE "discussionId" = ${article.discussionId} AND status = 'VISIBLE' ORDER BY id LIMIT 1`,
    );
    const draft = await one(`SELECT id FROM "Article" ORDER BY id LIMIT 1`);
    const category = await one(`SELECT slug FROM "Category" ORDER BY slug LIMIT 1`);
    const forumCategory = await one(`SELECT slug FROM "ForumCategory" ORDER BY slug LIMIT 1`);
    const thread = await one(`SELECT id, "discussionId" FROM "Thread" ORDER BY id LIMIT 1`);
    const reply = await one(
      `SELECT id FROM "Comment" WHERE "discussionId" = ${thread.discussionId} AND status = 'VISIBLE' ORDER BY id LIMIT 1`,
    );
    const reader = await one(`SELECT id FROM "User" WHERE email = 'reader@example.com'`);
    const ownThread = await one(
      `SELECT t.id FROM "Thread" t JOIN "User" u ON u.id = t."authorId" WHERE u.email = 'analyst@example.com' ORDER BY t.id LIMIT 1`,
    );
    return { cookies, article, comment, draft, category, forumCategory, thread, reply, reader, ownThread };
  } finally {
    await client.end();
  }
}

async function snapshot(base, dir) {
  const s = await sessions(process.env.DATABASE_URL);
  const a = `/articles/${s.article.slug}`;
  const t = `/forum/t/${s.thread.id}`;
  const pages = [
    ["guest", "/"],
    ["guest", a],
    ["guest", `${a}?sort=newest`],
    ["guest", `${a}/comments/${s.comment.id}`],
    ["guest", `${a}/comments/${s.comment.id}/history`],
    ["guest", `/category/${s.category.slug}`],
    ["guest", `/users/${s.reader.id}`],
    ["guest", "/forum"],
    ["guest", `/forum/${s.forumCategory.slug}`],
    ["guest", t],
    ["guest", `${t}/comments/${s.reply.id}`],
    ["guest", `${t}/history`],
    ["guest", "/no-such-page"],
    ["reader", a],
    ["reader", `${a}?replytocom=${s.comment.id}`],
    ["reader", t],
    ["reader", "/account"],
    ["reader", "/notices"],
    ["analyst", "/forum/new"],
    ["moderator", a],
    ["moderator", "/mod"],
    ["moderator", "/mod/log"],
    ["moderator", `/mod/users/${s.reader.id}`],
    ["analyst", "/newsroom"],
    ["analyst", "/newsroom/new"],
    ["admin", `/newsroom/${s.draft.id}`],
    ["admin", `/newsroom/${s.draft.id}/history`],
    ["admin", "/forum/categories"],
    ["analyst", `/forum/t/${s.ownThread?.id}/edit`],
  ];
  fs.mkdirSync(dir, { recursive: true });
  for (const [who, page] of pages) {
    const res = await fetch(`${base}${page}`, {
      redirect: "manual",
      headers: who === "guest" ? {} : { cookie: s.cookies[who] },
    });
    const html = await res.text();
    const file = `${who}${page.replace(/[^a-z0-9]+/gi, "_")}.html`;
    fs.writeFileSync(path.join(dir, file), `${res.status}\n${html}`);
    console.log(`${res.status} ${who} ${page}`);
  }
}

function compare(before, after) {
  let differing = 0;
  const files = fs.readdirSync(before);
  for (const file of files) {
    const read = (dir) => {
      const saved = fs.existsSync(path.join(dir, file)) ? fs.readFileSync(path.join(dir, file), "utf8") : "";
      const nl = saved.indexOf("\n");
      return [saved.slice(0, nl), ...shape(saved.slice(nl + 1))];
    };
    const [a, b] = [read(before), read(after)];
    const i = a.findIndex((line, n) => line !== b[n]);
    if (i === -1 && a.length === b.length) continue;
    differing++;
    console.log(`${file}: differs at line ${i + 1}\n  before: ${a[i]}\n  after:  ${b[i]}`);
  }
  console.log(`${files.length} pages compared, ${differing} differ`);
  return differing === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, x, y] = process.argv.slice(2);
  if (cmd === "snapshot") await snapshot(x, y);
  else if (cmd === "compare") process.exit(compare(x, y) ? 0 : 1);
  else {
    console.error("usage: compare-pages.mjs snapshot <base-url> <dir> | compare <dir-before> <dir-after>");
    process.exit(2);
  }
}
