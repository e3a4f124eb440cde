// Bulk test data: one article whose discussion holds exactly N comments, shaped like a busy
// real thread, written in a few multi-row INSERTs (not through createComment, which is one
// transaction per comment) and then checked against the model's invariants in SQL.
//
// The tree is planned in JS (a seeded PRNG, so every run builds the same tree), with
// parents always earlier, hence with smaller ids, than their replies. Path, depth and both
// counters follow from the plan exactly as createComment would have written them.

// The first page of the article shows the first ROOTS_PER_PAGE top-level comments by id
// (lib/comments/limits.ts): the special parents below are placed among them so the page
// carries them, as a page of an old, popular discussion would.
const FIRST_ROOTS = 20;
const HOT_PARENTS_AT = [3, 9]; // these two gather HOT_SHARE of all comments each as direct replies
const HOT_SHARE = 0.1;
const CHAINS_AT = [5, 12, 17]; // a reply chain of CHAIN_LENGTH comments hangs under each
const CHAIN_LENGTH = 40;
const TOP_LEVEL_SHARE = 0.25; // of all comments; the rest reply to a random earlier comment
// The bench's "more replies" page is the first hot parent's direct replies 6-25 (the article
// page shows the first 5) with their replies. Uniformly random replies leave those sparse in a
// small discussion and dense in a big one, so that page would hold 40 comments at 1,000 and
// 150 at 100,000, and comparing its cost across sizes would mean nothing. So a fixed number of
// comments, at every size, answer a random comment of that sub-thread (one of those 20 replies
// or an earlier busy comment): the page is full at every size. They are taken from the
// top-level share, whose later comments no measured page shows.
const BUSY_FIRST = 5;
const BUSY_ROOTS = 20;
const BUSY_COMMENTS = 200;
export const MIN_SIZE = 500;

const INSERT_BATCH = 5000; // rows per INSERT: a few MB of parameters

const USER_NAMES = [
  "Ada Okafor",
  "Hiro Tanaka",
  "Liam O'Neill",
  "Sofia Marquez",
  "Kwame Mensah",
  "Ngozi Eze",
  "Chen Wei",
  "Priya Raman",
  "Magnus Lindqvist",
  "Fatima Zahra",
  "Tom & Jerry Metals",
  "Zoë Kowalski",
  "Rare <Earth> Watcher",
  "Jonas Becker",
  "Aiko Sato",
  "Mateus Silva",
  "Olivia Brown",
  "Rafael Costa",
  "Ingrid Nilsen",
  "Yusuf Demir",
];

const WORDS = (
  "neodymium praseodymium dysprosium terbium magnet supply chain separation refinery offtake price floor " +
  "export controls licence capacity ramp-up feedstock concentrate mine permit processing smelter inventory " +
  "procurement contract tariff subsidy grant investor balance sheet demand electric vehicle wind turbine " +
  "recycling the a of to and in for is that on with as it be this are we not but or by from at have"
).split(" ");

/** Small seeded PRNG (mulberry32): the same size always gives the same tree. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Users and a category shared by every benchmark article. */
export async function createFixtures(client) {
  const userIds = USER_NAMES.map((_, i) => `bench_user_${i}`);
  await client.query(
    `INSERT INTO "User" (id, email, "displayName", "passwordHash")
     SELECT id, id || '@bench.invalid', name, '!bench-account-no-login'
     FROM unnest($1::text[], $2::text[]) AS t(id, name)`,
    [userIds, USER_NAMES],
  );
  await client.query(
    `INSERT INTO "Category" (id, slug, name) VALUES ('bench_category', 'bench-markets', 'Markets (benchmark)')`,
  );
  await client.query(
    `INSERT INTO "ForumCategory" (id, slug, name, description)
     VALUES ('bench_forum_category', 'bench-forum', 'Benchmark forum', 'Synthetic threads for npm run bench.')`,
  );
  return { userIds, categoryId: "bench_category", forumCategoryId: "bench_forum_category" };
}

/**
 * Which comment replies to which: parent[i] is the index of comment i's parent, -1 for a
 * top-level comment, always < i. Returns the plan and the indexes of the special parents.
 */
