import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getProfile, listProfileComments, listProfileThreads } from "@/lib/accounts/get-profile";
import { threadHref } from "@/lib/comments/owner";
import { formatDate, formatDateTime, plural } from "@/lib/format";
import { ROLE_BADGE_LABEL, roleBadgeClass } from "@/lib/views/role-badge";
import { metadataOrTrouble, orTrouble } from "@/components/layout/service-trouble";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const ROLE_LABEL = { READER: "Reader", ANALYST: "Analyst", MODERATOR: "Moderator", ADMIN: "Admin" } as const;

async function metadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const user = await getProfile((await params).id);
  return { title: user?.displayName ?? "Member not found" };
}

function cursor(raw: string | string[] | undefined): number | undefined {
  return typeof raw === "string" && /^\d{1,10}$/.test(raw) ? Number(raw) : undefined;
}

/** A member's page: who they are, then their comments or their forum threads (tabs as links, cursor-paged). */
async function ProfilePage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const tab = sp.tab === "threads" ? "threads" : "comments";
  const before = cursor(sp.before);
  const [user, list] = await Promise.all([
    getProfile(id),
    tab === "threads" ? listProfileThreads(id, before) : listProfileComments(id, before),
  ]);
  if (!user) notFound();
  const badge = roleBadgeClass(user.role);
  const base = `/users/${user.id}`;
  const tabs = [
    { key: "comments", label: plural(user._count.comments, "comment", "comments"), href: base },
    {
      key: "threads",
      label: plural(user._count.threads, "forum thread", "forum threads"),
      href: `${base}?tab=threads`,
    },
  ];
  return (
    <>
      <h1>
        {user.displayName}
        {badge && (
          <>
            {" "}
            <span className={badge}>{ROLE_BADGE_LABEL[user.role]}</span>
          </>
        )}
      </h1>
      <p className="post__meta">
        {ROLE_LABEL[user.role]} · joined {formatDate(user.createdAt)} · {tabs[0]!.label} · {tabs[1]!.label}
      </p>
      <nav aria-label="Profile sections" className="comment-sort">
        <ul>
          {tabs.map((t) => (
            <li key={t.key}>
              <a href={t.href} aria-current={t.key === tab ? "page" : undefined}>
                {t.key === "comments" ? "Comments" : "Forum threads"}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{tab === "threads" ? "Forum threads" : "Comments"}</h2>
      {list.items.length === 0 ? (
        <p className="empty">
          {before ? "Nothing older." : tab === "threads" ? "No threads yet." : "No comments yet."}
        </p>
      ) : tab === "threads" ? (
        <ol className="thread-list">
          {(list as Awaited<ReturnType<typeof listProfileThreads>>).items.map((t) => (
            <li key={t.id} className="thread-row">
              <h3 className="thread-row__title">
                <a href={threadHref(t)}>{t.title}</a>
              </h3>
              <p className="thread-row__meta">
                in <a href={`/forum/${t.category.slug}`}>{t.category.name}</a> ·{" "}
                {plural(t.discussion.commentCount, "reply", "replies")} ·{" "}
                <time dateTime={t.createdAt.toISOString()}>{formatDateTime(t.createdAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <ol className="comment-list">
          {(list as Awaited<ReturnType<typeof listProfileComments>>).items.map((c) => (
            <li key={c.id} className="comment">
              <article className="comment__body" aria-label={`Comment on ${c.on?.title ?? "a discussion"}`}>
                <p className="comment__meta">
                  <a href={`/comments/${c.id}`}>
                    <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt)}</time>
                  </a>{" "}
                  on {c.on ? <a href={c.on.href}>{c.on.title}</a> : "a discussion"}
                </p>
                <div className="comment__content" dangerouslySetInnerHTML={{ __html: c.bodyHtml }} />
              </article>
            </li>
          ))}
        </ol>
      )}
      {list.next !== null && (
        <nav className="comment-pager" aria-label="Older items">
          <span></span>
          <a href={`${base}?${tab === "threads" ? "tab=threads&" : ""}before=${list.next}`}>Older →</a>
        </nav>
      )}
    </>
  );
}

export default orTrouble(ProfilePage, "member page");
export const generateMetadata = metadataOrTrouble(metadata, "member page");
