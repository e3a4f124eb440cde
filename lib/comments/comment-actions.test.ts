import { beforeEach, describe, expect, it, vi } from "vitest";
import { editCommentAction, postCommentAction } from "@/app/actions/comments";
import { createSession } from "@/lib/accounts/sessions";
import { SESSION_COOKIE } from "@/lib/auth";
import { db } from "@/lib/db";
import { asActor, makeDiscussion, makeUser, resetDb } from "@/test/db";
import { createComment } from "./create-comment";

// The actions run outside Next here: the request's headers and cookies, redirect() and
// refresh() are stand-ins; the database, the session lookup and the rate limits are real.
const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
  }),
}));
vi.mock("next/navigation", () => ({
  redirect: (location: string) => {
    throw new Error(`redirect to ${location}`);
  },
}));
vi.mock("next/cache", () => ({ refresh: () => {} }));

function form(fields: Record<string, string>) {
  // A JavaScript form post from this site.
  request.headers = new Headers({ host: "localhost:3000", origin: "http://localhost:3000", "next-action": "x" });
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

async function signInAs(userId: string) {
  request.cookies.set(SESSION_COOKIE, (await createSession(userId)).sessionToken);
}

beforeEach(async () => {
  await resetDb();
  request.cookies.clear();
});

describe("Preview", () => {
  it("is for signed-in members only", async () => {
    const state = await postCommentAction({}, form({ intent: "preview", body: "**hello**", discussionId: "1" }));
    expect(state).toEqual({ message: "You must be logged in to post a comment.", values: { body: "**hello**" } });
  });

  it("is rate-limited, more generously than posting, and keeps the text", async () => {
    const user = await makeUser();
    await signInAs(user.id);
    for (let i = 0; i < 30; i++) {
      const state = await postCommentAction({}, form({ intent: "preview", body: `**${i}**`, discussionId: "1" }));
      expect(state.preview).toBe(`<p><strong>${i}</strong></p>`);
    }
    const state = await postCommentAction({}, form({ intent: "preview", body: "one more", discussionId: "1" }));
    expect(state.preview).toBeUndefined();
    expect(state.message).toMatch(/^You are previewing too fast/);
    expect(state.values).toEqual({ body: "one more" });
  });
});

describe("Edit", () => {
  it("is rate-limited: past the limit nothing is stored and the text comes back", async () => {
    const user = await makeUser();
    await signInAs(user.id);
    const { id: discussionId } = await makeDiscussion();
    const c = await createComment(asActor(user), { discussionId, body: "v0" });
    for (let i = 1; i <= 10; i++) {
      await expect(editCommentAction({}, form({ commentId: String(c.id), body: `v${i}` }))).rejects.toThrow(
        /^redirect to/,
      );
    }
    const state = await editCommentAction({}, form({ commentId: String(c.id), body: "v11" }));
    expect(state.message).toMatch(/^You are editing too fast/);
    expect(state.values).toEqual({ body: "v11" });
    expect((await db.comment.findUniqueOrThrow({ where: { id: c.id } })).body).toBe("v10");
    expect(await db.commentRevision.count({ where: { commentId: c.id } })).toBe(11);
  });
});
