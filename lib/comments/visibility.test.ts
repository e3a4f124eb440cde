import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as permalink } from "@/app/comments/[id]/route";
import { GET as repliesRoute } from "@/app/comments/[id]/replies/route";
import { GET as guestCommentRoute } from "@/app/(site)/articles/[slug]/comments/[id]/route";
import { GET as liveCommentRoute } from "@/app/(site)/articles/[slug]/comments/[id]/live/route";
import { GET as commentHistoryRoute } from "@/app/(site)/articles/[slug]/comments/[id]/history/route";
import { GET as liveArticleRoute } from "@/app/(site)/articles/[slug]/live/route";
import { GET as liveThreadRoute } from "@/app/(forum)/forum/t/[thread]/live/route";
import { GET as guestThreadRoute } from "@/app/(forum)/forum/t/[thread]/route";
import { GET as profileRoute } from "@/app/(site)/users/[id]/route";
import { GET as articleHistoryRoute } from "@/app/(newsroom)/newsroom/[id]/history/route";
import { createSession } from "@/lib/accounts/sessions";
import { saveArticle } from "@/lib/articles/save-article";
import { SESSION_COOKIE } from "@/lib/auth";
import { db } from "@/lib/db";
import { createThread } from "@/lib/forum/create-thread";
import { UNPUBLISHED_ARTICLE } from "@/lib/moderation/article-name";
import { getUserRecord } from "@/lib/moderation/get-user-record";
import { listLog } from "@/lib/moderation/list-log";
import { listNotices } from "@/lib/moderation/list-notices";
import { listQueue } from "@/lib/moderation/list-queue";
import { reportComment } from "@/lib/moderation/report-comment";
import { asActor, makeUser, resetDb } from "@/test/db";
import { createComment } from "./create-comment";
import { deleteComment } from "./delete-comment";
import { editComment } from "./edit-comment";
import { NotFoundError } from "./errors";
import { DISPLAY_DEPTH } from "./limits";
import { setVote } from "./set-vote";

// Who may see a discussion and its comments (lib/policy.ts, "discussion:read" and
// "comment:read"), asked of every route that shows or changes them. The routes run outside
// Next: the session cookie and the cache calls are stand-ins; the database is real.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
  }),
}));
vi.mock("next/cache", () => ({
  revalidateTag: () => {},
  updateTag: () => {},
  cacheTag: () => {},
  cacheLife: () => {},
}));

type User = Awaited<ReturnType<typeof makeUser>>;
let analyst: User, reader: User, other: User, moderator: User, admin: User;

async function as(user: User | null) {
  jar.clear();
  if (user) jar.set(SESSION_COOKIE, (await createSession(user.id)).sessionToken);
}

function get(path: string) {
  return new NextRequest(`http://localhost:3000${path}`, { headers: { host: "localhost:3000" } });
}

const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

const article = (title: string, publish: boolean, id?: string) => ({
  id,
  title,
  slug: "",
  category: "markets",
  excerpt: "An excerpt long enough to pass the check.",
  highlights: "First point\nSecond point\nThird point",
  body: "## Section\n\nThe analysis.",
  tags: "",
  publish,
});

beforeAll(async () => {
  await resetDb();
  [analyst, reader, other, moderator, admin] = await Promise.all([
    makeUser("ANALYST"),
    makeUser(),
    makeUser(),
    makeUser("MODERATOR"),
    makeUser("ADMIN"),
  ]);
  await db.category.create({ data: { slug: "markets", name: "Markets" } });
  await db.forumCategory.create({ data: { slug: "general", name: "General", description: "Anything." } });
});

beforeEach(() => jar.clear());

