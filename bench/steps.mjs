// The steps of a benchmark run (bench/run.mjs drives them): generate an article, set up the
// static reference, and measure one size: single requests, interleaved load, Lighthouse,
// cache misses and new comments. `env` holds the database URL, the servers and their URLs,
// and the bench users; `log` prints a progress line.
import { withClient } from "../scripts/db.mjs";
import { createArticle, createForumThread, moreRepliesCursor, verifyDiscussion } from "./generate.mjs";
import { firstLoadJs, runLighthouse } from "./lighthouse.mjs";
import { commentIds, countQueries, fetchPage, get, loadInterleaved, median, waitForIdle } from "./measure.mjs";
import { buildReference, referencePath, startReference, writeReferencePages } from "./reference.mjs";
import { stopServer, waitForHealth } from "./servers.mjs";
import { sessionExpiries } from "./users.mjs";
import { measureCacheMiss, measureNewComments, planReplies } from "./writes.mjs";

/** Generates one article of `size` comments and checks it. */
export async function generate(size, env, log) {
  log(`Generating an article with ${size.toLocaleString("en-US")} comments …`);
  const article = await withClient(env.url, (c) => createArticle(c, env.fixtures, size));
  const shape = await withClient(env.url, (c) => verifyDiscussion(c, article.discussionId, size));
  const after = await withClient(env.url, (c) => moreRepliesCursor(c, article.hotParentId));
  const thread = await withClient(env.url, (c) => createForumThread(c, env.fixtures, size));
  await withClient(env.url, (c) => verifyDiscussion(c, thread.threadDiscussionId, size));
  log(
    `Generated and verified: ${shape.topLevel} top-level, max depth ${shape.maxDepth}, ` +
      `largest parent ${shape.maxReplies} replies`,
  );
  const articlePath = `/articles/${article.slug}`;
  return {
    ...article,
    threadPath: thread.threadPath,
    shape,
    articlePath,
    moreRepliesPath: `${articlePath}/comments/${article.hotParentId}?after=${after}`,
  };
}

/**
 * The static reference: each size's guest article page, fetched once from the app, becomes
 * bench/static-ref/pages/<N>.html; `next build` prerenders them; `next start` serves them.
 * Checks that it serves exactly those bytes.
 */
export async function setUpReference(articles, env, { log, undo }) {
  const pages = [];
  for (const a of articles) pages.push({ size: a.size, raw: (await fetchPage(env.appUrl + a.articlePath)).raw });
  writeReferencePages(pages);
  log("Building the static reference (next build in bench/static-ref) …");
  const built = Date.now();
  await buildReference(process.env);
  const buildSeconds = (Date.now() - built) / 1000;
  const ref = startReference(env.refPort, process.env);
  undo.push(() => stopServer(ref));
  const refUrl = `http://127.0.0.1:${env.refPort}`;
  await waitForHealth(ref, refUrl + referencePath(articles[0].size));
  const same = {};
  for (const { size, raw } of pages) {
    const served = await get(refUrl + referencePath(size));
    same[size] = served.status === 200 && served.body.equals(raw);
    if (!same[size]) log(`WARNING: the static reference serves other bytes for ${size} (${served.status})`);
  }
  log(`Static reference at ${refUrl} (built in ${buildSeconds.toFixed(0)} s)`);
  return { ref, refUrl, same, buildSeconds };
}

/**
 * One size's endpoints and what single requests show of them (run while nothing else runs):
 * page sizes, the comments shown, statements per request.
 */
