// Every rate limit of the site, in one place: how many points a key may spend in how many
// seconds. lib/http/rate-limit.ts enforces them (in PostgreSQL or Redis, shared by every app
// process and kept across restarts). Each number names where it comes from; where we chose
// differently from the forums we compare with, the comment says why.
//
// Sources (defaults as shipped):
// - Discourse, config/site_settings.yml, `rate_limits:` section: rate_limit_create_post 5
//   (seconds between two posts), max_likes_per_day 50, max_flags_per_day 20,
//   max_logins_per_ip_per_minute 6, max_logins_per_ip_per_hour 30.
// - NodeBB, install/data/defaults.json: postDelay 10 (seconds between two posts),
//   flags:postFlagsPerDay 10 and flags:userFlagsPerDay 10 (its "flags per day").
// - OWASP Authentication Cheat Sheet, "Account Lockout": count failed logins against the
//   account, not only the address; choose a lockout threshold and an observation window; keep
//   the lockout temporary so it cannot be used to lock real users out. It names no numbers.

export type Limit = {
  /** Prefix of the stored key ("sign-in:<key>"): one table (or Redis keyspace) for all limits. */
  keyPrefix: string;
  /** Points a key may spend per window; every request spends one. */
  points: number;
  /** The window, in seconds, from the key's first point. */
  duration: number;
};

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const LIMITS = {
  // Per address and account: guessing one account's password. OWASP's threshold and
  // observation window: 10 failures in 15 minutes, then the key waits out the rest of the
  // window (temporary, per OWASP, and keyed with the address so a stranger elsewhere cannot
  // lock the owner out). A successful sign-in refunds its point, so only failures count.
  signIn: { keyPrefix: "sign-in", points: 10, duration: 15 * MINUTE },

  // Per address, whatever the email: a password spray across many accounts. Discourse allows
  // 30 logins per address per hour (max_logins_per_ip_per_hour); we allow 30 *failures* per
  // 10 minutes, because successes are refunded and a busy shared address (an office, a school)
  // must not be locked out by its own members.
  signInIp: { keyPrefix: "sign-in-ip", points: 30, duration: 10 * MINUTE },

  // Per address: accounts created. Ours (Discourse caps accounts per registration address at
  // 3 in total, max_new_accounts_per_registration_ip, too strict for a shared address).
  signUp: { keyPrefix: "sign-up", points: 20, duration: HOUR },

  // Per user: comments posted, in a burst. Discourse spaces posts 5 seconds apart
  // (rate_limit_create_post, 12 a minute) and NodeBB 10 seconds (postDelay, 6 a minute); we
  // allow 10 a minute in any rhythm, since a reader answering several replies in a row posts
  // quickly, and the browser tests post several comments from one user back to back.
  comment: { keyPrefix: "comment", points: 10, duration: MINUTE },

  // Per user: comments posted in an hour, the sustained rate the burst limit above does not
  // bound (10 a minute would be 600 an hour). Ours: 30, a very busy hour of genuine replies;
  // Discourse's 5-second spacing alone would allow 720.
  commentHourly: { keyPrefix: "comment-hour", points: 30, duration: HOUR },

  // Per user, while the account is new (lib/abuse/new-accounts.ts): a stricter hourly cap.
  // NodeBB spaces a newbie's posts 120 seconds apart (newbiePostDelay, 30 an hour) until they
  // reach newbiePostDelayThreshold reputation; Discourse 30 seconds (rate_limit_new_user_create_post).
  // Ours: 10 an hour, a third of an established account's, on top of the burst limit.
  commentNew: { keyPrefix: "comment-new", points: 10, duration: HOUR },

  // Per user: edits. Ours, the same as posting (Discourse also caps edits at 30 a day,
  // max_edits_per_day; not adopted: correcting a long comment takes several saves).
  edit: { keyPrefix: "edit", points: 10, duration: MINUTE },

  // Per user: previews. Each is a server render of up to 10,000 characters: generous, but
  // bounded. Ours.
  preview: { keyPrefix: "preview", points: 30, duration: MINUTE },

  // Per user: votes (and un-votes: a vote is a toggle). Ours: one a second. Discourse also caps
  // likes at 50 a day (max_likes_per_day); not adopted here, since an up-vote costs one row and
  // the per-minute limit already stops scripted voting.
  vote: { keyPrefix: "vote", points: 60, duration: MINUTE },

  // Per user: reports (flags) filed. NodeBB's 10 a day (flags:postFlagsPerDay), the lower of
  // NodeBB's and Discourse's (max_flags_per_day 20): each report costs a moderator's time.
  report: { keyPrefix: "report", points: 10, duration: DAY },

  // Per user: password changes tried on /account. Guessing the current password from a
  // session someone left open is guessing a password, so sign-in's numbers (OWASP's 10 in 15
  // minutes, above); a change that goes through refunds its point.
  passwordChange: { keyPrefix: "password-change", points: 10, duration: 15 * MINUTE },

  // Per user: display-name changes. Ours: a name is how readers know who said what, and a
  // name changed many times a day is one used to confuse them; 5 a day leaves room for typos.
  displayName: { keyPrefix: "display-name", points: 5, duration: DAY },

  // Per user: forum threads started. Discourse allows 20 new topics a day (max_topics_per_day)
  // and spaces them 15 seconds apart (rate_limit_create_topic); ours is 10 an hour, as many as
  // a busy analyst starts in a day, and the browser tests start several from one account.
  thread: { keyPrefix: "thread", points: 10, duration: HOUR },

  // Per user: newsroom saves (draft, publish, update). Ours: 60 an hour, one a minute for an
  // hour of steady editing; it bounds what a stolen analyst session can churn.
  articleSave: { keyPrefix: "article-save", points: 60, duration: HOUR },
} as const satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;
