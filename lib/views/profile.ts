import type { getProfile, listProfileComments, listProfileThreads } from "@/lib/accounts/get-profile";
import { threadHref } from "@/lib/comments/owner";
import { formatDate, formatDateTime, plural } from "@/lib/format";
import { html, trusted, type SafeHtml } from "@/lib/html/html";
import type { PageBody } from "./pages";
import { roleBadge } from "./role-badge";

type Profile = NonNullable<Awaited<ReturnType<typeof getProfile>>>;
type Comments = Awaited<ReturnType<typeof listProfileComments>>;
type Threads = Awaited<ReturnType<typeof listProfileThreads>>;

const ROLE_LABEL = { READER: "Reader", ANALYST: "Analyst", MODERATOR: "Moderator", ADMIN: "Admin" } as const;

function when(d: Date): SafeHtml {
  return html`<time datetime="${d.toISOString()}">${formatDateTime(d)}</time>`;
}

/**
 * A member's page: who they are, then their comments or their forum threads (two tabs as links,
 * each paged by cursor), each item linking to where it stands.
 */
export function profilePage(
  user: Profile,
  view: { tab: "comments"; list: Comments; before?: number } | { tab: "threads"; list: Threads; before?: number },
): PageBody {
  const base = `/users/${user.id}`;
  const comments = plural(user._count.comments, "comment", "comments");
  const threads = plural(user._count.threads, "forum thread", "forum threads");
  const tabs = [
    { key: "comments", label: "Comments", href: base },
    { key: "threads", label: "Forum threads", href: `${base}?tab=threads` },
  ];
  const nav = html`<nav aria-label="Profile sections" class="comment-sort">
    <ul>
      ${tabs.map((t) => html`<li><a href="${t.href}" ${t.key === view.tab ? html` aria-current="page"` : ""}>${t.label}</a></li>`)}
    </ul>
  </nav>`;
  const empty = view.before ? "Nothing older." : view.tab === "threads" ? "No threads yet." : "No comments yet.";
  const items =
    view.list.items.length === 0
      ? html`<p class="empty">${empty}</p>`
      : view.tab === "threads"
        ? html`<ol class="thread-list">
            ${view.list.items.map(
              (t) =>
                html`<li class="thread-row">
                  <h3 class="thread-row__title"><a href="${threadHref(t)}">${t.title}</a></h3>
                  <p class="thread-row__meta">
                    in <a href="/forum/${t.category.slug}">${t.category.name}</a> ·
                    ${plural(t.discussion.commentCount, "reply", "replies")} · ${when(t.createdAt)}
                  </p>
                </li>`,
            )}
          </ol>`
        : html`<ol class="comment-list">
            ${view.list.items.map(
              (c) =>
                html`<li class="comment">
                  <article class="comment__body" aria-label="Comment on ${c.on?.title ?? "a discussion"}">
                    <p class="comment__meta">
                      <a href="/comments/${c.id}">${when(c.createdAt)}</a> on
                      ${c.on ? html`<a href="${c.on.href}">${c.on.title}</a>` : "a discussion"}
                    </p>
                    <div class="comment__content">${trusted(c.bodyHtml)}</div>
                  </article>
                </li>`,
            )}
          </ol>`;
  const older =
    view.list.next !== null
      ? html`<nav class="comment-pager" aria-label="Older items">
          <span></span
          ><a href="${base}?${view.tab === "threads" ? "tab=threads&" : ""}before=${view.list.next}">Older →</a>
        </nav>`
      : "";
  return {
    title: user.displayName,
    main: html`<h1>${user.displayName}${roleBadge(user.role)}</h1>
      <p class="post__meta">
        ${ROLE_LABEL[user.role]} · joined ${formatDate(user.createdAt)} · ${comments} · ${threads}
      </p>
      ${nav}
      <h2>${view.tab === "threads" ? "Forum threads" : "Comments"}</h2>
      ${items}${older}`,
  };
}
