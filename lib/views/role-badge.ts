import { html, type SafeHtml } from "@/lib/html/html";
import type { Role } from "@/lib/generated/prisma/enums";

/** The badge staff and analysts carry beside their name; readers carry none. */
export const ROLE_BADGE_LABEL: Partial<Record<Role, string>> = {
  ANALYST: "Analyst",
  MODERATOR: "Moderator",
  ADMIN: "Admin",
};

/** The badge's class names (colours in app/globals.css), or undefined for a reader. */
export function roleBadgeClass(role: Role | string | null | undefined): string | undefined {
  return role && role in ROLE_BADGE_LABEL ? `role-badge role-badge--${role.toLowerCase()}` : undefined;
}

/**
 * ` <span class="role-badge role-badge--moderator">Moderator</span>`, or nothing for a reader.
 * Plain text, so a screen reader reads the role after the name.
 */
export function roleBadge(role: Role | string | null | undefined): SafeHtml | "" {
  const cls = roleBadgeClass(role);
  return cls ? html` <span class="${cls}">${ROLE_BADGE_LABEL[role as Role]}</span>` : "";
}
