import { expect, test } from "@playwright/test";
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
  for (const path of ["/articles/%ff", "/users/%00", "/articles/x%00y", "/comments/99999999999", "/comments/%ff"]) {
    const r = await request.get(path, { maxRedirects: 0 });
    expect(r.status(), path).toBeGreaterThanOrEqual(400);
    expect(r.status(), path).toBeLessThan(500);
  }
});
