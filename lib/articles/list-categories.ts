import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";

/** Categories change almost never and every page's header shows them. */
export async function listCategories() {
  "use cache";
  cacheLife("hours");
  cacheTag("categories");
  return db.category.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
}

export function getCategory(slug: string) {
  return db.category.findUnique({ where: { slug }, select: { slug: true, name: true } });
}
