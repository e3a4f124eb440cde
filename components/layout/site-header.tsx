import { headers } from "next/headers";
import { listCategories } from "@/lib/articles/list-categories";
import { openItemsFor } from "@/lib/moderation/list-queue";
import { getCurrentUser } from "@/lib/session";
import { siteHeaderHtml } from "@/lib/views/site-header";

/**
 * The header of the React pages (sign in and up): the same markup as the HTML
 * pages' (lib/views/site-header.ts). With the database down it still renders, without
 * categories, and says the account cannot be checked.
 */
export async function SiteHeader() {
  const [user, categories] = await Promise.allSettled([getCurrentUser(), listCategories()]);
  const path = (await headers()).get("x-pathname") ?? "/";
  const reader = user.status === "fulfilled" ? user.value : undefined;
  const markup = siteHeaderHtml({
    user: reader,
    categories: categories.status === "fulfilled" ? categories.value : [],
    returnTo: path,
    modItems: await openItemsFor(reader ?? undefined),
  });
  return <div className="site-header-slot" dangerouslySetInnerHTML={{ __html: markup.value }} />;
}
