import type { Metadata } from "next";
import type { ReactNode } from "react";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { requestLogger } from "@/lib/http/request-context";

/** What a React page says, inside the site's layout, when the database is busy or unreachable. */
export function ServiceTrouble({ reason }: { reason: ServiceUnavailableError["reason"] }) {
  return (
    <section className="service-trouble" aria-labelledby="trouble-title">
      <h1 id="trouble-title">
        {reason === "busy" ? "The site is very busy right now" : "We are having trouble reaching our database"}
      </h1>
      <p>This page could not be loaded. Please try again in a few seconds: the site recovers by itself.</p>
    </section>
  );
}

async function report(e: unknown, where: string): Promise<ServiceUnavailableError | null> {
  const trouble = asServiceError(e);
  if (!(trouble instanceof ServiceUnavailableError)) return null;
  (await requestLogger()).warn(
    { event: "page.service-trouble", where, reason: trouble.reason, error: String(trouble.cause) },
    `${where}: database ${trouble.reason}`,
  );
  return trouble;
}

/**
 * A page that renders ServiceTrouble when its data cannot be loaded because the database is
 * busy or down, so readers see the site and a plain message (also without JavaScript)
 * instead of a blank document. Everything else (not found, redirects, bugs) passes through.
 */
export function orTrouble<P>(page: (props: P) => Promise<ReactNode>, where: string) {
  return async function PageOrTrouble(props: P): Promise<ReactNode> {
    try {
      return await page(props);
    } catch (e) {
      const trouble = await report(e, where);
      if (!trouble) throw e;
      return <ServiceTrouble reason={trouble.reason} />;
    }
  };
}

/** The same for generateMetadata: a neutral title instead of a failed page. */
export function metadataOrTrouble<P>(fn: (props: P) => Promise<Metadata>, where: string) {
  return async function metadata(props: P): Promise<Metadata> {
    try {
      return await fn(props);
    } catch (e) {
      if (!(await report(e, `${where} metadata`))) throw e;
      return { title: "Temporarily unavailable", robots: { index: false } };
    }
  };
}
