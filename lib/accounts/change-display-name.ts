import "server-only";
import { db } from "@/lib/db";
import { violatedConstraint } from "@/lib/db-failures";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/policy";
import type { DisplayNameInput } from "@/lib/validation/account";
import { DISPLAY_NAME_KEY_INDEX, DisplayNameTakenError } from "./create-account";
import { displayNameKey } from "./display-name";
import { findUserAppearances } from "./find-user-appearances";

/**
 * A user's new display name, unique as at sign-up (the key the database folds it to). Returns
 * what prints the old name, whose cached guest pages must go: the discussions the user wrote
 * in, the articles and forum threads they wrote (their pages, and the lists that show them).
 */
export async function changeDisplayName(actor: Actor, userId: string, { displayName }: DisplayNameInput) {
  authorize(actor, "account:update", { id: userId });
  try {
    await db.user.update({
      where: { id: userId },
      data: { displayName, displayNameKey: displayNameKey(displayName) },
    });
  } catch (e) {
    if (
      e instanceof Prisma.PrismaClientKnownRequestError &&
      e.code === "P2002" &&
      violatedConstraint(e) === DISPLAY_NAME_KEY_INDEX
    ) {
      throw new DisplayNameTakenError();
    }
    throw e;
  }
  return findUserAppearances(userId);
}
