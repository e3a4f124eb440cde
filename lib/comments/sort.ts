import { Prisma } from "@/lib/generated/prisma/client";

/** How siblings are ordered; the same order at every level of the tree. */
export const SORTS = ["oldest", "newest", "top"] as const;
export type Sort = (typeof SORTS)[number];
export const DEFAULT_SORT: Sort = "oldest";

export const SORT_LABELS: Record<Sort, string> = { oldest: "Oldest", newest: "Newest", top: "Top" };

/** Position of the last comment on a page; the next page starts after it. */
export type Cursor = { id: number; score: number };

// Top: score first, then age (the older of two equally scored comments first).
export function orderBy(sort: Sort, alias: string): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  switch (sort) {
    case "oldest":
      return Prisma.sql`${a}.id ASC`;
    case "newest":
      return Prisma.sql`${a}.id DESC`;
    case "top":
      return Prisma.sql`${a}.score DESC, ${a}.id ASC`;
  }
}

/**
 * The order of a page's roots, which all share one parent (or none): `orderBy` led by the parent,
 * a no-op for the result that makes the (discussionId, parentId, …) indexes the one that
 * reads them in order. Without it PostgreSQL may walk the primary key instead, filtering out
 * every earlier comment of the table (11,000 rows before a big discussion's first root).
 */
export function rootOrder(sort: Sort, alias: string): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  return sort === "newest"
    ? Prisma.sql`${a}."parentId" DESC, ${orderBy(sort, alias)}`
    : Prisma.sql`${a}."parentId", ${orderBy(sort, alias)}`;
}

export function after(sort: Sort, alias: string, cursor: Cursor | undefined): Prisma.Sql {
  if (!cursor) return Prisma.empty;
  const a = Prisma.raw(`"${alias}"`);
  switch (sort) {
    case "oldest":
      return Prisma.sql`AND ${a}.id > ${cursor.id}`;
    case "newest":
      return Prisma.sql`AND ${a}.id < ${cursor.id}`;
    case "top":
      return Prisma.sql`AND (${a}.score < ${cursor.score} OR (${a}.score = ${cursor.score} AND ${a}.id > ${cursor.id}))`;
  }
}

/** URL form of a cursor: `123` (by id) or `7_123` (score_id, for Top). */
export function encodeCursor(sort: Sort, c: Cursor): string {
  return sort === "top" ? `${c.score}_${c.id}` : String(c.id);
}

const MAX_INT = 2_147_483_647;

export function decodeCursor(sort: Sort, raw: string | undefined): Cursor | undefined {
  if (!raw) return undefined;
  const m = sort === "top" ? /^(-?\d{1,10})_(\d{1,10})$/.exec(raw) : /^()(\d{1,10})$/.exec(raw);
  if (!m) return undefined;
  const id = Number(m[2]);
  const score = m[1] ? Number(m[1]) : 0;
  if (id < 1 || id > MAX_INT || Math.abs(score) > MAX_INT) return undefined;
  return { id, score };
}
