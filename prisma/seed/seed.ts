// Seeds demo users, categories, articles and discussions, and the forum (./forum.ts). Idempotent (upserts; a
// discussion is filled only while empty), and refuses a database that already holds
// users unless forced. Run: DATABASE_URL=… npm run seed [-- --force]
import crypto from "node:crypto";
import { hashPassword } from "@/lib/accounts/password";
import { createComment } from "@/lib/comments/create-comment";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { setVote } from "@/lib/comments/set-vote";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { articles } from "./articles";
import { discussion } from "./discussion";
import { seedForum } from "./forum";
import { categories, demoUsers, extraUsers } from "./users";

const SHORT_THREADS: Record<string, { author: string; body: string; replyTo?: number; deleted?: true }[]> = {
  "lynas-heavy-rare-earths-push": [
    {
      author: "hiro",
      body: "Separated dysprosium outside China is the real milestone here. Volumes matter less than proving the flowsheet.",
    },
    {
      author: "analyst",
      body: "Agreed. The next thing to watch is whether offtakers sign at prices that cover the extra processing cost.",
      replyTo: 0,
    },
    { author: "ngozi", body: "Any sense of how the Malaysian licence conditions affect the timeline?" },
    // Deleted by its author after it was answered: a "[deleted]" placeholder with its replies.
    {
      author: "liam",
      body: "Lynas is now priced as if Texas is already running. Any slip there and the premium unwinds fast.",
      deleted: true,
    },
    {
      author: "sofia",
      body: "The premium is for heavy rare earths outside China, not for Texas. That case holds even with a delay.",
      replyTo: 3,
    },
    {
      author: "kwame",
      body: "Fair point on the premium, but a delay still pushes out the cash flow that funds the next expansion.",
      replyTo: 3,
    },
  ],
  "china-export-control-pause-deadline": [
    {
      author: "liam",
      body: "A pause is not a repeal. Procurement teams I talk to are still planning as if licences can be slowed at any time.",
    },
    {
      author: "sofia",
      body: "Which is exactly why inventory builds keep going even when spot prices soften.",
      replyTo: 0,
    },
  ],
  "us-magnet-plants-ramp-up": [
    {
      author: "kwame",
      body: "Magnet capacity without domestic metal-making just moves the bottleneck one step upstream.",
    },
  ],
};

// The seeded voices have been here a while (before the first article), so the new-account rules
// (lib/abuse/new-accounts.ts) leave them alone; only the newcomer below is new.
/**
 * The big discussion shows what the engine does: upvotes from the seeded voices (never from the
 * demo accounts, whose own votes the browser tests make), so "Top" differs from "Oldest", and
 * a few comments edited by their authors, with their history.
 */
const SHOWCASE_VOTES: Record<string, number> = { c46: 5, c2: 4, c59: 4, c21: 3, c47: 3, c1: 2, c22: 2, c74: 2, c36: 1 };
const VOTERS = ["kwame", "elena", "hiro", "sofia", "liam", "ngozi"];
const SHOWCASE_EDITS: Record<string, string> = {
  c5: "**Edit:** to be clear, I mean the Japanese stockpile agency's purchases, not private buyers'.",
  c52: "**Edit:** added the point about offtake terms after a reader asked.",
  c66: "**Edit:** fixed the figure: it is a ten-year tenor, not seven.",
};

const JOINED = new Date(Math.min(Date.now(), ...articles.map((a) => Date.parse(a.publishedAt))) - 30 * 86_400_000);

