import { servePage } from "@/lib/http/serve-page";
import { guestForumHomePage } from "@/lib/views/cached-pages";
import { forumHomePage } from "@/lib/views/forum-pages";

export async function GET() {
  return servePage({ where: "forum home", path: "/forum", guest: guestForumHomePage, forUser: forumHomePage });
}