describe("an article taken back to draft (an embargo) takes its discussion with it", () => {
  let slug: string, draftSlug: string, articleId: string, commentId: number, threadId: number;
  const DRAFT_TITLE = "Embargoed: the new title";

  beforeAll(async () => {
    const published = await saveArticle(asActor(analyst), article("Lynas expands Kalgoorlie", true));
    slug = published.slug;
    articleId = published.id;
    const { discussionId } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    commentId = (await createComment(asActor(reader), { discussionId, body: "A reader's comment." })).id;
    threadId = (
      await createThread(asActor(analyst), {
        title: "About Lynas",
        category: "general",
        body: "Thoughts?",
        tags: "",
        article: slug,
      })
    ).id;
    const draft = await saveArticle(asActor(analyst), article(DRAFT_TITLE, false, articleId));
    draftSlug = draft.slug;
    expect(draftSlug).not.toBe(slug);
  });

  it("its comments' permalinks, pages and histories answer 404 to readers and moderators", async () => {
    for (const who of [null, reader, other, moderator]) {
      await as(who);
      const res = await permalink(get(`/comments/${commentId}`), params({ id: String(commentId) }));
      expect(res.status, `permalink for ${who?.role ?? "a guest"}`).toBe(404);
      expect(res.headers.get("location")).toBeNull();
      expect(await res.text()).not.toContain(DRAFT_TITLE);

      const page = who
        ? await liveCommentRoute(
            get(`/articles/${draftSlug}/comments/${commentId}`),
            params({ slug: draftSlug, id: String(commentId) }),
          )
        : await guestCommentRoute(
            get(`/articles/${draftSlug}/comments/${commentId}`),
            params({ slug: draftSlug, id: String(commentId) }),
          );
      expect(page.status, `comment page for ${who?.role ?? "a guest"}`).toBe(404);
      expect(await page.text()).not.toContain(DRAFT_TITLE);

      const history = await commentHistoryRoute(
        get(`/articles/${draftSlug}/comments/${commentId}/history`),
        params({ slug: draftSlug, id: String(commentId) }),
      );
      expect(history.status, `history for ${who?.role ?? "a guest"}`).toBe(404);
      expect(await history.text()).not.toContain(DRAFT_TITLE);

      const replies = await repliesRoute(
        get(`/comments/${commentId}/replies?level=0`),
        params({ id: String(commentId) }),
      );
      expect(replies.status, `more replies for ${who?.role ?? "a guest"}`).toBe(404);
    }
  });

  it("its author and admins still see it", async () => {
    for (const who of [analyst, admin]) {
      await as(who);
      const res = await permalink(get(`/comments/${commentId}`), params({ id: String(commentId) }));
      expect(res.status).toBe(303);
      const page = await liveCommentRoute(
        get(`/articles/${draftSlug}/comments/${commentId}`),
        params({ slug: draftSlug, id: String(commentId) }),
      );
      expect(page.status).toBe(200);
    }
  });

  it("the commenter's member page and the forum thread about it do not name the draft", async () => {
    for (const who of [null, reader]) {
      await as(who);
      const profile = await profileRoute(get(`/users/${reader.id}`), params({ id: reader.id }));
      expect(profile.status).toBe(200);
      const text = await profile.text();
      expect(text).not.toContain(DRAFT_TITLE);
      expect(text).not.toContain(`/articles/${draftSlug}`);

      const thread = who
        ? await liveThreadRoute(get(`/forum/t/${threadId}`), params({ thread: String(threadId) }))
        : await guestThreadRoute(get(`/forum/t/${threadId}`), params({ thread: String(threadId) }));
      expect(thread.status).toBe(200);
      const threadText = await thread.text();
      expect(threadText).toContain("About Lynas");
      expect(threadText).not.toContain(DRAFT_TITLE);
      expect(threadText).not.toContain(`/articles/${draftSlug}`);
    }
  });

  it("the commenter's notices do not name the draft; its author's do", async () => {
    const { discussionId } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    for (const target of [reader, analyst]) {
      await db.modAction.create({
        data: {
          actorId: moderator.id,
          action: "APPROVE",
          targetUserId: target.id,
          targetCommentId: commentId,
          discussionId,
        },
      });
    }
    const [forReader] = await listNotices(reader);
    expect(forReader).toMatchObject({ action: "APPROVE", articleSlug: null, articleTitle: null });
    const [forAuthor] = await listNotices(analyst);
    expect(forAuthor).toMatchObject({ articleSlug: draftSlug, articleTitle: DRAFT_TITLE });
  });

  it("moderators' queue, log and user record show its comments but do not name the draft; admins' do", async () => {
    const { discussionId } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    await db.report.create({
      data: { commentId, reporterId: other.id, reason: "SPAM", snapshot: "A reader's comment." },
    });
    await db.modAction.create({
      data: {
        actorId: moderator.id,
        action: "APPROVE",
        targetUserId: reader.id,
        targetCommentId: commentId,
        discussionId,
      },
    });
    const named = async (viewer: User) => {
      const queue = await listQueue(asActor(viewer));
      const log = await listLog(asActor(viewer), {});
      const record = await getUserRecord(asActor(viewer), reader.id);
      return {
        queue: queue.reported.items.find((r) => r.commentId === commentId)?.placeTitle,
        log: log.entries.find((e) => e.targetCommentId === commentId)?.articleTitle ?? null,
        record: record?.comments.find((c) => c.id === commentId)?.articleTitle,
      };
    };
    expect(await named(moderator)).toEqual({
      queue: UNPUBLISHED_ARTICLE,
      log: null,
      record: UNPUBLISHED_ARTICLE,
    });
    expect(await named(admin)).toEqual({ queue: DRAFT_TITLE, log: DRAFT_TITLE, record: DRAFT_TITLE });
    await db.report.deleteMany({ where: { commentId } });
  });

  it("votes, reports, edits and deletes on its comments are refused as not found", async () => {
    await expect(setVote(asActor(other), commentId, true)).rejects.toThrow(NotFoundError);
    await expect(reportComment(asActor(other), { commentId, reason: "SPAM" })).rejects.toThrow(NotFoundError);
    await expect(editComment(asActor(reader), { commentId, body: "Changed." })).rejects.toThrow(NotFoundError);
    await expect(deleteComment(asActor(reader), commentId)).rejects.toThrow(NotFoundError);
    const row = await db.comment.findUniqueOrThrow({ where: { id: commentId } });
    expect(row).toMatchObject({ body: "A reader's comment.", score: 0, status: "VISIBLE" });
    expect(await db.report.count({ where: { commentId } })).toBe(0);
  });

  it("published again, its discussion is everyone's again", async () => {
    const again = await saveArticle(asActor(analyst), article("Lynas expands Kalgoorlie", true, articleId));
    await as(null);
    const res = await permalink(get(`/comments/${commentId}`), params({ id: String(commentId) }));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/articles/${again.slug}#comment-${commentId}`);
    await expect(setVote(asActor(other), commentId, true)).resolves.toMatchObject({ voted: true, score: 1 });
  });
});

