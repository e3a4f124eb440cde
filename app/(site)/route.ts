import { servePage } from "@/lib/http/serve-page";
import { guestHomePage } from "@/lib/views/cached-pages";
import { homePage } from "@/lib/views/pages";

export async function GET() {
  return servePage({ where: "home page", path: "/", guest: guestHomePage, forUser: homePage });
}
