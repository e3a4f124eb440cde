import { z } from "zod";
import type { ModReason } from "@/lib/generated/prisma/enums";

/** The reasons every removal and report form offers (Lemmy's and Discourse's short lists). */
export const REASON_LABELS: Record<ModReason, string> = {
  SPAM: "Spam",
  HARASSMENT: "Harassment or abuse",
  OFF_TOPIC: "Off-topic",
  MISINFORMATION: "Misinformation",
  PERSONAL_INFORMATION: "Personal information",
  OTHER: "Other",
};

export const REASONS = Object.keys(REASON_LABELS) as ModReason[];

export const reasonField = z.enum(REASONS as [ModReason, ...ModReason[]], { error: "Choose a reason." });

/** Optional free text beside a reason: trimmed, empty becomes undefined. */
export const noteField = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `At most ${max} characters.` })
    .optional()
    .transform((v) => (v ? v : undefined));

/** "Spam" or "Spam: the free text". */
export function reasonText(reason: ModReason, note?: string | null): string {
  return note ? `${REASON_LABELS[reason]}: ${note}` : REASON_LABELS[reason];
}
