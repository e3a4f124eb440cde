import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { env } from "@/lib/env";
import { CrossSiteRequestError, isSameOriginRequest } from "./origin";
import { requestId, requestLogger } from "./request-context";
import { errorResponse, troubleResponse } from "./serve-page";

/** First line of every server action and mutating route handler. */
export async function assertSameOrigin(): Promise<void> {
  if (!isSameOriginRequest(await headers(), env().TRUSTED_PROXIES, env().NEXTAUTH_URL))
    throw new CrossSiteRequestError();
}

/** The fields of each form post as its route read them (readForm), for the error page to give back. */
const formsRead = new WeakMap<Request, FormData>();

export function rememberForm(request: Request, form: FormData): void {
  formsRead.set(request, form);
}

/** What the user typed into a form, as one text to copy (never a password). */
export type TypedText = (form: FormData) => string | undefined;

/**
 * The text fields worth giving back, by label: one field as it was typed, several one after
 * another under their labels. Empty fields are left out; nothing typed is undefined.
 */
export function typedFields(fields: Record<string, string>): TypedText {
  const entries = Object.entries(fields);
  return (form) => {
    const typed = entries
      .map(([label, name]) => [label, form.get(name)] as const)
      .filter((e): e is readonly [string, string] => typeof e[1] === "string" && e[1].trim() !== "");
    if (typed.length === 0) return undefined;
    if (entries.length === 1) return typed[0]![1];
    return typed.map(([label, value]) => `${label}:\n${value}`).join("\n\n");
  };
}

export const WRITE_ERROR_MESSAGE =
  "Something went wrong on our side, and what you sent may not have been saved. Please try again.";
const WRITE_TROUBLE_MESSAGE =
  "The site is busy or cannot reach its database, and what you sent was not saved. Try again in a moment.";
const READ_ERROR_MESSAGE = "Something went wrong on our side. Please try again in a moment.";
const READ_TROUBLE_MESSAGE = "The site is busy or cannot reach its database. Try again in a moment.";

/** A route handler: Next calls it with the request, and for a dynamic route its params. */
type Handler<Args extends unknown[]> = (...args: Args) => Promise<Response>;

/**
 * Every POST route handler is wrapped in this (lib/http/mutation.test.ts checks that none is
 * not), so that no form can end in Next's empty 500 page. The route's own steps answer what
 * they foresee: a refusal, an error beside a field, database trouble with the form shown again.
 * Whatever they throw instead comes here: database trouble is the 503 trouble page, anything
 * else (a bug, a failure nobody foresaw) the site's error page with the request's id, which the
 * one log line carries too. Both give back what the user typed (`typed`), to copy; the enhancer,
 * which asked for JSON, gets the message as JSON.
 */
export function formRoute<Args extends unknown[]>(
  where: string,
  handler: Handler<Args>,
  typed?: TypedText,
): Handler<Args> {
  return guarded(where, handler, true, typed);
}

/**
 * The same for a page route that renders per request for a signed-in reader (a form's page,
 * staff pages) and has no page helper of its own that answers errors (servePage and
 * serveUncachedPage do). Not for the guests' route-cached pages: those may not read the request.
 */
export function pageRoute<Args extends unknown[]>(where: string, handler: Handler<Args>): Handler<Args> {
  return guarded(where, handler, false);
}

function guarded<Args extends unknown[]>(
  where: string,
  handler: Handler<Args>,
  write: boolean,
  typed?: TypedText,
): Handler<Args> {
  return async (...args) => {
    const request = args[0] as Request;
    try {
      return await handler(...args);
    } catch (e) {
      unstable_rethrow(e); // Next's own signals pass on.
      const form = formsRead.get(request);
      const unsaved = form && typed ? typed(form) : undefined;
      const trouble = asServiceError(e);
      if (request.headers.get("accept")?.includes("application/json")) return jsonAnswer(trouble, where, write);
      if (trouble instanceof ServiceUnavailableError) return troubleResponse(trouble, where, unsaved);
      return errorResponse(e, where, unsaved, write);
    }
  };
}

async function jsonAnswer(e: unknown, where: string, write: boolean): Promise<Response> {
  const log = await requestLogger();
  const reference = await requestId();
  const busy = e instanceof ServiceUnavailableError;
  if (busy) log.warn({ event: "page.service-trouble", where, reason: e.reason, error: String(e.cause) }, where);
  else log.error({ event: "page.error", where, error: String(e) }, `${where}: ${String(e)}`);
  const message = write
    ? busy
      ? WRITE_TROUBLE_MESSAGE
      : WRITE_ERROR_MESSAGE
    : busy
      ? READ_TROUBLE_MESSAGE
      : READ_ERROR_MESSAGE;
  return Response.json(
    { ok: false, message, reference },
    { status: busy ? 503 : 500, headers: { "cache-control": "no-store", "x-request-id": reference } },
  );
}
