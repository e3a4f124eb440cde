import type { Metadata } from "next";
import { connection } from "next/server";
import { SiteHeader } from "@/components/layout/site-header";
import { assetUrls } from "@/lib/views/assets";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/views/document";

// The React pages (sign in and up) are rendered per request: they show who
// is signed in, and their inline scripts carry the request's CSP nonce (proxy.ts). The pages
// everyone reads (articles, threads, home, categories) are plain HTML routes, cached for guests.
export const instant = false;

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <head>
        <link rel="stylesheet" href={assetUrls()["site.css"]} precedence="default" />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>REEx Discussions — sample content for a demo; not investment advice.</p>
        </footer>
      </body>
    </html>
  );
}
