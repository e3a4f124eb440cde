import "server-only";
import { db } from "@/lib/db";

/** Where a user's name (and role badge) is printed on the guests' cached pages. */
export type UserAppearances = {
  /** Discussions they wrote in: each comment shows its author. */
  discussionIds: number[];
  /** Articles they wrote: the byline, and the lists' cards. */
  articleSlugs: string[];
  /** Forum threads they started: the opening post, and the lists' rows. */
  threadIds: number[];
};

/** What a change to a user's name or role must expire (lib/http/expire-pages.ts does it). */
export async function findUserAppearances(userId: string): Promise<UserAppearances> {
  const [discussions, articles, threads] = await Promise.all([
    db.comment.findMany({ where: { authorId: userId }, distinct: ["discussionId"], select: { discussionId: true } }),
    db.article.findMany({ where: { authorId: userId }, select: { slug: true } }),
    db.thread.findMany({ where: { authorId: userId }, select: { id: true } }),
  ]);
  return {
    discussionIds: discussions.map((d) => d.discussionId),
    articleSlugs: articles.map((a) => a.slug),
    threadIds: threads.map((t) => t.id),
  };
}
