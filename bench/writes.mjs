// Writes through the app, as a signed-in bench user, and what a guest sees after them:
// the first render after an invalidation (a cache miss), and how soon a new comment shows.
import crypto from "node:crypto";
import { limit } from "./limits.mjs";
import { get, median, request, waitForIdle } from "./measure.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A form post as the browser sends it from a page of the app (same Origin, session cookie). */
function postForm(appUrl, path, user, fields, { json = false } = {}) {
  const body = new URLSearchParams(fields).toString();
  return request(appUrl + path, {
    method: "POST",
    body,
    headers: {
      origin: appUrl,
      cookie: user.cookie,
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(Buffer.byteLength(body)),
      ...(json ? { accept: "application/json" } : {}),
    },
  });
}

/** What comment `id` shows as its score on a page ("1 point"), if the markup says. */
function scoreText(html, id) {
  return new RegExp(`id="comment-${id}"[\\s\\S]*?class="comment__score"[^>]*>([^<]*)<`).exec(html)?.[1]?.trim();
}

/**
 * Cache miss: `times` times, one upvote toggle (vote=up, then none, alternately) by `voter` on
 * comment `commentId` through POST /comments/<id>/vote (every vote invalidates the
 * discussion's pages), then one guest GET of `pagePath`, timed from its start to the end of the
 * body, on a new connection. Sequential, each after the server went idle. Also `times`
 * sequential guest GETs with no write before them (cache hits), and, right after each miss,
 * one GET of the same page from the baseline at `baselineUrl` (which renders every request):
 * taken in pairs, a miss and its baseline see the machine in the same state, so their ratio
 * does not move with what else the machine was doing in that minute.
 *
 * Freshness: each page after a vote must differ from the one before it (the score moved);
 * where the page prints the comment's score, it must be the score the vote answered with.
 */
export async function measureCacheMiss({ appUrl, baselineUrl, pagePath, commentId, voter, times, pid, from = 0 }) {
  const pageUrl = appUrl + pagePath;
  const first = await get(pageUrl);
  if (first.status !== 200) throw new Error(`GET ${pagePath} returned ${first.status}`);
  let previous = first.body.toString("utf8");
  await waitForIdle(pid, 10_000);

  const hits = [];
  for (let i = 0; i < times; i++) {
    const res = await get(pageUrl);
    if (res.status === 200) hits.push(res.ms);
  }
  await waitForIdle(pid, 10_000);

  const misses = [];
  const baseline = [];
  const problems = [];
  let changed = 0;
  let scoreChecked = 0;
  let scoreMatched = 0;
  for (let i = 0; i < times; i++) {
    const vote = (from + i) % 2 === 0 ? "up" : "none"; // `from`: votes this voter made before
    const v = await postForm(
      appUrl,
      `/comments/${commentId}/vote`,
      voter,
      { returnTo: pagePath, vote },
      { json: true },
    );
    let answer = null;
    try {
      answer = JSON.parse(v.body.toString("utf8"));
    } catch {
      // not JSON: reported below through the status
    }
    if (v.status !== 200 || !answer?.ok) {
      problems.push(`vote ${i + 1} (${vote}): ${v.status} ${v.body.toString("utf8").slice(0, 120)}`);
      await waitForIdle(pid, 10_000);
      continue;
    }
    const res = await get(pageUrl);
    const html = res.body.toString("utf8");
    if (res.status !== 200) {
      problems.push(`GET after vote ${i + 1}: ${res.status}`);
    } else {
      misses.push(res.ms);
      if (html !== previous) changed++;
      const shown = scoreText(html, commentId);
      if (shown !== undefined && typeof answer.score === "number") {
        scoreChecked++;
        if (new RegExp(`(^|\\D)${answer.score}(\\D|$)`).test(shown)) scoreMatched++;
      }
    }
    previous = html;
    await waitForIdle(pid, 10_000); // whatever the request left running (a background refresh) ends first
    const base = await get(baselineUrl + pagePath);
    if (base.status !== 200) throw new Error(`baseline GET ${pagePath} returned ${base.status}`);
    baseline.push(base.ms);
  }
  return {
    times,
    misses,
    missP50: median(misses),
    missMax: Math.max(...misses),
    hits,
    hitP50: median(hits),
    baselineMs: baseline,
    changed,
    scoreChecked,
    scoreMatched,
    problems,
  };
}

