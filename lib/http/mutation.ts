import "server-only";
import { headers } from "next/headers";
import { CrossSiteRequestError, isSameOriginRequest } from "./origin";

/** First line of every server action and mutating route handler. */
export async function assertSameOrigin(): Promise<void> {
  if (!isSameOriginRequest(await headers())) throw new CrossSiteRequestError();
}
