import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as postComment } from "@/app/comments/route";
import { POST as editCommentRoute } from "@/app/comments/[id]/edit/route";
import { createSession } from "@/lib/accounts/sessions";
import { SESSION_COOKIE } from "@/lib/auth";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { rateLimit } from "@/lib/http/rate-limit";
import { asActor, makeDiscussion, makeUser, resetDb } from "@/test/db";

// The routes run outside Next here: the request's cookies and the cache calls are stand-ins;
// the database, the session lookup and the rate limits are real.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
  }),
}));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, cacheTag: () => {}, cacheLife: () => {} }));

/** A form post from a page of this site, as the enhancer sends it (JSON answer) or without JavaScript. */
function post(path: string, fields: Record<string, string>, accept = "application/json") {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return new NextRequest(`http://localhost:3000${path}`, {
    method: "POST",
    body: f,
    headers: { host: "localhost:3000", origin: "http://localhost:3000", accept },
  });
}

async function signInAs(userId: string) {
  jar.set(SESSION_COOKIE, (await createSession(userId)).sessionToken);
}

beforeEach(async () => {
  await resetDb();
  jar.clear();
});

describe("Preview", () => {
  it("is for signed-in members only", async () => {
    const res = await postComment(post("/comments", { intent: "preview", body: "**hello**", discussionId: "1" }));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ ok: false, message: "You must be logged in to post a comment." });
  });

  it("without JavaScript, signed out: the text comes back on the page, to copy", async () => {
    const res = await postComment(post("/comments", { body: "my **words**", discussionId: "1" }, "text/html"));
    expect(res.status).toBe(401);
    expect(await res.text()).toContain("my **words**</textarea>");
  });

  it("is rate-limited, more generously than posting, and keeps the text", async () => {
    const user = await makeUser();
    await signInAs(user.id);
    for (let i = 0; i < 30; i++) {
      const res = await postComment(post("/comments", { intent: "preview", body: `**${i}**`, discussionId: "1" }));
      expect(await res.json()).toEqual({ ok: true, preview: `<p><strong>${i}</strong></p>` });
    }
    const res = await postComment(post("/comments", { intent: "preview", body: "one more", discussionId: "1" }));
    expect(res.status).toBe(429);
    expect((await res.json()).message).toMatch(/^You are previewing too fast/);
  });
});

describe("Edit", () => {
  it("is rate-limited: past the limit nothing is stored", async () => {
    const user = await makeUser();
    await signInAs(user.id);
    const { id: discussionId } = await makeDiscussion();
    const c = await createComment(asActor(user), { discussionId, body: "v0" });
    for (let i = 1; i <= 10; i++) {
      const res = await editCommentRoute(post(`/comments/${c.id}/edit`, { body: `v${i}`, returnTo: "/x" }), {
        params: Promise.resolve({ id: String(c.id) }),
      });
      expect(await res.json()).toEqual({ ok: true, location: `/x#comment-${c.id}` });
    }
    const res = await editCommentRoute(post(`/comments/${c.id}/edit`, { body: "v11", returnTo: "/x" }), {
      params: Promise.resolve({ id: String(c.id) }),
    });
    expect(res.status).toBe(429);
    expect((await res.json()).message).toMatch(/^You are editing too fast/);
    expect((await db.comment.findUniqueOrThrow({ where: { id: c.id } })).body).toBe("v10");
    expect(await db.commentRevision.count({ where: { commentId: c.id } })).toBe(11);
  });
});

describe("Post Comment", () => {
  it("a burst stops at the limit with a message, stores nothing past it, and the limit holds after a restart", async () => {
    const user = await makeUser();
    await signInAs(user.id);
    const { id: discussionId } = await makeDiscussion();
    const form = (i: number) => ({ body: `burst ${i}`, discussionId: String(discussionId), returnTo: "/x" });
    let accepted = 0;
    let refused: Response | undefined;
    for (let i = 0; i < 12 && !refused; i++) {
      const res = await postComment(post("/comments", form(i)));
      if (res.status === 429) refused = res;
      else {
        expect(res.status).toBe(200);
        accepted++;
      }
    }
    expect(refused, "the burst was never refused").toBeDefined();
    expect((await refused!.json()).message).toMatch(/^You are commenting too fast\. Try again in/);
    expect(await db.comment.count({ where: { discussionId } })).toBe(accepted);

    // A fresh copy of the app's modules (as after a restart): the limit lives in PostgreSQL.
    vi.resetModules();
    const { POST: afterRestart } = await import("@/app/comments/route");
    const again = await afterRestart(post("/comments", form(99)));
    expect(again.status).toBe(429);
    expect(await db.comment.count({ where: { discussionId } })).toBe(accepted);
  });

  it("a new account's posts meet a stricter hourly cap than an established one's", async () => {
    const { id: discussionId } = await makeDiscussion();
    const fresh = await makeUser(); // created now, no approved posts: new
    const analyst = await makeUser("ANALYST"); // never new
    for (const u of [fresh, analyst]) for (let i = 0; i < 10; i++) await rateLimit("commentNew", u.id);
    await signInAs(fresh.id);
    const refused = await postComment(post("/comments", { body: "hello", discussionId: String(discussionId) }));
    expect(refused.status).toBe(429);
    expect((await refused.json()).message).toMatch(/^You are commenting too fast\. Try again in \d+ minutes\./);
    await signInAs(analyst.id);
    const ok = await postComment(post("/comments", { body: "hello", discussionId: String(discussionId) }));
    expect(ok.status).toBe(200);
    expect(await db.comment.count({ where: { discussionId } })).toBe(1);
  });
});
