/** The entries of an X-Forwarded-* list ("a, b, c"), in order, without blanks. */
export function forwardedEntries(value: string | null | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The entry `hops` places from the right (1 = the rightmost, written by the proxy next to us).
 * Each trusted proxy appends what it saw, so everything further left came from the client and
 * proves nothing. A shorter list than expected gives its leftmost entry.
 */
export function entryFromRight(entries: readonly string[], hops: number): string | undefined {
  if (entries.length === 0 || hops < 1) return undefined;
  return entries[Math.max(0, entries.length - hops)];
}
