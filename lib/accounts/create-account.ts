import "server-only";
import { db } from "@/lib/db";
import { violatedConstraint } from "@/lib/db-failures";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SignUpInput } from "@/lib/validation/auth";
import { displayNameKey } from "./display-name";
import { hashPassword } from "./password";

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this email already exists.");
  }
}

/** Another account's display name looks the same (lib/accounts/display-name.ts). */
export class DisplayNameTakenError extends Error {
  constructor() {
    super("That display name is taken.");
  }
}

/** The unique index on User.displayNameKey (prisma/schema.prisma). */
export const DISPLAY_NAME_KEY_INDEX = "User_displayNameKey_key";

export async function createAccount({ displayName, email, password }: SignUpInput) {
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      // The database computes the same key again (a trigger); the unique index decides.
      data: { displayName, displayNameKey: displayNameKey(displayName), email, passwordHash, role: "READER" },
      select: { id: true, displayName: true, email: true, role: true },
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      if (violatedConstraint(e) === DISPLAY_NAME_KEY_INDEX) throw new DisplayNameTakenError();
      throw new EmailTakenError();
    }
    throw e;
  }
}
