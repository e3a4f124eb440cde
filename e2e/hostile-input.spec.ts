import http from "node:http";
import { expect, test } from "./fixtures";
import { ARTICLES } from "./helpers";

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
