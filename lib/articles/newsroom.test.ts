import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createComment } from "@/lib/comments/create-comment";
import { NotFoundError } from "@/lib/comments/errors";
import { db } from "@/lib/db";
import { MarkdownTooDeepError } from "@/lib/markdown/render-comment";
import { ForbiddenError } from "@/lib/policy";
import { articleSchema } from "@/lib/validation/article";
import { asActor, makeUser, resetDb } from "@/test/db";
import { SlugTakenError } from "./errors";
import { getArticle } from "./get-article";
import { listArticles } from "./list-articles";
import { listNewsroom } from "./list-newsroom";
import { saveArticle } from "./save-article";

type User = Awaited<ReturnType<typeof makeUser>>;
let reader: User, analyst: User, other: User, moderator: User, admin: User;

const draft = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  slug: "",
  category: "markets",
  excerpt: "An excerpt long enough to pass the check.",
  highlights: "First point\n- Second point\n* Third point",
  body: "## Section\n\nText with a [link](https://example.com).",
  tags: "ndpr",
  publish: false,
  ...extra,
});

beforeAll(async () => {
  await resetDb();
  [reader, analyst, other, moderator, admin] = await Promise.all([
    makeUser(),
    makeUser("ANALYST"),
    makeUser("ANALYST"),
    makeUser("MODERATOR"),
    makeUser("ADMIN"),
  ]);
  await db.category.create({ data: { slug: "markets", name: "Markets" } });
});

describe("the newsroom", () => {
  it("an analyst's draft is invisible to readers until published, then tops the lists", async () => {
    const saved = await saveArticle(asActor(analyst), draft("NdPr floor: the draft"));
    expect(saved).toMatchObject({ slug: "ndpr-floor-the-draft", published: false });
    expect(await getArticle(saved.slug)).toBeNull();
    expect((await listArticles()).map((a) => a.slug)).not.toContain(saved.slug);
    const row = await db.article.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.highlights).toEqual(["First point", "Second point", "Third point"]);
    // Nobody can comment on a draft, even by posting to its discussion directly.
    await expect(createComment(asActor(reader), { discussionId: row.discussionId, body: "early" })).rejects.toThrow(
      NotFoundError,
    );

    await saveArticle(asActor(analyst), { ...draft("NdPr floor: the draft"), publish: true, id: saved.id });
    expect((await listArticles())[0]!.slug).toBe(saved.slug);
    expect(await getArticle(saved.slug)).not.toBeNull();
    const revisions = await db.articleRevision.findMany({ where: { articleId: saved.id }, orderBy: { id: "asc" } });
    expect(revisions.map((r) => [r.status, r.changed])).toEqual([
      ["DRAFT", "created"],
      ["PUBLISHED", "status"],
    ]);
  });

  it("analysts edit only their own; admins any; moderators and readers none (forged calls included)", async () => {
    const mine = await saveArticle(asActor(analyst), draft("Mine to edit"));
    for (const who of [other, moderator, reader]) {
      await expect(saveArticle(asActor(who), { ...draft("Hijacked"), id: mine.id })).rejects.toThrow(ForbiddenError);
    }
    for (const who of [reader, moderator]) {
      await expect(saveArticle(asActor(who), draft("A reader's article"))).rejects.toThrow(ForbiddenError);
    }
    await saveArticle(asActor(admin), { ...draft("Edited by the admin"), id: mine.id });
    const row = await db.article.findUniqueOrThrow({ where: { id: mine.id } });
    expect(row.title).toBe("Edited by the admin");
    expect(await db.article.count({ where: { title: { in: ["Hijacked", "A reader's article"] } } })).toBe(0);
    const last = await db.articleRevision.findFirstOrThrow({ where: { articleId: mine.id }, orderBy: { id: "desc" } });
    expect(last).toMatchObject({ editorId: admin.id, changed: "title, slug" });
  });

  it("slugs are unique, and the field says so", async () => {
    await saveArticle(asActor(analyst), draft("Same title twice"));
    await expect(saveArticle(asActor(other), draft("Same title twice"))).rejects.toThrow(SlugTakenError);
  });

  it("a body nested too deeply to render is refused when saved, and nothing is written", async () => {
    // Quotes and lists: refused by the schema, as in comments (the field's message).
    const quotes = draft("Quotes all the way down", { body: "> ".repeat(30_000) + "bottom", publish: true });
    const parsed = articleSchema.safeParse(quotes);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["body", "Quotes and lists can be nested at most 20 levels deep."],
    ]);
    await expect(saveArticle(asActor(analyst), quotes)).rejects.toThrow(ZodError);
    // Anything else the parser cannot follow: refused by rendering it before the write.
    const emphasis = draft("Emphasis all the way down", { body: "*".repeat(4990) + "x" + "*".repeat(4990) });
    await expect(saveArticle(asActor(analyst), emphasis)).rejects.toThrow(MarkdownTooDeepError);
    const kept = await saveArticle(asActor(analyst), draft("Kept shallow"));
    for (const deep of [quotes, emphasis]) {
      await expect(saveArticle(asActor(analyst), { ...deep, id: kept.id })).rejects.toThrow();
    }
    expect(await db.article.count({ where: { title: { endsWith: "all the way down" } } })).toBe(0);
    expect(await db.articleRevision.count({ where: { articleId: kept.id } })).toBe(1);
    expect((await db.article.findUniqueOrThrow({ where: { id: kept.id } })).title).toBe("Kept shallow");
  });

  it("an analyst's newsroom lists their own articles; an admin's lists all", async () => {
    const own = await listNewsroom(asActor(other)!);
    expect(own.every((a) => a.author.displayName === other.displayName)).toBe(true);
    expect((await listNewsroom(asActor(admin)!)).length).toBe(await db.article.count());
  });
});
