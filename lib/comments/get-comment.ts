import "server-only";
import { cache } from "react";
import { readRows } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { ReadSubject } from "@/lib/policy";
import { ownerOf, type OwnerColumns } from "./owner";
import type { CommentRow } from "./types";

type Row = CommentRow &
  OwnerColumns & {
    path: number[];
    body: string;
    discussionId: number;
    lockedAt: Date | null;
    articleStatus: ArticleStatus | null;
    articleAuthorId: string | null;
  };

/**
 * One comment as the discussion renders it, with where it lives and its markdown source:
 * one query, shared by a page and its metadata through cache(). It does not ask who may see
 * it: its callers do, with `access`.
 */
export const getComment = cache(async (id: number, viewerId: string | null = null) => {
  const [r] = await readRows<Row>`
    SELECT c.id, c."parentId", c.depth, c.path, c."authorId", c.body, c."bodyHtml", c.status::text AS status,
           c.score, c."replyCount", c."descendantCount", c."createdAt", c."editedAt", c."discussionId",
           u."displayName" AS "authorName", u.role::text AS "authorRole", a.slug AS "articleSlug", a.title AS "articleTitle",
           a.status::text AS "articleStatus", a."authorId" AS "articleAuthorId",
           t.id AS "threadId", t.slug AS "threadSlug", t.title AS "threadTitle",
           EXISTS (SELECT 1 FROM "CommentVote" v WHERE v."commentId" = c.id AND v."userId" = ${viewerId}) AS "votedByMe",
           c."removalReason"::text AS "removalReason", c."removalNote", rb."displayName" AS "removedByName", d."lockedAt"
    FROM "Comment" c
    JOIN "User" u ON u.id = c."authorId"
    JOIN "Discussion" d ON d.id = c."discussionId"
    LEFT JOIN "User" rb ON rb.id = c."removedById"
    LEFT JOIN "Article" a ON a."discussionId" = c."discussionId"
    LEFT JOIN "Thread" t ON t."discussionId" = c."discussionId"
    WHERE c.id = ${id}`;
  if (!r) return null;
  const {
    path,
    body,
    discussionId,
    lockedAt,
    articleSlug,
    articleTitle,
    articleStatus,
    articleAuthorId,
    threadId,
    threadSlug,
    threadTitle,
    ...row
  } = r;
  const access: ReadSubject = {
    article: articleStatus && articleAuthorId ? { status: articleStatus, authorId: articleAuthorId } : null,
  };
  return {
    row: row satisfies CommentRow,
    body,
    path,
    discussionId,
    lockedAt,
    /** Who may read its discussion (lib/policy.ts, "discussion:read" and "comment:read"). */
    access,
    /** The article or forum thread the comment is under. */
    owner: ownerOf({ articleSlug, articleTitle, threadId, threadSlug, threadTitle }),
  };
});
