const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most values (names, ids, links) have nothing to escape: a test is far cheaper than a replace.
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
