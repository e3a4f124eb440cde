import type { CommentStatus, ModReason, Role } from "@/lib/generated/prisma/enums";

export type CommentRow = {
  id: number;
  parentId: number | null;
  depth: number;
  authorId: string;
  authorName: string;
  /** The author's role (Role as text), for the badge beside their name. */
  authorRole: Role;
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
