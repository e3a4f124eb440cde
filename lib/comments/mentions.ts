import "server-only";
import { db } from "@/lib/db";

// "@" then up to four words of a display name ("@Maya Chen", "@Liam O'Connor").
const MENTION = /(^|[^\p{L}\p{N}_@/])@([\p{L}\p{N}][\p{L}\p{N}'’.-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’.-]*){0,3})/gu;
// Code is left alone: fenced blocks and inline spans.
const CODE = /(```[\s\S]*?(?:```|$)|`[^`\n]*`)/g;

function candidates(words: string): string[] {
  const parts = words.split(/[ \t]+/);
  return parts.map((_, i) =>
    parts
      .slice(0, i + 1)
      .join(" ")
      .replace(/[.'’-]+$/, ""),
  );
}

/**
 * Turns "@Display Name" into a markdown link to that user's page, matching the longest name
 * that belongs to exactly one user (case-insensitive). One query for all mentions.
 */
export async function linkMentions(source: string): Promise<string> {
  const segments = source.split(CODE);
  const names = new Set<string>();
  segments.forEach((seg, i) => {
    if (i % 2 === 1) return;
    for (const m of seg.matchAll(MENTION)) for (const c of candidates(m[2]!)) names.add(c.toLowerCase());
  });
  if (names.size === 0) return source;

  const users = await db.$queryRaw<{ id: string; name: string; n: number }[]>`
    SELECT min(id) AS id, lower("displayName") AS name, count(*)::int AS n
    FROM "User" WHERE lower("displayName") = ANY(${[...names]}::text[])
    GROUP BY lower("displayName")`;
  const byName = new Map(users.filter((u) => u.n === 1).map((u) => [u.name, u.id]));
  if (byName.size === 0) return source;

  return segments
    .map((seg, i) =>
      i % 2 === 1
        ? seg
        : seg.replace(MENTION, (whole, lead: string, words: string) => {
            const match = candidates(words)
              .reverse()
              .find((c) => byName.has(c.toLowerCase()));
            if (!match) return whole;
            const rest = words.slice(match.length);
            return `${lead}[@${match}](/users/${byName.get(match.toLowerCase())})${rest}`;
          }),
    )
    .join("");
}
