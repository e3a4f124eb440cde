import { beforeEach, describe, expect, it, vi } from "vitest";
import { signUpAction } from "@/app/actions/auth";
import { db } from "@/lib/db";
import { SOCKET_ADDRESS_HEADER, socketAddressStamp } from "@/lib/http/socket-address";
import { resetDb } from "@/test/db";
import { createAccount, DisplayNameTakenError } from "./create-account";
import { displayNameKey, foldChar } from "./display-name";

// The sign-up action runs outside Next here: headers, cookies and redirect() are stand-ins.
const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: (name: string, value: string) => request.cookies.set(name, value),
    delete: (name: string) => request.cookies.delete(name),
  }),
}));
vi.mock("next/navigation", () => ({
  redirect: (location: string) => {
    throw Object.assign(new Error(`redirect to ${location}`), { location });
  },
}));

function signUpForm(fields: Record<string, string>) {
  request.headers = new Headers({
    host: "localhost:3000",
    origin: "http://localhost:3000",
    [SOCKET_ADDRESS_HEADER]: socketAddressStamp("192.0.2.40"),
  });
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

const dbKey = async (name: string) =>
  (await db.$queryRaw<{ key: string }[]>`SELECT display_name_key(${name}) AS key`)[0]!.key;

beforeEach(async () => {
  await resetDb();
  request.cookies.clear();
});

describe("displayNameKey", () => {
  it("folds case, white space, compatibility forms and look-alikes", () => {
    const ada = displayNameKey("Ada Okafor");
    expect(ada).toBe("ada okafor");
    expect(displayNameKey("ADA OKAFOR")).toBe(ada);
    expect(displayNameKey("  Ada \u00a0\u3000 Okafor ")).toBe(ada); // runs of (Unicode) spaces, ends
    expect(displayNameKey("Ａｄａ Ｏｋａｆｏｒ")).toBe(ada); // full-width (NFKC)
    expect(displayNameKey("\u0410da Okafor")).toBe(ada); // Cyrillic capital А
    expect(displayNameKey("Ad\u0430 Okafor")).toBe(ada); // Cyrillic small а
    expect(displayNameKey("Ada 0kafor")).toBe(ada); // digit zero for O
    expect(displayNameKey("Ada Οkafor")).toBe(ada); // Greek capital omicron
    expect(displayNameKey("Bill")).toBe(displayNameKey("BiII")); // capital I for l
    expect(displayNameKey("Bill")).toBe(displayNameKey("Bi11"));
    expect(displayNameKey("Emma")).toBe(displayNameKey("Ernrna")); // m and rn
  });

  it("keeps different names apart", () => {
    expect(displayNameKey("Ada Okafor")).not.toBe(displayNameKey("Ada Okafor 2"));
    expect(displayNameKey("Ada Okafor")).not.toBe(displayNameKey("AdaOkafor"));
    expect(displayNameKey("Zoë")).not.toBe(displayNameKey("Zoe"));
  });

  it("is what the database computes (display_name_key() in the migration)", async () => {
    const samples = [
      "Ada Okafor",
      "  ＡＤＡ\u3000\u0430 0kafor  ",
      "Priya Raman",
      "Liam O'Connor",
      "Σίσυφος",
      "ﬁnn ß",
      "Emma",
    ];
    for (const s of samples) expect(await dbKey(s)).toBe(displayNameKey(s));
    // The database's fold table is foldChar over every code point it changes, and no other.
    const rows = await db.$queryRaw<{ ch: string; folded: string }[]>`
      SELECT key AS ch, value AS folded FROM jsonb_each_text(display_name_fold())`;
    const table = new Map(rows.map((r) => [r.ch, r.folded]));
    let changed = 0;
    for (let cp = 1; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const f = foldChar(ch);
      if (f === ch) continue;
      changed += 1;
      if (table.get(ch) !== f)
        expect({ cp: cp.toString(16), db: table.get(ch) }).toEqual({ cp: cp.toString(16), db: f });
    }
    expect(table.size).toBe(changed);
  });

  it("is set by the database for rows written without it, and kept up to date", async () => {
    await db.$executeRaw`INSERT INTO "User" (id, email, "displayName", "passwordHash") VALUES ('raw1', 'raw1@test.example', 'Ｒaw  Writer', 'x')`;
    const key = async () => (await db.user.findUniqueOrThrow({ where: { id: "raw1" } })).displayNameKey;
    expect(await key()).toBe("raw writer");
    await db.user.update({ where: { id: "raw1" }, data: { displayName: "Renamed" } });
    expect(await key()).toBe(displayNameKey("Renamed"));
    await expect(
      db.$executeRaw`INSERT INTO "User" (id, email, "displayName", "passwordHash") VALUES ('raw2', 'raw2@test.example', 'RENAMED', 'x')`,
    ).rejects.toThrow();
  });
});

describe("sign-up with a taken display name", () => {
  it("refuses a name that folds to one already held, beside the field, and leaves the holder alone", async () => {
    const first = await createAccount({
      displayName: "Ada Okafor",
      email: "ada@test.example",
      password: "correct horse battery",
    });
    await expect(
      createAccount({ displayName: "ada  okafor", email: "other@test.example", password: "correct horse battery" }),
    ).rejects.toBeInstanceOf(DisplayNameTakenError);

    const values = {
      displayName: "ＡＤＡ 0kaf\u043er",
      email: "ada2@test.example",
      password: "a-long-enough-password",
    };
    const state = await signUpAction({}, signUpForm(values));
    expect(state).toEqual({
      fieldErrors: { displayName: "That display name is taken." },
      values: { displayName: values.displayName, email: values.email },
    });
    expect(request.cookies.size).toBe(0);
    const users = await db.user.findMany({
      select: { id: true, email: true, displayName: true, displayNameKey: true },
    });
    expect(users).toEqual([
      { id: first.id, email: "ada@test.example", displayName: "Ada Okafor", displayNameKey: "ada okafor" },
    ]);
  });

  it("still reports a taken email as the email's error", async () => {
    await createAccount({ displayName: "Ada Okafor", email: "ada@test.example", password: "correct horse battery" });
    const state = await signUpAction(
      {},
      signUpForm({ displayName: "Someone Else", email: "ada@test.example", password: "a-long-enough-password" }),
    );
    expect(state).toMatchObject({ fieldErrors: { email: "An account with this email already exists." } });
  });
});