describe("a held post's permalink", () => {
  it("is a 404 that says so to those who may not see it, and leads its author and staff to it", async () => {
    const { slug, id } = await saveArticle(asActor(analyst), article("Held posts here", true));
    const { discussionId } = await db.article.findUniqueOrThrow({ where: { id } });
    const newcomer = await makeUser();
    const held = await createComment(asActor(newcomer), {
      discussionId,
      body: "My first post, with [a link](https://example.com).",
    });
    expect(held.status).toBe("PENDING_REVIEW");
    for (const who of [null, reader]) {
      await as(who);
      const res = await permalink(get(`/comments/${held.id}`), params({ id: String(held.id) }));
      expect(res.status).toBe(404);
      expect(res.headers.get("location")).toBeNull();
      expect(await res.text()).toContain("This comment is not available");
      const page = who
        ? await liveCommentRoute(get(`/articles/${slug}/comments/${held.id}`), params({ slug, id: String(held.id) }))
        : await guestCommentRoute(get(`/articles/${slug}/comments/${held.id}`), params({ slug, id: String(held.id) }));
      expect(page.status).toBe(404);
    }
    for (const who of [newcomer, moderator]) {
      await as(who);
      const res = await permalink(get(`/comments/${held.id}`), params({ id: String(held.id) }));
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(`/articles/${slug}#comment-${held.id}`);
    }
  });
});

describe("a newsroom history", () => {
  it("moderators read a published article's history, never a draft's text", async () => {
    const draft = await saveArticle(asActor(analyst), {
      ...article("Secret draft title", false),
      body: "The draft's secret text.",
    });
    await as(moderator);
    expect((await articleHistoryRoute(get(`/newsroom/${draft.id}/history`), params({ id: draft.id }))).status).toBe(
      404,
    );
    for (const who of [analyst, admin]) {
      await as(who);
      const res = await articleHistoryRoute(get(`/newsroom/${draft.id}/history`), params({ id: draft.id }));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("The draft&#39;s secret text.");
    }

    // Published: its history is staff's, but the draft versions before it stay the author's and admins'.
    await saveArticle(asActor(analyst), { ...article("Now public", true, draft.id), body: "The public text." });
    await as(moderator);
    const res = await articleHistoryRoute(get(`/newsroom/${draft.id}/history`), params({ id: draft.id }));
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain("The public text.");
    expect(text).not.toContain("secret");
    expect(text).not.toContain("Secret draft title");
  });
});

describe("?replytocom= for a comment this page does not show", () => {
  it("goes to the comment's own page with the reply form under it", async () => {
    const { slug, id } = await saveArticle(asActor(analyst), article("Deep replies here", true));
    const { discussionId } = await db.article.findUniqueOrThrow({ where: { id } });
    // A chain deeper than the article page shows: its last comment is on a page of its own.
    let parentId: number | undefined;
    for (let i = 0; i <= DISPLAY_DEPTH; i++) {
      parentId = (await createComment(asActor(i % 2 ? reader : other), { discussionId, parentId, body: `Level ${i}` }))
        .id;
    }
    const deep = parentId!;
    await as(reader);
    const res = await liveArticleRoute(get(`/articles/${slug}?replytocom=${deep}`), params({ slug }));
    expect(res.status).toBe(303);
    const there = `/articles/${slug}/comments/${deep}?replytocom=${deep}#respond`;
    expect(res.headers.get("location")).toBe(there);

    // There the form is under it, titled for its author.
    const page = await liveCommentRoute(get(there), params({ slug, id: String(deep) }));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`Leave a Reply to ${other.displayName}`);
    expect(html).toContain(`name="parentId" value="${deep}"`);

    // A comment that is on the page: the form opens under it, no redirect.
    const [top] = await db.comment.findMany({ where: { discussionId, parentId: null }, take: 1 });
    const here = await liveArticleRoute(get(`/articles/${slug}?replytocom=${top!.id}`), params({ slug }));
    expect(here.status).toBe(200);
    expect(await here.text()).toContain(`name="parentId" value="${top!.id}"`);
  });

  it("a comment that cannot be replied to here is said so, instead of a silent top-level post", async () => {
    const { slug } = await saveArticle(asActor(analyst), article("Nothing to reply to", true));
    await as(reader);
    const res = await liveArticleRoute(get(`/articles/${slug}?replytocom=2000000000`), params({ slug }));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("The comment you meant to reply to is not available");
  });
});
