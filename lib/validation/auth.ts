import { z } from "zod";

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Enter your password.").max(200, "That password is too long."),
  callbackUrl: z.string().max(2000).optional(),
});

export const signUpSchema = z.object({
  displayName: z
    .string()
    .trim()
    .min(2, "Display name must be at least 2 characters.")
    .max(50, "Display name must be at most 50 characters.")
    .regex(/^[^<>\p{C}]+$/u, "Display name contains characters that are not allowed."),
  email: emailField,
  password: z
    .string()
    .min(10, "Password must be at least 10 characters.")
    .max(200, "Password must be at most 200 characters."),
  callbackUrl: z.string().max(2000).optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;
export type SignUpInput = z.infer<typeof signUpSchema>;
