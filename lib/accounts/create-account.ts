import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SignUpInput } from "@/lib/validation/auth";
import { hashPassword } from "./password";

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this email already exists.");
  }
}

export async function createAccount({ displayName, email, password }: SignUpInput) {
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      data: { displayName, email, passwordHash, role: "READER" },
      select: { id: true, displayName: true, email: true, role: true },
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new EmailTakenError();
    throw e;
  }
}
