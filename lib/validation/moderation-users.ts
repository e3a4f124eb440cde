import { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";

/** A ban is a suspension to the far future (logged as BAN); pages say "permanently". */
export const BAN_UNTIL = new Date("9999-12-31T00:00:00Z");

/** True for a ban's end date (anything from the year 9999 on). */
export function isBan(until: Date | null | undefined): boolean {
  return !!until && until.getUTCFullYear() >= 9999;
}

export const SUSPENSION_REASON_MAX = 500;

export const ROLE_LABELS: Record<Role, string> = {
  READER: "Reader",
  ANALYST: "Analyst",
  MODERATOR: "Moderator",
  ADMIN: "Admin",
};
export const ROLES = Object.keys(ROLE_LABELS) as Role[];

/** The "Length" choices of the suspend form: a number of days, or "until" a date. */
export const SUSPEND_LENGTHS = [
  { value: "1d", label: "1 day", days: 1 },
  { value: "7d", label: "7 days", days: 7 },
  { value: "30d", label: "30 days", days: 30 },
  { value: "until", label: "Until a date", days: null },
] as const;
export type SuspendLength = (typeof SUSPEND_LENGTHS)[number]["value"];

const DAY_MS = 24 * 60 * 60 * 1000;
/** The furthest a dated suspension may go (further than this is a ban). */
const MAX_UNTIL_YEARS = 100;

/**
 * A user id in a path (`/mod/users/{id}`): ids are cuids, so letters and digits; anything
 * else names no user and is a 404 without a query.
 */
export function userIdParam(raw: string): string | undefined {
  return /^[A-Za-z0-9_-]{1,64}$/.test(raw) ? raw : undefined;
}

const reasonField = z
  .string({ error: "Give a reason." })
  .transform((s) => s.replaceAll("\0", ""))
  .pipe(
    z
      .string()
      .trim()
      .min(1, "Give a reason.")
      .max(SUSPENSION_REASON_MAX, `At most ${SUSPENSION_REASON_MAX} characters.`),
  );

/** What the suspend form's fields are called, for errors beside them. */
export type SuspendField = "length" | "until" | "reason";

/**
 * The suspend / ban form: "Suspend" (intent=suspend) for the chosen length, or "Ban"
 * (intent=ban), which ignores the length. `until` is the end of the suspension, worked out
 * from `now`; a date means midnight UTC at the start of that day, which must be in the future.
 */
export function suspendSchema(now = new Date()) {
  return z
    .object({
      intent: z.enum(["suspend", "ban"], { error: "Choose Suspend or Ban." }),
      length: z
        .enum(SUSPEND_LENGTHS.map((l) => l.value) as [SuspendLength, ...SuspendLength[]], {
          error: "Choose a length.",
        })
        .optional(),
      until: z.string().max(20).optional(),
      reason: reasonField,
    })
    .transform((v, ctx) => {
      if (v.intent === "ban") return { until: BAN_UNTIL, reason: v.reason, ban: true as const };
      const choice = SUSPEND_LENGTHS.find((l) => l.value === v.length);
      if (!choice) {
        ctx.addIssue({ code: "custom", path: ["length"], message: "Choose a length." });
        return z.NEVER;
      }
      if (choice.days !== null) {
        return { until: new Date(now.getTime() + choice.days * DAY_MS), reason: v.reason, ban: false as const };
      }
      const date = parseDay(v.until ?? "");
      if (!date) {
        ctx.addIssue({ code: "custom", path: ["until"], message: "Enter the date the suspension ends." });
        return z.NEVER;
      }
      if (date <= now) {
        ctx.addIssue({ code: "custom", path: ["until"], message: "The date must be in the future." });
        return z.NEVER;
      }
      if (date.getTime() > now.getTime() + MAX_UNTIL_YEARS * 365 * DAY_MS) {
        ctx.addIssue({
          code: "custom",
          path: ["until"],
          message: `At most ${MAX_UNTIL_YEARS} years ahead; use Ban for a permanent suspension.`,
        });
        return z.NEVER;
      }
      return { until: date, reason: v.reason, ban: false as const };
    });
}

export type SuspendInput = z.output<ReturnType<typeof suspendSchema>>;

/** `YYYY-MM-DD` (what a date input sends) as midnight UTC, or null when it is no real date. */
function parseDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
    ? d
    : null;
}

export const roleChangeSchema = z.object({
  role: z.enum(ROLES as [Role, ...Role[]], { error: "Choose a role." }),
});
