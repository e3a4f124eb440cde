import { html, trusted, type SafeHtml } from "@/lib/html/html";
import type { CurrentUser } from "@/lib/session";
import { signOutForm } from "./comment-form";
import { can } from "@/lib/policy";
import { roleBadge } from "./role-badge";

export type Category = { slug: string; name: string };

/** The mark beside the name (and, in public/favicon.svg, the tab's icon): a crystal on gold. */
const LOGO_MARK = trusted(
  [
    '<svg width="30" height="30" viewBox="0 0 32 32" aria-hidden="true" focusable="false">',
    '<rect width="32" height="32" rx="7" fill="#f2c14e"/>',
    '<path d="M16 5.5l9 5.2v10.6l-9 5.2-9-5.2V10.7z" fill="none" stroke="#0b3d2e" stroke-width="2.6" stroke-linejoin="round"/>',
    '<circle cx="16" cy="16" r="3.4" fill="#0b3d2e"/>',
    "</svg>",
  ].join(""),
);

/**
 * The site's header. `user` undefined: the account could not be checked (database trouble),
 * which must not read as signed out.
 */
export function siteHeaderHtml(input: {
  user: CurrentUser | null | undefined;
  categories: Category[];
  returnTo: string;
  /** Staff: open moderation items (comments with open reports, held posts), for the header's link. */
  modItems?: number;
}): SafeHtml {
  const { user, categories, returnTo, modItems } = input;
  const mod =
    user && modItems !== undefined
      ? html`<a href="/mod" class="mod-link"
          >Moderation${modItems ? html` <span class="badge">${modItems}<span class="visually-hidden"> open items</span></span>` : ""}</a
        >`
      : "";
  const account =
    user === undefined
      ? html`<span>Account status unavailable</span>`
      : user
        ? html`${mod}${can(user, "article:create", undefined) ? html`<a href="/newsroom">Newsroom</a>` : ""}<span
              >Signed in as <strong>${user.name}</strong>${roleBadge(user.role)}</span
            ><a href="/notices">Notices</a><a href="/account">Account</a>${signOutForm("Sign out", returnTo)}`
        : html`<a href="/signin">Sign in</a><a href="/signup">Sign up</a>`;
  // On a phone, with JavaScript, the sections and the account fold behind "Menu"; without it they
  // simply wrap below the title.
  return html`<header class="site-header">
    <div class="site-header__inner">
      <a href="/" class="site-title">${LOGO_MARK}REEx Discussions</a
      ><button type="button" class="menu-toggle" aria-expanded="false" aria-controls="site-menu">Menu</button>
      <div id="site-menu" class="site-menu">
        <nav aria-label="Sections">
          <ul class="nav-list">
            ${categories.map((c) => html`<li><a href="/category/${c.slug}">${c.name}</a></li>`)}
            <li><a href="/forum" class="nav-forum">Forum</a></li>
          </ul>
        </nav>
        <div class="account">${account}</div>
      </div>
    </div>
  </header>`;
}
