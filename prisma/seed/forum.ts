// Seeds the forum: its categories, and threads with threaded replies (one long, one pinned,
// one locked, one per article), through the app's own use cases. Idempotent: threads are
// written only while the forum has none.
import { createComment } from "@/lib/comments/create-comment";
import { threadHref } from "@/lib/comments/owner";
import { db } from "@/lib/db";
import { createThread } from "@/lib/forum/create-thread";
import type { Role } from "@/lib/generated/prisma/enums";
import { forumCategories, forumThreads } from "./forum-content";

type Author = { id: string; role: Role; suspendedUntil: null };

export async function seedForum(authors: Map<string, Author>, start: Date, log: (m: string) => void) {
  for (const [position, c] of forumCategories.entries()) {
    await db.forumCategory.upsert({
      where: { slug: c.slug },
      update: { name: c.name, description: c.description, position },
      create: { ...c, position },
    });
  }
  if ((await db.thread.count()) > 0) return;

  let replies = 0;
  // Oldest first, an hour or so apart; the replies follow their thread, so the latest
  // activity order is the threads' order reversed.
  let at = start.getTime();
  const tick = (minutes: number) => new Date((at += minutes * 60_000));
  for (const t of forumThreads) {
    const author = authors.get(t.author)!;
    const thread = await createThread(author, {
      title: t.title,
      category: t.category,
      body: t.body,
      tags: t.tags.join(", "),
      article: t.article,
    });
    const createdAt = tick(53);
    await db.thread.update({
      where: { id: thread.id },
      data: { createdAt, lastActivityAt: createdAt, pinned: t.pinned ?? false, viewCount: 40 + t.replies.length * 9 },
    });
    const ids = new Map<string, number>();
    for (const r of t.replies) {
      const created = await createComment(authors.get(r.author)!, {
        discussionId: thread.discussionId,
        parentId: r.parent === null ? undefined : ids.get(r.parent),
        body: r.body,
      });
      ids.set(r.key, created.id);
      const when = tick(17);
      await db.comment.update({ where: { id: created.id }, data: { createdAt: when } });
      await db.thread.update({ where: { id: thread.id }, data: { lastActivityAt: when } });
      replies++;
    }
    if (t.locked) await db.discussion.update({ where: { id: thread.discussionId }, data: { lockedAt: tick(5) } });
    // The article's closing line invites readers to the forum: to this thread.
    if (t.article) {
      const article = await db.article.findUnique({ where: { slug: t.article }, select: { body: true } });
      if (article) {
        await db.article.update({
          where: { slug: t.article },
          data: { body: article.body.replace("[REEx Forum](/forum)", `[REEx Forum](${threadHref(thread)})`) },
        });
      }
    }
  }
  log(`Seeded ${forumCategories.length} forum categories, ${forumThreads.length} threads, ${replies} replies`);
}
