import { z } from "zod";

const id = z.coerce.number().int().positive().max(2_147_483_647);

/** Query parameters of a discussion page; anything malformed is ignored, not an error page. */
export const discussionParamsSchema = z.object({
  after: id.optional().catch(undefined),
  before: id.optional().catch(undefined),
  replytocom: id.optional().catch(undefined),
});

export type DiscussionParams = z.infer<typeof discussionParamsSchema>;

export function parseDiscussionParams(sp: Record<string, string | string[] | undefined>): DiscussionParams {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return discussionParamsSchema.parse({
    after: first(sp.after),
    before: first(sp.before),
    replytocom: first(sp.replytocom),
  });
}

export function cursorQuery({ after, before }: DiscussionParams): string {
  if (after !== undefined) return `?after=${after}`;
  if (before !== undefined) return `?before=${before}`;
  return "";
}
