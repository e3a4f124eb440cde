import { z } from "zod";

// ASVS 5.0 V6.2.1 asks for at least 8 characters and recommends 15; this site asks for 12.
// No composition rules (V6.2.5); 200 is far above the 64 that V6.2.9 requires us to allow.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

// Where to go after signing in. Only a convenience: an over-long or malformed one is dropped
// (the user lands on the home page) instead of refusing a valid sign-in.
const callbackUrlField = z.string().max(2000).optional().catch(undefined);

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH, "That password is too long."),
  callbackUrl: callbackUrlField,
});

// The common-password check is server-only (lib/accounts/password-policy.ts): its list is
// large and this file may be shared with forms.
export const signUpSchema = z.object({
  displayName: z
    .string()
    .trim()
    .min(2, "Display name must be at least 2 characters.")
    .max(50, "Display name must be at most 50 characters.")
    .regex(/^[^<>\p{C}]+$/u, "Display name contains characters that are not allowed.")
    // Something to read: a letter or a digit that is not a filler (the Hangul fillers U+115F,
    // U+1160, U+3164, U+FFA0 are letters that draw nothing; they and the other default-ignorable
    // code points are also left out of the look-alike key, lib/accounts/display-name.ts).
    // The blank braille pattern U+2800 is a symbol, so it is no letter either.
    .regex(/(?!\p{Default_Ignorable_Code_Point})[\p{L}\p{N}]/u, "Display name must contain a letter or a digit."),
  email: emailField,
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters.`)
    .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters.`),
  callbackUrl: callbackUrlField,
});

export type SignInInput = z.infer<typeof signInSchema>;
export type SignUpInput = z.infer<typeof signUpSchema>;
