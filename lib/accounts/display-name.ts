import unhomoglyph from "unhomoglyph";

/**
 * The uniqueness key of a display name: two names with one key look alike, so only one
 * account may hold it (User.displayNameKey, unique).
 *
 * 1. Unicode NFKC (full-width "Ａｄａ" is "Ada", ligatures and compatibility forms unfold);
 * 2. each code point folded on its own: its confusable skeleton, lower case, the skeleton
 *    again, lower case again, and any white space in the result a plain space. The skeletons are
 *    Unicode's confusables.txt (UTS #39) as shipped by `unhomoglyph` (nodeca, MIT), so Cyrillic
 *    "а" and Greek "α" fold to Latin "a", "0" to "o", "1", "I" and "l" to "l", "m" to "rn";
 * 3. runs of spaces collapse to one, and the ends are trimmed.
 *
 * The database computes the same key itself (display_name_key() and its trigger, in the
 * migration "display_name_key"), from a table generated from this very function, so rows
 * written with raw SQL (seed, benchmarks, tests) get the same key; display-name.test.ts checks
 * that the two agree. The key is for comparing only, never for showing.
 */
export function displayNameKey(name: string): string {
  let out = "";
  for (const ch of name.normalize("NFKC")) out += foldChar(ch);
  return out.replace(/ {2,}/g, " ").replace(/^ | $/g, "");
}

/** The fold of one code point (step 2 above). */
export function foldChar(ch: string): string {
  return unhomoglyph(unhomoglyph(ch).toLowerCase()).toLowerCase().replace(/\s/gu, " ");
}
