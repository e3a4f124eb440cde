import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { CrossSiteRequestError, isSameOriginRequest } from "./origin";

/** First line of every server action and mutating route handler. */
export async function assertSameOrigin(): Promise<void> {
  if (!isSameOriginRequest(await headers(), env().TRUSTED_PROXIES, env().NEXTAUTH_URL))
    throw new CrossSiteRequestError();
}