export function planTree(size, rand) {
  if (size < MIN_SIZE) throw new Error(`size must be at least ${MIN_SIZE}`);
  const parent = new Int32Array(size).fill(-1); // the first FIRST_ROOTS are top-level
  const left = {
    hot: HOT_PARENTS_AT.length * Math.floor(HOT_SHARE * size),
    chain: CHAINS_AT.length * CHAIN_LENGTH,
    top: Math.floor(TOP_LEVEL_SHARE * size) - FIRST_ROOTS,
  };
  left.random = size - FIRST_ROOTS - left.hot - left.chain - left.top;
  const chainTips = [...CHAINS_AT];
  let hotTurn = 0;
  let chainTurn = 0;
  let firstHotReplies = 0;
  const busy = []; // the busy sub-thread's comments so far: its roots, then the replies in it
  let busyLeft = Math.min(BUSY_COMMENTS, left.top);

  // Each comment's kind is drawn in proportion to what is left of each kind, so the hot
  // replies, the chain links and the rest are interleaved over time (id order).
  for (let i = FIRST_ROOTS; i < size; i++) {
    let r = rand() * (left.hot + left.chain + left.top + left.random);
    if ((r -= left.hot) < 0) {
      left.hot--;
      parent[i] = HOT_PARENTS_AT[hotTurn++ % HOT_PARENTS_AT.length];
      if (parent[i] === HOT_PARENTS_AT[0] && ++firstHotReplies > BUSY_FIRST && busy.length < BUSY_ROOTS) busy.push(i);
    } else if ((r -= left.chain) < 0) {
      left.chain--;
      const k = chainTurn++ % chainTips.length;
      parent[i] = chainTips[k];
      chainTips[k] = i;
    } else if ((r -= left.top) < 0) {
      left.top--;
      if (busy.length >= BUSY_ROOTS && busyLeft > 0 && rand() * left.top < busyLeft) {
        busyLeft--;
        parent[i] = busy[Math.floor(rand() * busy.length)];
        busy.push(i);
      }
    } else {
      left.random--;
      parent[i] = Math.floor(rand() * i);
    }
  }
  return { parent, hotParents: HOT_PARENTS_AT, chainRoots: CHAINS_AT };
}

/** Direct-reply and subtree counts from the plan (children always come after parents). */
function countTree(parent) {
  const replies = new Int32Array(parent.length);
  const descendants = new Int32Array(parent.length);
  for (let i = parent.length - 1; i >= 0; i--) {
    const p = parent[i];
    if (p < 0) continue;
    replies[p]++;
    descendants[p] += descendants[i] + 1;
  }
  return { replies, descendants };
}

function commentBody(rand, i) {
  const words = [];
  const n = 8 + Math.floor(rand() * rand() * 70); // mostly short, a few long
  for (let w = 0; w < n; w++) words.push(WORDS[Math.floor(rand() * WORDS.length)]);
  return `Comment ${i + 1}: ${words.join(" ")}.`;
}

const INSERT_SQL = `
  INSERT INTO "Comment" (id, "discussionId", "parentId", "authorId", depth, path, body, "bodyHtml",
                         status, "replyCount", "descendantCount", "createdAt")
  SELECT t.id, $1, t.parent, t.author, t.depth, t.path::int[], t.body, '<p>' || t.body || '</p>',
         'VISIBLE', t.replies, t.descendants, to_timestamp(t.at) AT TIME ZONE 'UTC'
  FROM unnest($2::int[], $3::int[], $4::text[], $5::int[], $6::text[], $7::text[], $8::int[], $9::int[], $10::float8[])
       AS t(id, parent, author, depth, path, body, replies, descendants, at)`;

/** Writes the planned comments with ids firstId.. in batches; returns nothing. */
async function insertComments(client, { discussionId, firstId, plan, counts, userIds, rand, start, span }) {
  const { parent } = plan;
  const size = parent.length;
  const paths = new Array(size); // "{1,5,9}" literals; a reply's path extends its parent's
  const depths = new Int32Array(size);
  for (let from = 0; from < size; from += INSERT_BATCH) {
    const cols = [[], [], [], [], [], [], [], [], []];
    for (let i = from; i < Math.min(size, from + INSERT_BATCH); i++) {
      const id = firstId + i;
      const p = parent[i];
      paths[i] = p < 0 ? String(id) : `${paths[p]},${id}`;
      depths[i] = p < 0 ? 0 : depths[p] + 1;
      const row = [
        id,
        p < 0 ? null : firstId + p,
        userIds[Math.floor(rand() * userIds.length)],
        depths[i],
        `{${paths[i]}}`,
        commentBody(rand, i),
        counts.replies[i],
        counts.descendants[i],
        (start + (span * i) / size) / 1000,
      ];
      row.forEach((v, c) => cols[c].push(v));
    }
    await client.query(INSERT_SQL, [discussionId, ...cols]);
  }
}

