import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { TooManyLinksError } from "@/lib/comments/errors";

// What a new account may post, in one place (the rate limits are in ./limits.ts). A spammer's
// account is new: links are what it comes for, so a new account's links are capped and its
// first post with a link waits for a moderator. Each number names where it comes from.
//
// Sources (defaults as shipped):
// - Discourse, config/site_settings.yml: `newuser_max_links` 2 (links a trust level 0 user may
//   put in a post); a user leaves TL0 for TL1 after reading and posting a little (tl1_requires_*:
//   topics entered, posts read, time spent reading). Discourse does not count @mentions.
// - WordPress, Settings → Discussion, "Hold a comment in the queue if it contains 2 or more
//   links" (`comment_max_links`, default 2), and "Comment author must have a previously
//   approved comment" (`comment_previously_approved`): a first comment waits for approval.
//
// Ours: we read no "time spent reading", so a new account is one created less than 24 hours
// ago, or with fewer than 3 approved (visible) posts. Staff and analysts are never new: an
// admin gave them their role.

const HOUR = 60 * 60 * 1000;

export const NEW_ACCOUNT = {
  /** Younger than this, an account is new (ours: one day, for Discourse's "read a little"). */
  minAgeMs: 24 * HOUR,
  /** With fewer approved posts than this, an account is new (ours; Discourse TL1 asks for reading). */
  approvedPosts: 3,
  /** Links a new account may put in one post (Discourse newuser_max_links 2; WordPress holds 2+). */
  maxLinks: 2,
} as const;

const NEVER_NEW: readonly Role[] = ["ANALYST", "MODERATOR", "ADMIN"];

/** What the rules know of a poster: new or not, and whether they have an approved post. */
export type Standing = { isNew: boolean; hasApprovedPost: boolean };

const ESTABLISHED: Standing = { isNew: false, hasApprovedPost: true };

/** The rule itself, on what was read: account age and approved posts (counted up to 3). */
export function isNewAccount(
  account: { role: Role; createdAt: Date; approvedPosts: number },
  now = new Date(),
): boolean {
  if (NEVER_NEW.includes(account.role)) return false;
  return (
    now.getTime() - account.createdAt.getTime() < NEW_ACCOUNT.minAgeMs ||
    account.approvedPosts < NEW_ACCOUNT.approvedPosts
  );
}

/**
 * Reads the poster's standing: one statement (the account's age and its visible comments,
 * counted no further than the rule needs), none for staff and analysts.
 */
export async function readStanding(actor: { id: string; role: Role } | null, now = new Date()): Promise<Standing> {
  if (!actor || NEVER_NEW.includes(actor.role)) return ESTABLISHED;
  const [row] = await db.$queryRaw<{ createdAt: Date; approvedPosts: number }[]>`
    SELECT u."createdAt",
           (SELECT count(*) FROM (
              SELECT 1 FROM "Comment" c WHERE c."authorId" = u.id AND c.status = 'VISIBLE' LIMIT ${NEW_ACCOUNT.approvedPosts}
            ) s)::int AS "approvedPosts"
    FROM "User" u WHERE u.id = ${actor.id}`;
  if (!row) return ESTABLISHED; // no such user: the write fails on its foreign key
  return { isNew: isNewAccount({ role: actor.role, ...row }, now), hasApprovedPost: row.approvedPosts > 0 };
}

/**
 * Links that lead off the site, in a comment's rendered HTML (what `renderCommentBody` returns,
 * so autolinked URLs count). Links to a path of this site do not: @mentions and Quote's link to
 * the quoted comment are written by the site itself, and cannot advertise anything.
 */
export function countLinks(bodyHtml: string): number {
  let n = 0;
  for (const m of bodyHtml.matchAll(/<a\s[^>]*?\bhref\s*=\s*"([^"]*)"/gi)) {
    const href = m[1]!.trim();
    // "/path" is this site; "//host" and "/\host" are another host to a browser.
    const sameSite = /^\/(?![/\\])/.test(href) || href.startsWith("#");
    if (!sameSite) n++;
  }
  return n;
}

/**
 * A new post: refused (TooManyLinksError) with more links than a new account may post; held
 * for review (PENDING_REVIEW) when it is a new account's first post and has a link; otherwise
 * visible. "First post" means no approved post yet: a new account whose first post is still
 * held is still on its first post, so each of its posts with a link waits too, while a post
 * without links goes up (and, once visible, ends the "first post" hold for later ones).
 */
export function statusOfNewPost(standing: Standing, bodyHtml: string): "VISIBLE" | "PENDING_REVIEW" {
  if (!standing.isNew) return "VISIBLE";
  const links = countLinks(bodyHtml);
  if (links > NEW_ACCOUNT.maxLinks) throw new TooManyLinksError(NEW_ACCOUNT.maxLinks);
  return links > 0 && !standing.hasApprovedPost ? "PENDING_REVIEW" : "VISIBLE";
}

/**
 * An edit: a new account may not bring a post over the link limit. A post already over it
 * (written before the account counted as new again, say) may still be corrected, as long as
 * the edit adds no link.
 */
export function checkEdit(standing: Standing, oldHtml: string, newHtml: string): void {
  if (!standing.isNew) return;
  const links = countLinks(newHtml);
  if (links > NEW_ACCOUNT.maxLinks && links > countLinks(oldHtml)) throw new TooManyLinksError(NEW_ACCOUNT.maxLinks);
}
