import crypto from "node:crypto";
import http from "node:http";
import { expect, test } from "./fixtures";
import { ARTICLES, makePerson, sql } from "./helpers";

const article = `/articles/${ARTICLES.seeded}`;

test("a cross-site or unattributable POST is refused with 403, not 500", async ({ request, baseURL }) => {
  const foreign = await request.post(article, {
    headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
    data: "body=hello",
  });
  expect(foreign.status()).toBe(403);
  const anonymous = await request.post(article, {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "body=hello",
  });
  expect(anonymous.status()).toBe(403);
  // A spoofed X-Forwarded-Host does not make a foreign Origin look like this site.
  const spoofed = await request.post(article, {
    headers: { origin: "https://evil.example", "x-forwarded-host": "evil.example" },
    data: "body=hello",
  });
  expect(spoofed.status()).toBe(403);
  const same = await request.get(article, { headers: { origin: baseURL! } });
  expect(same.status()).toBe(200);
});

test("odd paths answer 4xx, never 500", async ({ request }) => {
  for (const path of [
    "/articles/%ff",
    "/category/%ff",
    "/articles/x/comments/%ff",
    "/users/%00",
    "/articles/x%00y",
    "/comments/99999999999",
    "/comments/%ff",
  ]) {
    const r = await request.get(path, { maxRedirects: 0 });
    expect(r.status(), path).toBeGreaterThanOrEqual(400);
    expect(r.status(), path).toBeLessThan(500);
  }
});

test("a body over the 1 MB limit gets 413 with a message, not a 500", async ({ request, baseURL }) => {
  const r = await request.post(article, {
    headers: { origin: baseURL!, "content-type": "application/x-www-form-urlencoded" },
    data: `body=${"x".repeat(1_100_000)}`,
  });
  expect(r.status()).toBe(413);
  expect(await r.text()).toContain("too large");
});

test("a form post cut short gets 400 with a message, not a 500", async ({ request, baseURL }) => {
  const boundary = "----reex-test";
  const truncated = `--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\nreader@exa`;
  const r = await request.post("/signin", {
    headers: { origin: baseURL!, "content-type": `multipart/form-data; boundary=${boundary}` },
    data: Buffer.from(truncated),
  });
  expect(r.status()).toBe(400);
  expect(await r.text()).toContain("arrived incomplete");
});

/** A POST whose body goes out in chunks, with no Content-Length (Node's http.request does that when asked to). */
function chunkedPost(url: URL, headers: Record<string, string>, chunks: Buffer[]) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    let answered = false;
    const req = http.request(url, { method: "POST", headers }, (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, body }));
    });
    // Once answered, the server may stop reading what is still being sent.
    req.on("error", (e) => (answered ? undefined : reject(e)));
    (async () => {
      for (const c of chunks) if (!req.write(c)) await new Promise((r) => req.once("drain", r));
      req.end();
    })().catch(reject);
  });
}

// Issue 19, item 11: a chunked body (no Content-Length) was read past the 1 MB limit.
test("a body without Content-Length is refused (411), however small or large", async ({ baseURL }) => {
  // The comment form's target, which reads what it is sent.
  const url = new URL("/comments", baseURL);
  const headers = { origin: baseURL!, "content-type": "application/x-www-form-urlencoded" };
  expect(headers).not.toHaveProperty("content-length");
  const small = await chunkedPost(url, headers, [Buffer.from("body="), Buffer.from("hello")]);
  expect(small.status).toBe(411);
  expect(small.body).toContain("Content-Length");
  const chunk = Buffer.alloc(64 * 1024, "x");
  const large = await chunkedPost(url, headers, [Buffer.from("body="), ...Array.from({ length: 32 }, () => chunk)]);
  expect(large.status).toBe(411);
  // The same body with its length is the 413 it always was.
  const sized = await chunkedPost(url, { ...headers, "content-length": String(5 + 32 * chunk.length) }, [
    Buffer.from("body="),
    ...Array.from({ length: 32 }, () => chunk),
  ]);
  expect(sized.status).toBe(413);
});

// Issue 19, item 13: only the host was compared, so https://host passed for an http site.
test("an Origin with this host but another scheme or port is cross-site (403)", async ({ request, baseURL }) => {
  const site = new URL(baseURL!);
  for (const origin of [`https://${site.host}`, `http://${site.hostname}:${Number(site.port) + 1}`]) {
    const r = await request.post(article, {
      headers: { origin, "content-type": "application/x-www-form-urlencoded" },
      data: "body=hello",
    });
    expect(r.status(), origin).toBe(403);
  }
});

// Issue 19, item 10: a body of "> " × 30,000 published, then every request for it was a 500.
test("an article body nested too deeply is refused beside the field, previews too, and a stored one does not take its page down", async ({
  request,
  baseURL,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const analyst = await makePerson("deep", tag, "writer", "ANALYST");
  const headers = { origin: baseURL!, cookie: `${analyst.cookie.name}=${analyst.cookie.value}` };
  const deep = "> ".repeat(30_000) + "the bottom";
  const title = `Quotes all the way down ${tag}`;
  const form = (body: string, intent: string) => ({
    title,
    slug: "",
    category: "markets",
    excerpt: "An excerpt long enough to pass the check.",
    highlights: "One\nTwo\nThree",
    body,
    tags: "",
    intent,
  });
  const bodies = [
    // Quotes: refused by the form's rules, as in comments.
    { body: deep, error: "Quotes and lists can be nested at most 20 levels deep." },
    // Emphasis the parser cannot follow: refused by rendering it.
    { body: "*".repeat(4990) + "the bottom" + "*".repeat(4990), error: "This text is nested too deeply to display." },
  ];
  for (const { body, error } of bodies) {
    for (const intent of ["publish", "draft", "preview"]) {
      const r = await request.post("/newsroom/new", { headers, form: form(body, intent), maxRedirects: 0 });
      expect(r.status(), intent).toBe(422);
      const page = await r.text();
      expect(page, intent).toContain(`<span id="article-body-error" class="field-error" role="alert">${error}`);
      expect(page, intent).toContain("the bottom"); // what was typed comes back
    }
    const live = await request.post("/newsroom/new", {
      headers: { ...headers, accept: "application/json" },
      form: form(body, "preview"),
    });
    expect(live.status()).toBe(200);
    expect((await live.json()).preview).toContain("This text is nested too deeply to display.");
  }
  expect(await sql(`SELECT 1 FROM "Article" WHERE title = $1`, [title])).toHaveLength(0);

  // One stored before the check (or written by other means): the page shows the rest, and says so.
  const slug = `deep-stored-${tag}`;
  await sql(
    `WITH d AS (INSERT INTO "Discussion" DEFAULT VALUES RETURNING id)
     INSERT INTO "Article" (id, slug, title, excerpt, highlights, body, "categoryId", "authorId", "publishedAt", "discussionId")
     SELECT $1, $1, $2, 'An excerpt long enough to pass the check.', ARRAY['First','Second','Third'], $3,
            (SELECT id FROM "Category" WHERE slug = 'markets'), $4, now(), d.id FROM d`,
    [slug, title, deep, analyst.id],
  );
  for (const cookie of [undefined, headers.cookie]) {
    const r = await request.get(`/articles/${slug}`, { headers: cookie ? { cookie } : {} });
    expect(r.status(), cookie ? "signed in" : "guest").toBe(200);
    const page = await r.text();
    expect(page).toContain(`<h1>${title}</h1>`);
    expect(page).toContain("Highlights");
    expect(page).toContain("This article cannot be displayed");
    expect(page).toContain('id="comments"');
  }
});
