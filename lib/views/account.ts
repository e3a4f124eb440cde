import { attr, html, type SafeHtml } from "@/lib/html/html";
import { plural } from "@/lib/format";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";
import type { PageBody } from "./pages";

export type AccountDone = "name" | "password" | "sessions";

const DONE_TEXT: Record<AccountDone, string> = {
  name: "Your display name was changed.",
  password: "Your password was changed. You are signed out everywhere else.",
  sessions: "You are signed out everywhere else.",
};

export type AccountView = {
  displayName: string;
  email: string;
  otherSessions: number;
  done?: AccountDone;
  /** A form that did not go through: its message, the field it is about, and the name typed (never a password). */
  failed?: { form: "name" | "password" | "sessions"; field?: string; message: string; displayName?: string };
};

function field(input: {
  id: string;
  label: string;
  error: string | undefined;
  hint?: string;
  control: (describedBy: string | undefined) => SafeHtml;
}): SafeHtml {
  const { id, label, error, hint } = input;
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return html`<p class="field">
    <label for="${id}">${label}</label
    >${hint ? html`<span id="${id}-hint" class="field-hint">${hint}</span>` : ""}${input.control(ids)}${error ? html`<span id="${id}-error" class="field-error">${error}</span>` : ""}
  </p>`;
}

/** `/account`: display name, password, other sessions; plain forms, each with its answer beside it. */
export function accountPage(view: AccountView): PageBody {
  const { failed } = view;
  const formError = (form: string) =>
    failed?.form === form && failed.field === undefined
      ? html`<p class="form-message" role="alert">${failed.message}</p>`
      : "";
  const nameError = failed?.field === "displayName" ? failed.message : undefined;
  const currentError = failed?.form === "password" && failed.field === "currentPassword" ? failed.message : undefined;
  const newError = failed?.form === "password" && failed.field === "newPassword" ? failed.message : undefined;

  const name = html`<section aria-labelledby="account-name" class="account-section">
    <h2 id="account-name">Display name</h2>
    <form method="post" action="/account/name" class="account-form">
      ${formError("name")}${field({
        id: "displayName",
        label: "Display name",
        error: nameError,
        hint: "Shown with your comments, 2 to 50 characters. It must not look like anyone else's.",
        control: (d) =>
          html`<input
            id="displayName"
            name="displayName"
            type="text"
            required
            minlength="2"
            maxlength="50"
            autocomplete="nickname"
            value="${failed?.displayName ?? view.displayName}"
            ${attr("aria-invalid", nameError ? "true" : undefined)}${attr("aria-describedby", d)}
          />`,
      })}
      <p><button type="submit">Save display name</button></p>
    </form>
  </section>`;

  const password = html`<section aria-labelledby="account-password" class="account-section">
    <h2 id="account-password">Password</h2>
    <form method="post" action="/account/password" class="account-form">
      ${formError("password")}<input
        type="text"
        name="username"
        autocomplete="username"
        value="${view.email}"
        hidden
      />${field({
        id: "currentPassword",
        label: "Current password",
        error: currentError,
        control: (d) =>
          html`<input
            id="currentPassword"
            name="currentPassword"
            type="password"
            required
            maxlength="${PASSWORD_MAX_LENGTH}"
            autocomplete="current-password"
            ${attr("aria-invalid", currentError ? "true" : undefined)}${attr("aria-describedby", d)}
          />`,
      })}${field({
        id: "newPassword",
        label: "New password",
        error: newError,
        hint: `At least ${PASSWORD_MIN_LENGTH} characters. Changing it signs you out everywhere else.`,
        control: (d) =>
          html`<input
            id="newPassword"
            name="newPassword"
            type="password"
            required
            minlength="${PASSWORD_MIN_LENGTH}"
            maxlength="${PASSWORD_MAX_LENGTH}"
            autocomplete="new-password"
            ${attr("aria-invalid", newError ? "true" : undefined)}${attr("aria-describedby", d)}
          />`,
      })}
      <p><button type="submit">Change password</button></p>
    </form>
  </section>`;

  const others = view.otherSessions;
  const sessions = html`<section aria-labelledby="account-sessions" class="account-section">
    <h2 id="account-sessions">Where you are signed in</h2>
    ${formError("sessions")}
    <p>
      ${others ? html`You are also signed in on ${plural(others, "other browser or device", "other browsers or devices")}.` : "You are signed in here only."}
    </p>
    ${others ? html`<form method="post" action="/account/sessions"><button type="submit">Sign out other sessions</button></form>` : ""}
  </section>`;

  const status = view.done ? html`<p class="form-status" role="status">${DONE_TEXT[view.done]}</p>` : "";
  return {
    title: "Your account",
    main: html`<h1>Your account</h1>
      ${status}
      <p>Signed in as ${view.email}.</p>
      ${name}${password}${sessions}`,
  };
}