const ARTICLE_BODY = [
  "Prices for separated neodymium-praseodymium oxide have swung widely this year, and producers outside China argue that a guaranteed floor is the only way to finance new capacity.",
  "Critics answer that a floor shifts risk from investors to taxpayers and may keep uneconomic projects alive. The discussion below is synthetic benchmark data.",
  "## What a floor would change\n\nOfftake contracts, project finance and the pace of magnet plants all depend on the answer.",
].join("\n\n");

/**
 * In one transaction: a discussion of exactly `size` comments (the tree planned from seed
 * `size`), and its owner, written by `createOwner(discussionId)`. Comment ids come from the
 * Comment sequence, reserved in one block with setval; replies arrive over a month from `at`.
 */
async function createDiscussion(client, fixtures, size, at, createOwner) {
  const rand = prng(size);
  const plan = planTree(size, rand);
  const counts = countTree(plan.parent);
  await client.query("BEGIN");
  try {
    const { rows: d } = await client.query(`INSERT INTO "Discussion" ("commentCount") VALUES ($1) RETURNING id`, [
      size,
    ]);
    const discussionId = d[0].id;
    const owner = await createOwner(discussionId);
    const { rows: s } = await client.query(`SELECT nextval(pg_get_serial_sequence('"Comment"', 'id'))::int AS id`);
    const firstId = s[0].id;
    await client.query(`SELECT setval(pg_get_serial_sequence('"Comment"', 'id'), $1)`, [firstId + size - 1]);
    await insertComments(client, {
      discussionId,
      firstId,
      plan,
      counts,
      userIds: fixtures.userIds,
      rand,
      start: at + 45 * 60_000,
      span: 30 * 24 * 3600_000,
    });
    await client.query("COMMIT");
    // Fresh statistics and visibility map, as a long-running database would have.
    await client.query(`VACUUM ANALYZE "Comment"`);
    return { discussionId, firstId, plan, owner };
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  }
}

/** A new article `bench-<size>` with category, author and a discussion of exactly `size` comments. */
export async function createArticle(client, fixtures, size) {
  const slug = `bench-${size}`;
  const publishedAt = Date.UTC(2026, 0, 5, 9, 0, 0);
  const { discussionId, firstId, plan } = await createDiscussion(client, fixtures, size, publishedAt, (id) =>
    client.query(
      `INSERT INTO "Article" (id, slug, title, excerpt, highlights, body, "categoryId", "authorId", "publishedAt", "discussionId")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, to_timestamp($9) AT TIME ZONE 'UTC', $10)`,
      [
        `bench_article_${size}`,
        slug,
        `Benchmark: a discussion of ${size.toLocaleString("en-US")} comments`,
        "Synthetic article for npm run bench.",
        ["A guaranteed floor would de-risk new separation capacity.", "Critics warn of moral hazard."],
        ARTICLE_BODY,
        fixtures.categoryId,
        fixtures.userIds[0],
        publishedAt / 1000,
        id,
      ],
    ),
  );
  const hotParentId = firstId + plan.hotParents[0];
  return { slug, size, discussionId, firstId, hotParentId, chainRootIds: plan.chainRoots.map((i) => firstId + i) };
}

/**
 * A forum thread `bench-thread-<size>` whose discussion is a tree of exactly `size` comments
 * of the same shape as the article's (same seed): the forum's thread page is the same
 * discussion engine, measured under the same load. Returns its path.
 */
export async function createForumThread(client, fixtures, size) {
  const slug = `bench-thread-${size}`;
  const createdAt = Date.UTC(2026, 0, 5, 9, 0, 0);
  const { discussionId, owner } = await createDiscussion(client, fixtures, size, createdAt, (id) =>
    client.query(
      `INSERT INTO "Thread" (slug, title, "categoryId", "authorId", "discussionId", body, "bodyHtml", tags,
                             "createdAt", "lastActivityAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, ARRAY['bench'], to_timestamp($8) AT TIME ZONE 'UTC', to_timestamp($8) AT TIME ZONE 'UTC')
       RETURNING id`,
      [
        slug,
        `Benchmark: a forum thread of ${size.toLocaleString("en-US")} replies`,
        fixtures.forumCategoryId,
        fixtures.userIds[0],
        id,
        ARTICLE_BODY,
        `<p>${ARTICLE_BODY.split("\n\n")[0]}</p>`,
        createdAt / 1000,
      ],
    ),
  );
  return { threadPath: `/forum/t/${owner.rows[0].id}-${slug}`, threadDiscussionId: discussionId };
}

