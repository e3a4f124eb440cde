/**
 * The tags of the guests' cached pages (lib/views/cached-pages.ts). Each names data a page
 * shows; a write expires the tags of what it changed (`revalidateTag(tag, { expire: 0 })`), and
 * with them every page that shows it. Apart from cached-pages.ts so that a page builder can
 * name what it shows without importing the cache.
 */
export const TAGS = {
  discussion: (id: number) => `discussion:${id}`,
  /** An article's own fields (title, address), wherever they show: its pages, and the forum threads about it. */
  article: (slug: string) => `article:${slug}`,
  /** A forum thread's opening post, title, pin. */
  thread: (id: number) => `thread:${id}`,
  /** A forum category's name and address, as its threads' pages show them (the lists have forum-lists). */
  forumCategory: (id: string) => `forum-category:${id}`,
  /** The forum's home and category lists: titles, reply counts, latest activity. */
  forumLists: "forum-lists",
  /** Lists of articles (home, categories): titles, excerpts, comment counts. */
  articleLists: "article-lists",
  categories: "categories",
} as const;