/**
 * Where `count` new replies will show to a guest. The article page shows its first
 * ROOTS_PER_PAGE top-level comments (oldest first) and, under each, its first
 * REPLIES_PER_PARENT[0] replies (oldest first); a new reply is the newest, so it shows on the
 * article page only under a root with fewer replies than that. Each post goes to the first
 * root on the page that still has room (counting the posts planned before it); when none
 * has, to the first root with fewer than ROOTS_PER_PAGE replies, and then that root's thread
 * page (`/articles/<slug>/comments/<root>`, whose first page lists the root's first
 * ROOTS_PER_PAGE replies) is the page polled. `pageIds`: the comment ids the guest page shows.
 */
export async function planReplies(client, { discussionId, articlePath, pageIds, count }) {
  const rootsPerPage = limit("ROOTS_PER_PAGE");
  const repliesShown = limit("REPLIES_PER_PARENT")[0];
  const { rows } = await client.query(
    `SELECT id, "replyCount" FROM "Comment"
     WHERE "discussionId" = $1 AND "parentId" IS NULL AND status = 'VISIBLE'
     ORDER BY id LIMIT $2`,
    [discussionId, rootsPerPage],
  );
  const onPage = new Set(pageIds);
  const roots = rows.filter((r) => onPage.has(r.id)).map((r) => ({ id: r.id, replies: r.replyCount }));
  const plan = [];
  for (let i = 0; i < count; i++) {
    let root = roots.find((r) => r.replies < repliesShown);
    let pollPath = articlePath;
    if (!root) {
      root = roots.find((r) => r.replies < rootsPerPage);
      pollPath = root && `${articlePath}/comments/${root.id}`;
    }
    if (!root) break;
    plan.push({ parentId: root.id, pollPath, repliesBefore: root.replies });
    root.replies++;
  }
  return plan;
}

/**
 * A new comment visible to a guest: for each planned reply, one POST /comments (a plain form
 * post, no JSON) by a poster of its own (the app allows a user only a few comments a minute),
 * which must answer 303 to a Location ending in #comment-<id>; from the moment that answer
 * arrives, the planned page is fetched as a guest (no cookie), a new fetch every 50 ms (or
 * as soon as the last one ended, if it took longer), until its HTML holds id="comment-<id>"
 * (at most `timeoutMs`). Sequential, each after the server went idle.
 */
export async function measureNewComments({
  appUrl,
  discussionId,
  articlePath,
  plan,
  posters,
  pid,
  timeoutMs = 10_000,
}) {
  const posts = [];
  for (const [i, p] of plan.entries()) {
    const poster = posters[i];
    const res = await postForm(appUrl, "/comments", poster, {
      discussionId: String(discussionId),
      parentId: String(p.parentId),
      body: `Benchmark reply ${i + 1} by ${poster.name}, ${crypto.randomUUID()}.`,
      requestKey: crypto.randomUUID(),
      returnTo: articlePath,
    });
    const at = performance.now();
    const location = res.headers.location ?? "";
    const id = Number(/#comment-(\d+)$/.exec(location)?.[1]);
    if (res.status !== 303 || !id) {
      posts.push({
        ...p,
        problem: `POST /comments answered ${res.status} ${location || res.body.toString("utf8").slice(0, 120)}`,
      });
      await waitForIdle(pid, 10_000);
      continue;
    }
    const needle = `id="comment-${id}"`;
    let visibleMs = null;
    let polls = 0;
    while (performance.now() - at < timeoutMs) {
      const started = performance.now();
      const page = await get(appUrl + p.pollPath);
      polls++;
      if (page.status === 200 && page.body.includes(needle)) {
        visibleMs = performance.now() - at;
        break;
      }
      await sleep(Math.max(0, 50 - (performance.now() - started)));
    }
    const locationPath = new URL(location, appUrl).pathname;
    posts.push({ ...p, id, visibleMs, polls, postMs: res.ms, locationPath });
    await waitForIdle(pid, 10_000);
  }
  const seen = posts.filter((p) => p.visibleMs !== null && p.visibleMs !== undefined).map((p) => p.visibleMs);
  return {
    posts,
    visible: seen.length,
    median: median(seen),
    max: seen.length === posts.length && seen.length ? Math.max(...seen) : Infinity,
    timeoutMs,
  };
}
