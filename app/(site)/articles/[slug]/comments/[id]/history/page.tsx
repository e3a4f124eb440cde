import type { Metadata } from "next";
import { orTrouble } from "@/components/layout/service-trouble";
import { CommentHistory } from "@/components/comments/comment-history";

type Props = { params: Promise<{ slug: string; id: string }> };

export const metadata: Metadata = { title: "Comment history" };

async function CommentHistoryPage({ params }: Props) {
  const { slug, id } = await params;
  return <CommentHistory owner={{ kind: "article", slug }} id={id} />;
}

export default orTrouble(CommentHistoryPage, "history page");
