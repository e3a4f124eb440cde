// The steps of a benchmark run (bench/run.mjs drives them): generate an article, set up the
// static reference, and measure one size: single requests, interleaved load, Lighthouse,
// cache misses and new comments. `env` holds the database URL, the servers and their URLs,
// and the bench users; `log` prints a progress line.
import { withClient } from "../scripts/db.mjs";
import { createArticle, moreRepliesCursor, verifyDiscussion } from "./generate.mjs";
import { firstLoadJs, runLighthouse } from "./lighthouse.mjs";
import { commentIds, countQueries, fetchPage, get, loadInterleaved, waitForIdle } from "./measure.mjs";
import { buildReference, referencePath, startReference, writeReferencePages } from "./reference.mjs";
import { stopServer, waitForHealth } from "./servers.mjs";
import { sessionExpiries } from "./users.mjs";
import { measureCacheMiss, measureNewComments, planReplies, sequentialGets } from "./writes.mjs";

/** Generates one article of `size` comments and checks it. */
export async function generate(size, env, log) {
  log(`Generating an article with ${size.toLocaleString("en-US")} comments …`);
  const article = await withClient(env.url, (c) => createArticle(c, env.fixtures, size));
  const shape = await withClient(env.url, (c) => verifyDiscussion(c, article.discussionId, size));
  const after = await withClient(env.url, (c) => moreRepliesCursor(c, article.hotParentId));
  log(
    `Generated and verified: ${shape.topLevel} top-level, max depth ${shape.maxDepth}, ` +
      `largest parent ${shape.maxReplies} replies`,
  );
  const articlePath = `/articles/${article.slug}`;
  return {
    ...article,
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

/** Everything measured at one size: single requests, interleaved load, then the writes. */
export async function benchSize(article, index, env, settings, { log, isLargest }) {
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

  const expiresBefore = await withClient(env.url, (c) => sessionExpiries(c, [reader]));
  const rounds = settings.rounds;
  log(
    `Load, interleaved: ${targets.length} endpoints × ${rounds} round(s) of ${(settings.duration / rounds).toFixed(1)} s ` +
      `(+ ${settings.warmup} s warm-up each) …`,
  );
  const results = await loadInterleaved(
    targets.map((t) => ({ ...t, pid: t.server.child.pid })),
    settings,
    (t, round, rps) => log(`  round ${round + 1}: ${t.label}: ${rps.toFixed(1)} req/s`),
  );
  const expiresAfter = await withClient(env.url, (c) => sessionExpiries(c, [reader]));
  const sessionSlid = expiresBefore[reader.token] !== expiresAfter[reader.token];
  if (sessionSlid) log("WARNING: the reader's session expiry moved during the run (a sliding update)");

  const rows = targets.map((t) => {
    const result = results[t.key];
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

  // Lighthouse and first-load JS on the largest size, before any write changes the page.
  let lighthouse = null;
  let js = null;
  if (isLargest) {
    await waitForIdle(env.app.child.pid);
    lighthouse = settings.lighthouse
      ? await runLighthouse(env.appUrl + articlePath, log)
      : { ran: false, skipped: true, why: "skipped (--lighthouse=0)" };
    if (!lighthouse.ran) log(`Lighthouse not run: ${lighthouse.why}`);
    else log(`  performance ${lighthouse.performance}, TBT ${lighthouse.tbtMs.toFixed(0)} ms`);
    js = await firstLoadJs(env.appUrl + articlePath, pages.article.html, lighthouse);
    log(`  first-load JS: ${js.scripts.length} script(s), ${js.total} B gzip (from ${js.source})`);
    await waitForIdle(env.app.child.pid);
  }

  // Cache misses: a vote by this size's voter on the first comment the page shows.
  const votedId = appIds[0];
  let miss = null;
  let baselineSeq = null;
  if (votedId) {
    log(`Cache miss: ${settings.misses} × (upvote toggle on comment ${votedId}, then one guest GET) …`);
    miss = await measureCacheMiss({
      appUrl: env.appUrl,
      pagePath: articlePath,
      commentId: votedId,
      voter: env.users.voter[index],
      times: settings.misses,
      pid: env.app.child.pid,
    });
    baselineSeq = await sequentialGets(env.baseUrl + articlePath, settings.misses);
    for (const p of miss.problems) log(`  WARNING: ${p}`);
    log(
      `  miss p50 ${miss.missP50.toFixed(1)} ms (hit p50 ${miss.hitP50.toFixed(1)} ms), baseline sequential p50 ` +
        `${baselineSeq.p50.toFixed(1)} ms; page changed after ${miss.changed} of ${miss.misses.length} votes`,
    );
  } else {
    log("WARNING: the article page shows no comment: no cache-miss measurement");
  }

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
