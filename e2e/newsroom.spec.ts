import crypto from "node:crypto";
import { expect, test } from "./fixtures";
import { commentBox, expectNoViolations, makePerson, pageAs, sql } from "./helpers";

// An analyst publishes an article from the web, and it lives like any other: readers comment
// on it, and the analyst opens a forum thread about it.

test("an analyst drafts, previews and publishes an article; a reader comments; the analyst discusses it in the forum", async ({
  browser,
  baseURL,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const [analyst, reader] = await Promise.all([
    makePerson("news", tag, "writer", "ANALYST"),
    makePerson("news", tag, "reader", "READER"),
  ]);
  const a = await pageAs(browser, analyst, baseURL!);
  await a.goto("/");
  await a.getByRole("link", { name: "Newsroom" }).click();
  await a.getByRole("link", { name: "New article" }).click();
  await expectNoViolations(a);
  const title = `Gallium after the ban ${tag}`;
  await a.getByLabel("Title").fill(title);
  await a.getByLabel("Category").selectOption({ label: "Markets" });
  await a.getByLabel("Excerpt").fill("What the export ban means for gallium buyers outside China.");
  await a.getByLabel("Highlights").fill("Prices doubled\nStocks are thin\nNew refiners are years away");
  await a
    .getByLabel("Article body")
    .fill(
      "## What changed\n\nSee the [USGS summary](https://www.usgs.gov/centers/national-minerals-information-center).\n\n## What next\n\nWatch the refiners.",
    );
  // With JavaScript the preview follows the typing.
  await expect(
    a.locator("#article-preview-live").getByRole("heading", { level: 2, name: "What changed" }),
  ).toBeVisible();
  await a.getByRole("button", { name: "Save draft" }).click();
  await expect(a.getByText("Draft saved.")).toBeVisible();
  const [row] = await sql<{ slug: string; status: string }>(
    `SELECT slug, status::text FROM "Article" WHERE title = $1`,
    [title],
  );
  expect(row).toEqual({ slug: `gallium-after-the-ban-${tag}`, status: "DRAFT" });

  // Readers cannot see the draft.
  const r = await pageAs(browser, reader, baseURL!);
  expect((await r.goto(`/articles/${row!.slug}`))!.status()).toBe(404);
  await r.goto("/");
  await expect(r.getByRole("link", { name: title })).toHaveCount(0);

  // Preview: the public page's layout, from the same code.
  await a.getByRole("button", { name: "Preview" }).click();
  const preview = a.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(preview.getByRole("heading", { level: 2, name: "Highlights" })).toBeVisible();
  await expect(preview.getByRole("heading", { level: 2, name: "What changed" })).toBeVisible();
  await expectNoViolations(a);

  await a.getByRole("button", { name: "Publish" }).click();
  await expect(a).toHaveURL(new RegExp(`/articles/${row!.slug}$`));
  await r.goto("/");
  await r.getByRole("link", { name: title }).click();
  const article = r.locator("article.post");
  await expect(article.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(article.getByRole("region", { name: "Highlights" }).getByRole("listitem")).toHaveCount(3);
  await expect(article.getByRole("heading", { level: 2, name: "What next" })).toBeVisible();
  const external = article.getByRole("link", { name: "USGS summary (opens in a new tab)" });
  await expect(external).toHaveAttribute("target", "_blank");

  const said = `Thin stocks indeed ${tag}`;
  await commentBox(r).fill(said);
  await r.getByRole("button", { name: "Post Comment" }).click();
  await expect(r.locator("article[id^=comment-]", { hasText: said })).toBeVisible();
  await expect(r.getByRole("link", { name: "Discuss in the forum" })).toHaveCount(0);

  // The analyst starts a forum thread from the article: prefilled, linked both ways.
  await a.reload();
  await a.getByRole("link", { name: "Discuss in the forum" }).click();
  await expect(a.getByLabel("Title")).toHaveValue(`Discussion: ${title}`);
  await a.getByLabel("Category").selectOption({ label: "Markets" });
  await a.getByRole("button", { name: "Start thread" }).click();
  await expect(a.getByText(`About the article: ${title}`)).toBeVisible();
  await a.getByRole("link", { name: title, exact: true }).click();
  const threads = a.getByRole("complementary", { name: "Forum threads about this article" });
  await expect(threads.getByRole("link", { name: `Discussion: ${title}` })).toBeVisible();

  // The newsroom keeps the history: created as a draft, then published.
  await a.goto("/newsroom");
  await a.getByRole("link", { name: `History of “${title}”` }).click();
  await expect(a.getByText("changed: created")).toBeVisible();
  await expect(a.getByText("changed: status")).toBeVisible();
  await Promise.all([a.context().close(), r.context().close()]);
});

test("readers and moderators cannot publish, by the page or a forged post", async ({ browser, baseURL, request }) => {
  const tag = crypto.randomBytes(4).toString("hex");
  for (const role of ["READER", "MODERATOR"]) {
    const who = await makePerson("news", tag, role.toLowerCase(), role);
    const p = await pageAs(browser, who, baseURL!);
    expect((await p.goto("/newsroom/new"))!.status()).toBe(404);
    await expect(p.getByRole("link", { name: "Newsroom" })).toHaveCount(0);
    const res = await request.post("/newsroom/new", {
      headers: { origin: baseURL!, cookie: `${who.cookie.name}=${who.cookie.value}` },
      form: {
        title: `Forged article ${tag}`,
        slug: "",
        category: "markets",
        excerpt: "An excerpt long enough to pass the check.",
        highlights: "a\nb\nc",
        body: "Body",
        tags: "",
        intent: "publish",
      },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(403);
    await p.context().close();
  }
  expect(await sql(`SELECT 1 FROM "Article" WHERE title = $1`, [`Forged article ${tag}`])).toHaveLength(0);
});
