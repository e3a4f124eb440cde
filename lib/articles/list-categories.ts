import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";

/** Categories change almost never and every page's header shows them: cached for a minute. */
export const listCategories = unstable_cache(
  () => db.category.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ["categories"],
  { revalidate: 60 },
);

export function getCategory(slug: string) {
  return db.category.findUnique({ where: { slug }, select: { slug: true, name: true } });
}
