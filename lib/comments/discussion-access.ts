import "server-only";
import { db, type Tx } from "@/lib/db";
import { can, type Actor, type ReadSubject } from "@/lib/policy";
import { NotFoundError } from "./errors";

/** What lib/policy.ts needs to say who may read a discussion: the article it is under, if any. */
export async function readSubjectOf(client: Tx | typeof db, discussionId: number): Promise<ReadSubject> {
  const article = await client.article.findUnique({
    where: { discussionId },
    select: { status: true, authorId: true },
  });
  return { article };
}

/**
 * Every write to a discussion's comments (vote, report, edit, delete) first asks whether the
 * writer may read the discussion at all: a draft's is its author's and admins' alone, and to
 * anyone else its comments do not exist (404, as their pages answer), whatever their status.
 */
export async function ensureReadable(actor: Actor, client: Tx | typeof db, discussionId: number): Promise<void> {
  if (!can(actor, "discussion:read", await readSubjectOf(client, discussionId))) throw new NotFoundError("Comment");
}
