import { revalidateTag } from "next/cache";
import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/comments/errors";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { listForumCategories } from "@/lib/forum/list-forum-categories";
import { CategorySlugTakenError, saveForumCategory } from "@/lib/forum/save-forum-category";
import { seeOther } from "@/lib/http/comment-forms";
import { htmlResponse, notFoundResponse, troubleResponse, userDocument } from "@/lib/http/serve-page";
import { STAFF_CACHE, staffPost } from "@/lib/http/staff-pages";
import { can, ForbiddenError } from "@/lib/policy";
import { getCurrentUser, type CurrentUser } from "@/lib/session";
import { forumCategorySchema } from "@/lib/validation/forum";
import { TAGS } from "@/lib/views/cached-pages";
import { forumCategoriesPage, type CategoryFormEcho } from "@/lib/views/forum-categories";
import { formRoute, pageRoute, typedFields } from "@/lib/http/mutation";

const PATH = "/forum/categories";

async function page(user: CurrentUser, status: number, echo?: CategoryFormEcho, done?: boolean) {
  if (!can(user, "forum:manage-categories", undefined)) return notFoundResponse(user, PATH);
  const body = forumCategoriesPage(await listForumCategories(), echo, done);
  return htmlResponse(await userDocument(body, user, PATH), status, STAFF_CACHE);
}

function trouble(e: unknown) {
  const t = asServiceError(e);
  if (t instanceof ServiceUnavailableError) return troubleResponse(t, "forum categories");
  throw e;
}

export const GET = pageRoute("forum categories", manageCategories);

/** Admins rename the forum's categories and add new ones; anyone else gets a 404. */
async function manageCategories(request: NextRequest) {
  try {
    const user = await getCurrentUser();
    if (!user) return seeOther(`/signin?callbackUrl=${PATH}`);
    return await page(user, 200, undefined, request.nextUrl.searchParams.has("done"));
  } catch (e) {
    return trouble(e);
  }
}

export const POST = formRoute(
  "forum category",
  save,
  typedFields({ Name: "name", Slug: "slug", Description: "description" }),
);

/** Rename a category (`id` set) or add one; the use case asks the policy again. */
async function save(request: NextRequest) {
  const pre = await staffPost(request, PATH, "forum categories form");
  if ("done" in pre) return pre.done;
  const { user, form, log } = pre;
  const rawId = form.get("id");
  const id = typeof rawId === "string" && rawId ? rawId : undefined;
  const values = Object.fromEntries(["name", "slug", "description"].map((k) => [k, String(form.get(k) ?? "")]));
  const target = id ?? "new";
  try {
    if (!can(user, "forum:manage-categories", undefined)) return await notFoundResponse(user, PATH);
    const parsed = forumCategorySchema.safeParse(values);
    if (!parsed.success) return await page(user, 422, { target, values, error: parsed.error.issues[0]?.message });
    const saved = await saveForumCategory(user, { ...parsed.data, id });
    log.info({ event: "forum.category-saved", userId: user.id, categoryId: saved.id }, "forum category saved");
    // The lists name every category; each of its threads' pages names it in the breadcrumb.
    revalidateTag(TAGS.forumLists, { expire: 0 });
    if (id) revalidateTag(TAGS.forumCategory(saved.id), { expire: 0 });
    return seeOther(`${PATH}?done`);
  } catch (e) {
    if (e instanceof ForbiddenError) return notFoundResponse(user, PATH);
    if (e instanceof CategorySlugTakenError || e instanceof NotFoundError) {
      return page(user, 409, { target, values, error: e.message }).catch(trouble);
    }
    return trouble(e);
  }
}
