import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getProfile } from "@/lib/accounts/get-profile";
import { formatDate, formatDateTime, plural } from "@/lib/format";
import { ROLE_BADGE_LABEL, roleBadgeClass } from "@/lib/views/role-badge";
import { metadataOrTrouble, orTrouble } from "@/components/layout/service-trouble";

type Props = { params: Promise<{ id: string }> };

const ROLE_LABEL = { READER: "Reader", ANALYST: "Analyst", MODERATOR: "Moderator", ADMIN: "Admin" } as const;

async function metadata({ params }: Props): Promise<Metadata> {
  const user = await getProfile((await params).id);
  return { title: user?.displayName ?? "Member not found" };
}

async function ProfilePage({ params }: Props) {
  const user = await getProfile((await params).id);
  if (!user) notFound();
  const badge = roleBadgeClass(user.role);
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
        {ROLE_LABEL[user.role]} · joined {formatDate(user.createdAt)} ·{" "}
        {plural(user._count.comments, "comment", "comments")}
      </p>
      <h2>Latest comments</h2>
      {user.comments.length === 0 ? (
        <p className="empty">No comments yet.</p>
      ) : (
        <ol className="comment-list">
          {user.comments.map((c) => (
            <li key={c.id} className="comment">
              <article className="comment__body" aria-label={`Comment on ${c.discussion.article?.title ?? "a thread"}`}>
                <p className="comment__meta">
                  <a href={`/comments/${c.id}`}>
                    <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt)}</time>
                  </a>{" "}
                  on {c.discussion.article?.title ?? "a thread"}
                </p>
                <div className="comment__content" dangerouslySetInnerHTML={{ __html: c.bodyHtml }} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export default orTrouble(ProfilePage, "member page");
export const generateMetadata = metadataOrTrouble(metadata, "member page");
