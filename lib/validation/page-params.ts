import { z } from "zod";
import { DEFAULT_SORT, SORTS, type Sort } from "@/lib/comments/sort";

const id = z.coerce.number().int().positive().max(2_147_483_647);

/**
 * A path segment that can be a slug (letters, digits, hyphens), or undefined. The page routes
 * do not pass through proxy.ts, so anything odd (control characters, NUL) stops here.
 */
export function slugParam(raw: string): string | undefined {
  return /^[\p{L}\p{N}-]{1,200}$/u.test(raw) ? raw : undefined;
}

/** A path segment naming a row id, or undefined when it cannot name one. */
export function idParam(raw: string): number | undefined {
  return /^\d{1,10}$/.test(raw) ? id.safeParse(raw).data : undefined;
}

/** A thread's path segment, `{id}-{slug}` (or just `{id}`): its id, or undefined. */
export function threadParam(raw: string): number | undefined {
  const m = /^(\d{1,10})(?:-[\p{L}\p{N}-]{0,200})?$/u.exec(raw);
  return m ? idParam(m[1]!) : undefined;
}

/**
 * What a one-button form (Upvote, Delete) reports after it sends the reader back: the kind and
 * the comment it is about, e.g. `?notice=busy.123`. The page shows it at that comment.
 */
export const NOTICES = [
  "busy",
  "slow-down",
  "reported",
  "already-reported",
  "report-limit",
  "refused",
  "posted",
] as const;
export type Notice = { kind: (typeof NOTICES)[number]; commentId: number };
const noticeField = z
  .string()
  .regex(new RegExp(`^(${NOTICES.join("|")})\\.\\d{1,10}$`))
  .transform((v): Notice => {
    const [kind, id] = v.split(".");
    return { kind: kind as Notice["kind"], commentId: Number(id) };
  })
  .optional()
  .catch(undefined);

/** Query parameters of a discussion page; anything malformed is ignored, not an error page. */
export const discussionParamsSchema = z.object({
  sort: z.enum(SORTS).catch(DEFAULT_SORT),
  after: z.string().max(30).optional().catch(undefined),
  replytocom: id.optional().catch(undefined),
  editcomment: id.optional().catch(undefined),
  deletecomment: id.optional().catch(undefined),
  removecomment: id.optional().catch(undefined),
  reportcomment: id.optional().catch(undefined),
  notice: noticeField,
});

export type DiscussionParams = z.infer<typeof discussionParamsSchema>;

type SearchParams = Record<string, string | string[] | undefined>;

export function parseDiscussionParams(sp: SearchParams): DiscussionParams {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return discussionParamsSchema.parse(Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, first(v)])));
}

/** `?sort=…&after=…` for a page of a discussion (the default sort is left out). */
export function pageQuery({ sort, after }: { sort: Sort; after?: string }): string {
  const q = new URLSearchParams();
  if (sort !== DEFAULT_SORT) q.set("sort", sort);
  if (after) q.set("after", after);
  const s = q.toString();
  return s ? `?${s}` : "";
}
