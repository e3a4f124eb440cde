import { z } from "zod";
import { PASSWORD_MAX_LENGTH, signUpSchema } from "./auth";

/** `/account`: a new display name, with the same rules as at sign-up. */
export const displayNameSchema = z.object({ displayName: signUpSchema.shape.displayName });

/** `/account`: the current password (proof that it is the owner) and a new one, with sign-up's rules. */
export const passwordChangeSchema = z.object({
  currentPassword: z
    .string()
    .min(1, "Enter your current password.")
    .max(PASSWORD_MAX_LENGTH, "That password is too long."),
  newPassword: signUpSchema.shape.password,
});

export type DisplayNameInput = z.infer<typeof displayNameSchema>;
export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;
