import { beforeEach, describe, expect, it, vi } from "vitest";
import { signUpAction } from "@/app/actions/auth";
import { db } from "@/lib/db";
import { SOCKET_ADDRESS_HEADER, socketAddressStamp } from "@/lib/http/socket-address";
import { displayNameSchema } from "@/lib/validation/account";
import { asActor, makeUser, resetDb } from "@/test/db";
import { changeDisplayName } from "./change-display-name";
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
    expect(displayNameKey("Zoë")).toBe(displayNameKey("Zoe")); // a diacritic (issue 19)
  });

  it("keeps different names apart", () => {
    expect(displayNameKey("Ada Okafor")).not.toBe(displayNameKey("Ada Okafor 2"));
    expect(displayNameKey("Ada Okafor")).not.toBe(displayNameKey("AdaOkafor"));
    // Vowel signs are letters of their script, not decoration: Ram and Rama stay two names.
    expect(displayNameKey("राम")).not.toBe(displayNameKey("रमा"));
    expect(displayNameKey("Zoë")).not.toBe(displayNameKey("Zoey"));
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

// Issue 19, item 9: characters that draw nothing (default-ignorable code points: the combining
// grapheme joiner, variation selectors, Khmer inherent vowels, Hangul fillers) and combining
// marks must not make a look-alike name a different one, nor make a blank-looking name.
describe("invisible characters and combining marks", () => {
  const lookAlikes = [
    "Maya\u034f Chen", // combining grapheme joiner
    "Maya\ufe0f Chen", // variation selector 16
    "Maya\u{e0100} Chen", // variation selector 17
    "Maya\u17b4 Chen", // Khmer vowel inherent AQ
    "Maya \u3164Chen", // Hangul filler
    "Maya\uffa0 Chen", // half-width Hangul filler
    "Maya\u0323 Chen", // combining dot below (NFKC composes it into U+1EA1)
    "Maya \u0323Chen", // the same mark on the space, where nothing composes
    "Mäyá Chen", // precomposed letters with marks
  ];

  it("folds them out of the key, in the app and in the database", async () => {
    for (const name of lookAlikes) {
      expect({ name, key: displayNameKey(name) }).toEqual({ name, key: "rnaya chen" });
      expect({ name, key: await dbKey(name) }).toEqual({ name, key: "rnaya chen" });
    }
  });

  it("refuses each as taken at sign-up, beside the field", async () => {
    await createAccount({ displayName: "Maya Chen", email: "maya@test.example", password: "correct horse battery" });
    for (const [i, displayName] of lookAlikes.entries()) {
      const values = { displayName, email: `maya${i}@test.example`, password: "a-long-enough-password" };
      const state = await signUpAction({}, signUpForm(values));
      expect({ displayName, state }).toEqual({
        displayName,
        state: {
          fieldErrors: { displayName: "That display name is taken." },
          values: { displayName, email: values.email },
        },
      });
    }
    expect(await db.user.count()).toBe(1);
  });

  it("refuses each as taken on renaming, staff included", async () => {
    await createAccount({ displayName: "Maya Chen", email: "maya@test.example", password: "correct horse battery" });
    for (const role of ["READER", "MODERATOR", "ADMIN"] as const) {
      const u = await makeUser(role);
      for (const displayName of lookAlikes) {
        await expect(changeDisplayName(asActor(u), u.id, { displayName })).rejects.toBeInstanceOf(
          DisplayNameTakenError,
        );
      }
    }
  });

  it("refuses a name with no visible letter or digit, beside the field, at sign-up and on renaming", async () => {
    const message = "Display name must contain a letter or a digit.";
    for (const displayName of [
      "\u3164\u3164",
      "\u2800\u2800",
      "\u3164 \u2800",
      "\uffa0\u115f\u1160",
      "..",
      "\u034f\u034f",
    ]) {
      const values = { displayName, email: "blank@test.example", password: "a-long-enough-password" };
      const state = await signUpAction({}, signUpForm(values));
      expect({ displayName, state }).toEqual({
        displayName,
        state: { fieldErrors: { displayName: message }, values: { displayName, email: values.email } },
      });
      const parsed = displayNameSchema.safeParse({ displayName });
      expect({ displayName, issues: parsed.error?.issues.map((i) => i.message) }).toEqual({
        displayName,
        issues: [message],
      });
    }
    expect(await db.user.count()).toBe(0);
    // A name with a visible letter among them is still a name (and keeps what was typed).
    expect(displayNameSchema.safeParse({ displayName: "\u3164Maya" }).success).toBe(true);
    expect(displayNameSchema.safeParse({ displayName: "李娜" }).success).toBe(true);
    expect(displayNameSchema.safeParse({ displayName: "R2" }).success).toBe(true);
  });
});
