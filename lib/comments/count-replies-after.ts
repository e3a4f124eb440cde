import "server-only";
import { readRows } from "@/lib/db";
import { after, decodeCursor, type Sort } from "./sort";

/** How many replies to a comment come after a cursor in a sort ("{n} more replies"). */
export async function countRepliesAfter(parentId: number, sort: Sort, cursor: string): Promise<number> {
  const [r] = await readRows<{ n: number }>`
    SELECT count(*)::int AS n FROM "Comment" c
    WHERE c."parentId" = ${parentId} ${after(sort, "c", decodeCursor(sort, cursor))}`;
  return r?.n ?? 0;
}
