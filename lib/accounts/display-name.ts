import unhomoglyph from "unhomoglyph";

/**
 * What the key leaves out, because it draws nothing or next to nothing on its own:
 * - default-ignorable code points (the combining grapheme joiner U+034F, variation selectors,
 *   Khmer's inherent vowels U+17B4/5, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, …),
 *   which a renderer shows as nothing;
 * - combining marks of no script of their own (Script=Inherited: the combining diacritics,
 *   U+0300–U+036F and their supplements, Arabic vowel points), so "Mayạ" and "Zoë" are the
 *   look-alikes of "Maya" and "Zoe" that they are. The vowel signs of Devanagari, Thai and
 *   other scripts that write vowels as marks belong to their script and stay: without them
 *   different names (राम, रमा) would have one key.
 */
const FOLDED_OUT = /\p{Default_Ignorable_Code_Point}|(?=\p{M})\p{Script=Inherited}/gu;

/**
 * The uniqueness key of a display name: two names with one key look alike, so only one
 * account may hold it (User.displayNameKey, unique).
 *
 * 1. Unicode NFKC (full-width "Ａｄａ" is "Ada", ligatures and compatibility forms unfold);
 * 2. each code point folded on its own (foldChar): the characters above dropped, a letter that
 *    carries such a mark taken as its bare letter ("ạ" is "a"), then its confusable skeleton,
 *    lower case, the skeleton again, lower case again, and any white space in the result a
 *    plain space. The skeletons are Unicode's confusables.txt (UTS #39) as shipped by
 *    `unhomoglyph` (nodeca, MIT), so Cyrillic "а" and Greek "α" fold to Latin "a", "0" to "o",
 *    "1", "I" and "l" to "l", "m" to "rn";
 * 3. runs of spaces collapse to one, and the ends are trimmed.
 *
 * The database computes the same key itself (display_name_key() and its trigger, in the
 * migration "display_name_key"), from a table generated from this very function (last in the
 * migration "display_name_key_ignorables"), so rows written with raw SQL (seed, benchmarks,
 * tests) get the same key; display-name.test.ts checks that the two agree. The key is for
 * comparing only, never for showing.
 */
export function displayNameKey(name: string): string {
  let out = "";
  for (const ch of name.normalize("NFKC")) out += foldChar(ch);
  return out.replace(/ {2,}/g, " ").replace(/^ | $/g, "");
}

/** The fold of one code point (step 2 above). */
export function foldChar(ch: string): string {
  const decomposed = ch.normalize("NFD");
  const bare = decomposed.replace(FOLDED_OUT, "");
  // Only a character that loses something is recomposed: the rest fold as they are.
  const base = bare === decomposed ? ch : bare.normalize("NFC");
  let out = "";
  for (const c of base) out += unhomoglyph(unhomoglyph(c).toLowerCase()).toLowerCase();
  // Skeletons may carry marks of their own ("¢" is "c̸"): those go too.
  return out.replace(FOLDED_OUT, "").replace(/\s/gu, " ");
}
