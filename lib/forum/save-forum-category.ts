import "server-only";
import { NotFoundError } from "@/lib/comments/errors";
import { db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/policy";
import { forumCategorySchema, type ForumCategoryInput } from "@/lib/validation/forum";

export class CategorySlugTakenError extends Error {
  constructor() {
    super("Another category already uses that slug.");
  }
}

/** Adds a forum category (`id` undefined, placed last) or renames one: admins only. */
export async function saveForumCategory(actor: Actor, raw: ForumCategoryInput & { id?: string }) {
  authorize(actor, "forum:manage-categories", undefined);
  const data = forumCategorySchema.parse(raw);
  try {
    if (raw.id === undefined) {
      const position = await db.forumCategory.count();
      return await db.forumCategory.create({ data: { ...data, position }, select: { id: true, slug: true } });
    }
    return await db.forumCategory.update({ where: { id: raw.id }, data, select: { id: true, slug: true } });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "P2002") throw new CategorySlugTakenError();
    if (code === "P2025") throw new NotFoundError("Category");
    throw e;
  }
}
