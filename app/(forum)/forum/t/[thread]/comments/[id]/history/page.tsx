import type { Metadata } from "next";
import { orTrouble } from "@/components/layout/service-trouble";
import { CommentHistory } from "@/components/comments/comment-history";
import { threadParam } from "@/lib/validation/page-params";

type Props = { params: Promise<{ thread: string; id: string }> };

export const metadata: Metadata = { title: "Reply history" };

async function ReplyHistoryPage({ params }: Props) {
  const { thread, id } = await params;
  const threadId = threadParam(thread);
  return <CommentHistory owner={threadId === undefined ? undefined : { kind: "thread", id: threadId }} id={id} />;
}

export default orTrouble(ReplyHistoryPage, "history page");
