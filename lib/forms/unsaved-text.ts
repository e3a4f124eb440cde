import "server-only";

/**
 * Text a form could not save, handed from the server action to the page rendered after it in
 * the same request. Without JavaScript, a failed post re-renders the whole page, and when the
 * database is down that page is the "trouble" notice: it shows the text so the writer keeps it.
 * Only requests without JavaScript leave text here (with JavaScript the form keeps it), each
 * entry is taken by its own request's render, and the map stays small whatever happens.
 */
const MAX_ENTRIES = 200;
const g = globalThis as unknown as { reexUnsavedText?: Map<string, string> };
const entries = (g.reexUnsavedText ??= new Map());

export function keepUnsavedText(requestId: string, text: string): void {
  if (!text.trim()) return;
  entries.set(requestId, text);
  for (const key of entries.keys()) {
    if (entries.size <= MAX_ENTRIES) break;
    entries.delete(key);
  }
}

export function takeUnsavedText(requestId: string): string | undefined {
  const text = entries.get(requestId);
  entries.delete(requestId);
  return text;
}