export async function prepareSize(article, env, { log }) {
  const { size, articlePath } = article;
  const reader = env.users.reader[0];
  const signedIn = { cookie: reader.cookie };
  const targets = [
    { key: "article", label: "app: article page (guest, cached)", url: env.appUrl + articlePath, server: env.app },
    {
      key: "signedIn",
      label: "app: article page (signed in)",
      url: env.appUrl + articlePath,
      headers: signedIn,
      server: env.app,
    },
    {
      key: "more",
      label: "app: more replies (thread page, guest)",
      url: env.appUrl + article.moreRepliesPath,
      server: env.app,
    },
    {
      key: "thread",
      label: "app: forum thread page (guest, cached)",
      url: env.appUrl + article.threadPath,
      server: env.app,
    },
    {
      key: "threadSignedIn",
      label: "app: forum thread page (signed in)",
      url: env.appUrl + article.threadPath,
      headers: signedIn,
      server: env.app,
    },
    {
      key: "static",
      label: "static reference: next start, force-static",
      url: env.refUrl + referencePath(size),
      server: env.ref,
    },
    { key: "baseline", label: "baseline: article page", url: env.baseUrl + articlePath, server: env.baseline },
  ];

  // Single requests first, while nothing else runs: page sizes, what the pages show,
  // and statements per request.
  const pages = {};
  for (const t of targets) pages[t.key] = await fetchPage(t.url, t.headers);
  const appIds = commentIds(pages.article.html);
  const sameComments = appIds.join(",") === commentIds(pages.baseline.html).join(",");
  if (!sameComments) log("WARNING: the baseline page shows other comments than the app's article page");
  const staticSame = pages.static.raw.equals(pages.article.raw);
  if (!staticSame) log("WARNING: the static reference's bytes differ from the app's guest page now");
  const signedInShown = pages.signedIn.html.includes(reader.name);
  if (!signedInShown) log(`WARNING: the signed-in page does not show "${reader.name}": is the session accepted?`);
  if (!pages.article.html.includes(article.moreRepliesPath.slice(articlePath.length))) {
    log(`WARNING: the article page does not link to ${article.moreRepliesPath}`);
  }
  const queries = {};
  for (const t of targets) {
    if (t.server.counterUrl) queries[t.key] = await countQueries(t.server.counterUrl, t.url, 3, t.headers);
  }
  if (queries.article.perRequest === 0 && queries.signedIn.perRequest === 0) {
    log("NOTE: no statements counted for the app's article page (guest or signed in)");
  } else {
    log(`Statements counted in pid ${queries.signedIn.pid} (next start is pid ${env.app.child.pid})`);
  }

  return { article, targets, pages, appIds, sameComments, staticSame, signedInShown, queries };
}

/**
 * The load, interleaved over every endpoint of every size at once: each round takes them all
 * in turn (every other round in reverse), so the machine drifting during the run (other work,
 * a slower minute) weighs on every size alike, and comparing sizes compares the pages, not the
 * minutes they were measured in. Returns, per size, the rows of its table and whether the
 * reader's session was slid meanwhile.
 */
export async function loadAllSizes(prepared, env, settings, { log }) {
  const reader = env.users.reader[0];
  const all = prepared.flatMap(({ article, targets }) =>
    targets.map((t) => ({
      ...t,
      key: `${article.size}:${t.key}`,
      label: `${t.label} [${article.size}]`,
      pid: t.server.child.pid,
    })),
  );
  const expiresBefore = await withClient(env.url, (c) => sessionExpiries(c, [reader]));
  const rounds = settings.rounds;
  log(
    `Load, interleaved over every size: ${all.length} endpoints × ${rounds} round(s) of ` +
      `${(settings.duration / rounds).toFixed(1)} s (+ ${settings.warmup} s warm-up each) …`,
  );
  const results = await loadInterleaved(all, settings, (t, round, rps) =>
    log(`  round ${round + 1}: ${t.label}: ${rps.toFixed(1)} req/s`),
  );
  const expiresAfter = await withClient(env.url, (c) => sessionExpiries(c, [reader]));
  const sessionSlid = expiresBefore[reader.token] !== expiresAfter[reader.token];
  if (sessionSlid) log("WARNING: the reader's session expiry moved during the run (a sliding update)");
  return prepared.map((p) => ({ rows: sizeRows(p, results, log), sessionSlid }));
}

function sizeRows({ article, targets, pages, queries }, results, log) {
  return targets.map((t) => {
    const result = results[`${article.size}:${t.key}`];
    const shown = commentIds(pages[t.key].html).length;
    log(
      `  ${t.label}: ${result.rps.toFixed(1)} req/s, p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms, ` +
        `non-2xx ${result.non2xx}, errors ${result.errors}, ${pages[t.key].bytes} B, ${shown} comments shown, ` +
        `${queries[t.key]?.perRequest ?? "–"} statements; idle again ${result.drainSeconds.toFixed(1)} s after a run`,
    );
    return {
      key: t.key,
      label: t.label,
      load: result,
      bytes: pages[t.key].bytes,
      scriptBytes: pages[t.key].scriptBytes,
      shown,
      queries: queries[t.key] ?? null,
    };
  });
}

/** Lighthouse and first-load JS on the largest size, before any write changes the page. */
export async function lighthouseLargest({ article, pages }, env, settings, { log }) {
  const url = env.appUrl + article.articlePath;
  await waitForIdle(env.app.child.pid);
  const lighthouse = settings.lighthouse
    ? await runLighthouse(url, log)
    : { ran: false, skipped: true, why: "skipped (--lighthouse=0)" };
  if (!lighthouse.ran) log(`Lighthouse not run: ${lighthouse.why}`);
  else log(`  performance ${lighthouse.performance}, TBT ${lighthouse.tbtMs.toFixed(0)} ms`);
  const js = await firstLoadJs(url, pages.article.html, lighthouse);
  log(`  first-load JS: ${js.scripts.length} script(s), ${js.total} B gzip (from ${js.source})`);
  await waitForIdle(env.app.child.pid);
  return { lighthouse, js };
}

