import "server-only";
import { db } from "@/lib/db";

export function listCategories() {
  return db.category.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
}

export function getCategory(slug: string) {
  return db.category.findUnique({ where: { slug }, select: { slug: true, name: true } });
}
