// Every bound on how much of a discussion one request may load lives here.

/** Top-level comments (or replies to the thread root) per page. */
export const ROOTS_PER_PAGE = 20;

/** Levels rendered on one page: the roots plus this many minus one levels of replies. */
export const DISPLAY_DEPTH = 6;

/** Replies loaded under one parent, by the parent's level on the page (0 = root). */
export const REPLIES_PER_PARENT = [5, 3, 2, 1, 1] as const;

/** Hard cap on comments one page loads, whatever the tree looks like. */
export const MAX_COMMENTS_PER_PAGE = 150;