/**
 * Checks every comment of the discussion against the invariants createComment keeps,
 * computed independently in SQL. Throws on any violation; returns the tree's shape.
 */
export async function verifyDiscussion(client, discussionId, size) {
  const one = async (sql) => (await client.query(sql, [discussionId])).rows[0];
  const bad = await one(`
    SELECT
      (SELECT count(*)::int FROM "Comment" c LEFT JOIN "Comment" p ON p.id = c."parentId"
       WHERE c."discussionId" = $1 AND (
         c.path[array_length(c.path, 1)] = c.id
         AND c.depth = array_length(c.path, 1) - 1
         AND c.status = 'VISIBLE'
         AND CASE WHEN c."parentId" IS NULL THEN c.depth = 0
                  ELSE p."discussionId" = c."discussionId" AND p.id < c.id
                       AND c.path[1:array_length(c.path, 1) - 1] = p.path END
       ) IS NOT TRUE) AS "badPath",
      (SELECT count(*)::int FROM "Comment" c
       LEFT JOIN (SELECT "parentId" AS id, count(*)::int AS n FROM "Comment"
                  WHERE "discussionId" = $1 GROUP BY 1) k USING (id)
       WHERE c."discussionId" = $1 AND c."replyCount" <> coalesce(k.n, 0)) AS "badReplyCount",
      (SELECT count(*)::int FROM "Comment" c
       LEFT JOIN (SELECT a AS id, count(*)::int - 1 AS n FROM "Comment", unnest(path) a
                  WHERE "discussionId" = $1 GROUP BY 1) k USING (id)
       WHERE c."discussionId" = $1 AND c."descendantCount" IS DISTINCT FROM k.n) AS "badDescendantCount",
      (SELECT "commentCount" FROM "Discussion" WHERE id = $1) AS "commentCount",
      (SELECT count(*)::int FROM "Comment" WHERE "discussionId" = $1) AS rows,
      (SELECT last_value::int FROM "Comment_id_seq") AS "sequenceAt",
      (SELECT max(id) FROM "Comment") AS "maxId"`);
  const problems = [];
  if (bad.badPath) problems.push(`${bad.badPath} rows with a wrong path, depth, parent or status`);
  if (bad.badReplyCount) problems.push(`${bad.badReplyCount} rows with a wrong replyCount`);
  if (bad.badDescendantCount) problems.push(`${bad.badDescendantCount} rows with a wrong descendantCount`);
  if (bad.rows !== size || bad.commentCount !== size) {
    problems.push(`expected ${size} comments, found ${bad.rows} (commentCount ${bad.commentCount})`);
  }
  if (bad.sequenceAt < bad.maxId) problems.push(`sequence at ${bad.sequenceAt} is behind max(id) ${bad.maxId}`);
  if (problems.length) throw new Error(`generated discussion ${discussionId} is invalid: ${problems.join("; ")}`);

  return one(`
    SELECT count(*)::int AS comments,
           count(*) FILTER (WHERE "parentId" IS NULL)::int AS "topLevel",
           max(depth)::int AS "maxDepth",
           max("replyCount")::int AS "maxReplies",
           count(*) FILTER (WHERE "replyCount" >= 1000)::int AS "parentsWith1000Replies",
           round(avg(depth), 1)::float AS "meanDepth"
    FROM "Comment" WHERE "discussionId" = $1`);
}

/** The "more replies" link the article page shows under the hot parent: after its 5th reply. */
export async function moreRepliesCursor(client, parentId) {
  const { rows } = await client.query(`SELECT id FROM "Comment" WHERE "parentId" = $1 ORDER BY id OFFSET 4 LIMIT 1`, [
    parentId,
  ]);
  if (!rows[0]) throw new Error(`comment ${parentId} has fewer than 5 replies`);
  return rows[0].id;
}
