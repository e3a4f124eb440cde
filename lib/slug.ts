/** A URL slug from a title: "NdPr at $60/kg?" → "ndpr-at-60-kg". Empty when nothing is left. */
export function slugify(title: string, max = 80): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, max)
    .replace(/^-+|-+$/g, "");
}