/**
 * Cache misses at every size, interleaved as the load is: round after round, one miss per
 * size (a vote by that size's voter on the first comment its page shows, then a guest GET,
 * then the baseline's GET), so the sizes compare pages, not the minutes they were measured in.
 * Returns per size { votedId, miss, baselineSeq } (miss null when the page shows no comment).
 */
export async function missesAllSizes(prepared, env, settings, { log }) {
  const out = prepared.map(({ appIds }) => ({ votedId: appIds[0], parts: [] }));
  log(
    `Cache misses, interleaved over the sizes: ${settings.misses} × (upvote toggle, one guest GET, one baseline GET) …`,
  );
  for (let round = 0; round < settings.misses; round++) {
    for (const [index, { article }] of prepared.entries()) {
      if (!out[index].votedId) continue;
      out[index].parts.push(
        await measureCacheMiss({
          appUrl: env.appUrl,
          baselineUrl: env.baseUrl,
          pagePath: article.articlePath,
          commentId: out[index].votedId,
          voter: env.users.voter[index],
          times: 1,
          from: round,
          pid: env.app.child.pid,
        }),
      );
    }
  }
  return prepared.map(({ article }, index) => {
    const { votedId, parts } = out[index];
    if (!votedId) {
      log(`WARNING: the ${article.size} article page shows no comment: no cache-miss measurement`);
      return { votedId, miss: null, baselineSeq: null };
    }
    const all = (key) => parts.flatMap((p) => p[key]);
    const sum = (key) => parts.reduce((n, p) => n + p[key], 0);
    const misses = all("misses");
    const baseline = all("baselineMs");
    const miss = {
      times: settings.misses,
      misses,
      missP50: median(misses),
      missMax: Math.max(...misses),
      hitP50: median(all("hits")),
      changed: sum("changed"),
      scoreChecked: sum("scoreChecked"),
      scoreMatched: sum("scoreMatched"),
      problems: all("problems"),
    };
    const baselineSeq = { times: baseline.length, p50: median(baseline), max: Math.max(...baseline) };
    for (const p of miss.problems) log(`  WARNING (${article.size}): ${p}`);
    log(
      `  ${article.size}: miss p50 ${miss.missP50.toFixed(1)} ms (hit p50 ${miss.hitP50.toFixed(1)} ms), baseline ` +
        `p50 ${baselineSeq.p50.toFixed(1)} ms; page changed after ${miss.changed} of ${misses.length} votes`,
    );
    return { votedId, miss, baselineSeq };
  });
}

/** The writes that are per size (new comments), and everything measured at that size. */
export async function finishSize(prepared, loaded, missed, index, env, settings, { log, largest }) {
  const { article, appIds, sameComments, staticSame, signedInShown } = prepared;
  const { size, articlePath } = article;
  const { rows, sessionSlid } = loaded;
  const { miss, baselineSeq, votedId } = missed;
  const { lighthouse = null, js = null } = largest ?? {};

  // A new reply, as a guest sees it.
  let posts = null;
  if (settings.posts > 0) {
    const plan = await withClient(env.url, (c) =>
      planReplies(c, { discussionId: article.discussionId, articlePath, pageIds: appIds, count: settings.posts }),
    );
    log(`New comments: ${plan.length} replies, each polled for as a guest every 50 ms …`);
    posts = await measureNewComments({
      appUrl: env.appUrl,
      discussionId: article.discussionId,
      articlePath,
      plan,
      posters: env.users.poster.slice(index * settings.posts, (index + 1) * settings.posts),
      pid: env.app.child.pid,
    });
    posts.planned = plan.length;
    for (const p of posts.posts.filter((x) => x.problem)) log(`  WARNING: ${p.problem}`);
    log(
      `  visible to a guest after median ${posts.median.toFixed(0)} ms, max ${posts.max.toFixed(0)} ms ` +
        `(${posts.visible} of ${posts.posts.length} within ${posts.timeoutMs / 1000} s)`,
    );
  }

  return {
    size,
    slug: article.slug,
    shape: article.shape,
    moreRepliesPath: article.moreRepliesPath,
    sameComments,
    staticSame,
    signedInShown,
    sessionSlid,
    rows,
    miss,
    baselineSeq,
    votedId,
    posts,
    lighthouse,
    js,
  };
}
