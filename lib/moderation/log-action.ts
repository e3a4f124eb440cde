import "server-only";
import type { ModActionKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type LoggedAction = {
  actorId: string;
  action: ModActionKind;
  targetUserId?: string | null;
  targetCommentId?: number | null;
  discussionId?: number | null;
  reason?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  expiresAt?: Date | null;
};

/**
 * The moderation log's row for an action, written with the action's own transaction `tx`
 * (documenso's pattern): if the action commits, so does its row; nothing changes unlogged.
 */
export async function logAction(tx: Tx, entry: LoggedAction): Promise<number> {
  const row = await tx.modAction.create({ data: entry, select: { id: true } });
  return row.id;
}
