import type { CommentStatus, ModReason } from "@/lib/generated/prisma/enums";

export type CommentRow = {
  id: number;
  parentId: number | null;
  depth: number;
  authorId: string;
  authorName: string;
  bodyHtml: string;
  status: CommentStatus;
  score: number;
  replyCount: number;
  descendantCount: number;
  createdAt: Date;
  editedAt: Date | null;
  /** Whether the viewer has upvoted it (false for guests). */
  votedByMe: boolean;
  /** While removed by a moderator: why, and who (shown to its author and to staff only). */
  removalReason: ModReason | null;
  removalNote: string | null;
  removedByName: string | null;
};

export type CommentNode = CommentRow & {
  /** Level on the page being rendered (0 = a root of this page). */
  level: number;
  children: CommentNode[];
};
