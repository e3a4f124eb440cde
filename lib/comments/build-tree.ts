import type { CommentNode, CommentRow } from "./types";

/** Nests rows (parents before children, siblings in display order) under the given roots. */
export function buildTree(rows: readonly CommentRow[], rootIds: readonly number[]): CommentNode[] {
  const byId = new Map<number, CommentNode>();
  const roots = new Set(rootIds);
  const result: CommentNode[] = [];
  for (const row of rows) {
    const parent = row.parentId === null || roots.has(row.id) ? undefined : byId.get(row.parentId);
    if (!roots.has(row.id) && !parent) continue; // its parent fell outside the page's cap
    const node: CommentNode = { ...row, level: parent ? parent.level + 1 : 0, children: [] };
    byId.set(row.id, node);
    if (parent) parent.children.push(node);
    else result.push(node);
  }
  return result;
}
