import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDb } from "@/test/db";
import { linkMentions } from "./mentions";
import { renderCommentBody } from "./render-body";

// A given displayNameKey stands for an account from before names were unique (the migration
// "display_name_key" kept such look-alikes apart by suffixing their keys).
async function user(displayName: string, displayNameKey?: string) {
  return db.user.create({
    data: { email: `${Math.random()}@test.example`, displayName, displayNameKey, passwordHash: "x" },
    select: { id: true },
  });
}

beforeEach(resetDb);

describe("mentions", () => {
  it("links the longest display name that belongs to one user, case-insensitively", async () => {
    const maya = await user("Maya Chen");
    const liam = await user("Liam O'Connor");
    const out = await linkMentions("Thanks @maya chen, and @Liam O'Connor: agreed.");
    expect(out).toBe(`Thanks [@maya chen](/users/${maya.id}), and [@Liam O'Connor](/users/${liam.id}): agreed.`);
  });

  it("leaves unknown, ambiguous, e-mail and code mentions alone", async () => {
    await user("Sam Lee");
    await user("Sam Lee", "sam lee #older-duplicate");
    await user("Ada");
    const src = "@Sam Lee @Nobody mail ada@example.com `@Ada` and\n```\n@Ada\n```";
    expect(await linkMentions(src)).toBe(src);
  });

  it("renders as a sanitized link in the stored HTML", async () => {
    const ada = await user("Ada");
    expect(await renderCommentBody("hi @Ada")).toBe(
      `<p>hi <a href="/users/${ada.id}" rel="nofollow ugc noopener">@Ada</a></p>`,
    );
  });
});
