import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as seen } from "@/app/(forum)/forum/t/[thread]/seen/route";
import { createSession } from "@/lib/accounts/sessions";
import { db } from "@/lib/db";
import { SOCKET_ADDRESS_HEADER, socketAddressStamp } from "@/lib/http/socket-address";
import { asActor, makeUser, resetDb } from "@/test/db";
import { flushViews, purgeViews, VIEW_WINDOW_MS } from "./count-views";
import { createThread } from "./create-thread";

// The route runs outside Next here: the request's headers and cookies are stand-ins.
const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
  }),
}));

/** One GET of the thread page's 1×1 image, from `address`, signed in with `session` if given. */
async function view(threadId: number, address: string, session?: string) {
  request.headers = new Headers({ [SOCKET_ADDRESS_HEADER]: socketAddressStamp(address) });
  request.cookies.clear();
  if (session) request.cookies.set("next-auth.session-token", session);
  const res = await seen(new Request(`http://localhost/forum/t/${threadId}/seen`), {
    params: Promise.resolve({ thread: String(threadId) }),
  });
  expect(res.status).toBe(200);
}

const viewCount = async (id: number) => (await db.thread.findUniqueOrThrow({ where: { id } })).viewCount;

let threadId: number;
beforeEach(async () => {
  await resetDb();
  const analyst = await makeUser("ANALYST");
  await db.forumCategory.create({ data: { slug: "markets", name: "Markets", description: "Prices." } });
  ({ id: threadId } = await createThread(asActor(analyst), {
    title: "Counted once",
    category: "markets",
    body: "Opening post.",
    tags: "",
  }));
});

// Issue 19, item 12: 120 GETs of /seen added 120 views.
describe("a thread's views", () => {
  it("count a reader once per window, however often the image is asked for", async () => {
    for (let i = 0; i < 120; i++) await view(threadId, "192.0.2.7");
    await flushViews();
    expect(await viewCount(threadId)).toBe(1);
    await view(threadId, "192.0.2.8");
    await flushViews();
    expect(await viewCount(threadId)).toBe(2);
  });

  it("know a signed-in reader by account, from any address", async () => {
    const reader = await makeUser();
    const { sessionToken } = await createSession(reader.id);
    for (const address of ["192.0.2.20", "198.51.100.20", "2001:db8::20"]) await view(threadId, address, sessionToken);
    await flushViews();
    expect(await viewCount(threadId)).toBe(1);
  });

  it("are remembered in the database, not in one process: another flush (another instance) does not count again", async () => {
    await view(threadId, "192.0.2.30");
    await flushViews();
    await view(threadId, "192.0.2.30");
    await flushViews();
    expect(await viewCount(threadId)).toBe(1);
  });

  it("count again after the window, store no address, and purge what is past the window", async () => {
    await view(threadId, "192.0.2.40");
    await view(threadId, "192.0.2.41");
    await flushViews();
    const rows = await db.$queryRaw<{ viewer: string }[]>`SELECT viewer FROM "ThreadView"`;
    expect(rows).toHaveLength(2);
    for (const { viewer } of rows) expect(viewer).not.toContain("192.0.2.");
    // Both seen longer ago than the window: one comes back and counts again.
    const past = new Date(Date.now() - VIEW_WINDOW_MS - 60_000);
    await db.$executeRaw`UPDATE "ThreadView" SET "seenAt" = ${past}`;
    await view(threadId, "192.0.2.40");
    await flushViews();
    expect(await viewCount(threadId)).toBe(3);
    await purgeViews();
    expect(await db.$queryRaw<unknown[]>`SELECT 1 FROM "ThreadView"`).toHaveLength(1);
  });
});