export async function seed({ force = false, log = console.log } = {}) {
  const existing = await db.user.count();
  if (existing > 0 && !force) {
    log(`Database already holds ${existing} users; not seeding (pass --force to seed anyway).`);
    return { seeded: false };
  }

  const userIds = new Map<string, string>();
  for (const u of demoUsers) {
    const row = await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: {
        email: u.email,
        displayName: u.displayName,
        role: u.role,
        passwordHash: await hashPassword(u.password),
        createdAt: JOINED,
      },
      select: { id: true },
    });
    userIds.set(u.key, row.id);
  }
  for (const u of extraUsers) {
    const row = await db.user.upsert({
      where: { email: `${u.key}@example.com` },
      update: {},
      create: {
        email: `${u.key}@example.com`,
        displayName: u.displayName,
        passwordHash: await hashPassword(crypto.randomBytes(24).toString("hex")),
        createdAt: JOINED,
      },
      select: { id: true },
    });
    userIds.set(u.key, row.id);
  }
  const roles = new Map<string, Role>(demoUsers.map((u) => [u.key, u.role]));
  const actorOf = (key: string) => ({ id: userIds.get(key)!, role: roles.get(key) ?? "READER", suspendedUntil: null });

  const categoryIds = new Map<string, string>();
  for (const c of categories) {
    const row = await db.category.upsert({
      where: { slug: c.slug },
      update: { name: c.name },
      create: c,
      select: { id: true },
    });
    categoryIds.set(c.slug, row.id);
  }

  for (const a of articles) {
    const data = {
      title: a.title,
      excerpt: a.excerpt,
      highlights: a.highlights,
      body: a.body,
      publishedAt: new Date(a.publishedAt),
      categoryId: categoryIds.get(a.category)!,
      authorId: userIds.get(a.author)!,
    };
    const existingArticle = await db.article.findUnique({ where: { slug: a.slug }, select: { discussionId: true } });
    let discussionId = existingArticle?.discussionId;
    if (discussionId === undefined) {
      discussionId = await db.$transaction(async (tx) => {
        const { id } = await tx.discussion.create({ data: {}, select: { id: true } });
        await tx.article.create({ data: { ...data, slug: a.slug, discussionId: id } });
        return id;
      });
    } else {
      await db.article.update({ where: { slug: a.slug }, data });
    }

    if ((await db.comment.count({ where: { discussionId } })) > 0) continue;
    const script =
      a.slug === "ndpr-price-floor-debate"
        ? discussion.map((c) => ({ author: c.author as string, body: c.body, parentKey: c.parent, key: c.key }))
        : (SHORT_THREADS[a.slug] ?? []).map((c, i) => ({
            author: c.author,
            body: c.body,
            key: String(i),
            parentKey: c.replyTo === undefined ? null : String(c.replyTo),
          }));
    const ids = new Map<string, number>();
    const start = new Date(a.publishedAt).getTime() + 45 * 60_000;
    const showcase = a.slug === "ndpr-price-floor-debate";
    for (const [i, c] of script.entries()) {
      const author = actorOf(c.author);
      const parentId = c.parentKey === null ? undefined : ids.get(c.parentKey);
      const created = await createComment(author, { discussionId, parentId, body: c.body });
      ids.set(c.key, created.id);
      // Spread the conversation over the days after publication. An edit is made while its
      // window is open, then its times are moved back beside the comment's own.
      const at = new Date(start + i * 47 * 60_000);
      const edit = showcase ? SHOWCASE_EDITS[c.key] : undefined;
      if (edit) await editComment(author, { commentId: created.id, body: `${c.body}\n\n${edit}` });
      const editedAt = edit ? new Date(at.getTime() + 20 * 60_000) : undefined;
      await db.comment.update({ where: { id: created.id }, data: { createdAt: at, editedAt } });
      if (editedAt) {
        const revisions = db.commentRevision;
        await revisions.updateMany({ where: { commentId: created.id, body: c.body }, data: { createdAt: at } });
        await revisions.updateMany({
          where: { commentId: created.id, NOT: { body: c.body } },
          data: { createdAt: editedAt },
        });
      }
    }
    for (const [key, votes] of Object.entries(showcase ? SHOWCASE_VOTES : {})) {
      const by = script.find((c) => c.key === key)!.author;
      for (const voter of VOTERS.filter((v) => v !== by).slice(0, votes)) {
        await setVote(actorOf(voter), ids.get(key)!, true);
      }
    }
    for (const [i, c] of (SHORT_THREADS[a.slug] ?? []).entries()) {
      if (c.deleted) await deleteComment(actorOf(c.author), ids.get(String(i))!);
    }
    if (script.length) log(`Seeded ${script.length} comments on ${a.slug}`);
  }
  await seedModeration(userIds, log);
  const authors = new Map([...userIds.keys()].map((key) => [key, actorOf(key)] as const));
  await seedForum(authors, new Date(Date.now() - 4 * 86_400_000), log);
  return { seeded: true };
}

/**
 * Work for the demo moderator: open reports on two comments (one reported twice) and one
 * post held for review, on articles the browser tests do not count comments on.
 */
async function seedModeration(userIds: Map<string, string>, log: (m: string) => void) {
  const reported = await db.comment.findMany({
    where: { discussion: { article: { slug: "china-export-control-pause-deadline" } } },
    orderBy: { id: "asc" },
    take: 2,
    select: { id: true, authorId: true, body: true },
  });
  const reporters = ["reader", "kwame", "elena", "hiro"].map((k) => userIds.get(k)!);
  const reasons = ["OFF_TOPIC", "MISINFORMATION"] as const;
  let reports = 0;
  for (const [i, c] of reported.entries()) {
    for (const reporterId of reporters.filter((id) => id !== c.authorId).slice(0, 2 - i)) {
      await db.report.create({
        data: {
          commentId: c.id,
          reporterId,
          reason: reasons[i]!,
          snapshot: c.body,
          detail: i === 0 ? "Not about export controls at all." : null,
        },
      });
      reports++;
    }
  }
  const lynas = await db.article.findUnique({
    where: { slug: "lynas-heavy-rare-earths-push" },
    select: { discussionId: true },
  });
  let held = 0;
  if (lynas) {
    // An account created just now: its first post has links, so createComment holds it for
    // review (lib/abuse/new-accounts.ts), uncounted until a moderator approves it.
    const newcomer = await db.user.upsert({
      where: { email: "newcomer@example.com" },
      update: {},
      create: {
        email: "newcomer@example.com",
        displayName: "Rex Quickprofit",
        passwordHash: await hashPassword(crypto.randomBytes(24).toString("hex")),
      },
      select: { id: true, role: true, suspendedUntil: true },
    });
    const post = await createComment(newcomer, {
      discussionId: lynas.discussionId,
      body: "Great returns here, see https://example.com/rare-earth-tips and https://example.com/buy-now for my picks.",
    });
    if (post.status === "PENDING_REVIEW") held++;
  }
  log(`Seeded ${reports} open reports and ${held} post held for review`);
}

// CLI entry (tsx --conditions=react-server prisma/seed/seed.ts [--force])
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  seed({ force: process.argv.includes("--force") })
    .then(async (r) => {
      console.log(r.seeded ? "Seed complete." : "Seed skipped.");
      await db.$disconnect();
    })
    .catch(async (e) => {
      console.error(e);
      await db.$disconnect();
      process.exit(1);
    });
}
