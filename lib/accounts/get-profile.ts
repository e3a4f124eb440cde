import "server-only";
import { ownerHref, ownerOf } from "@/lib/comments/owner";
import { db, readRows } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/policy";

/** Items per page of a profile's tab. */
export const PROFILE_PAGE = 20;

/** A member's public page: name, role, when they joined, and how much they have written. */
export async function getProfile(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      displayName: true,
      role: true,
      createdAt: true,
      _count: { select: { comments: { where: { status: "VISIBLE" } }, threads: true } },
    },
  });
}

/**
 * The member's visible comments, newest first, by cursor (the last id read): each with where it
 * stands (an article or a forum thread), for a link to it in context. The page is the same for
 * everyone, so it lists only what everyone may read: not a comment under an article taken back
 * to draft (lib/policy.ts), whose title and address are the draft's. Such a page may hold fewer
 * than PROFILE_PAGE items; the cursor still walks every row.
 */
export async function listProfileComments(userId: string, before?: number) {
  const rows = await readRows<{
    id: number;
    bodyHtml: string;
    createdAt: Date;
    articleSlug: string | null;
    articleTitle: string | null;
    articleStatus: ArticleStatus | null;
    articleAuthorId: string | null;
    threadId: number | null;
    threadSlug: string | null;
    threadTitle: string | null;
  }>`
    SELECT c.id, c."bodyHtml", c."createdAt", a.slug AS "articleSlug", a.title AS "articleTitle",
           a.status::text AS "articleStatus", a."authorId" AS "articleAuthorId", t.id AS "threadId", t.slug AS "threadSlug", t.title AS "threadTitle"
    FROM "Comment" c
    LEFT JOIN "Article" a ON a."discussionId" = c."discussionId"
    LEFT JOIN "Thread" t ON t."discussionId" = c."discussionId"
    WHERE c."authorId" = ${userId} AND c.status = 'VISIBLE'
      AND (${before ?? null}::int IS NULL OR c.id < ${before ?? null}::int)
    ORDER BY c.id DESC LIMIT ${PROFILE_PAGE + 1}`;
  const read = rows.slice(0, PROFILE_PAGE);
  const page = read
    .filter((r) => {
      const article =
        r.articleStatus && r.articleAuthorId ? { status: r.articleStatus, authorId: r.articleAuthorId } : null;
      return can(null, "discussion:read", { article });
    })
    .map((r) => {
      const owner = ownerOf(r);
      return {
        id: r.id,
        bodyHtml: r.bodyHtml,
        createdAt: r.createdAt,
        on: owner && { title: owner.title, href: ownerHref(owner) },
      };
    });
  return { items: page, next: rows.length > PROFILE_PAGE ? read.at(-1)!.id : null };
}

/** The member's forum threads, newest first, by cursor. */
export async function listProfileThreads(userId: string, before?: number) {
  const rows = await db.thread.findMany({
    where: { authorId: userId, ...(before ? { id: { lt: before } } : {}) },
    orderBy: { id: "desc" },
    take: PROFILE_PAGE + 1,
    select: {
      id: true,
      slug: true,
      title: true,
      createdAt: true,
      category: { select: { slug: true, name: true } },
      discussion: { select: { commentCount: true } },
    },
  });
  const page = rows.slice(0, PROFILE_PAGE);
  return { items: page, next: rows.length > PROFILE_PAGE ? page.at(-1)!.id : null };
}
