import type { Metadata } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

// Every page is rendered per request: it shows who is signed in, and the CSP nonce
// (proxy.ts) can only be applied to dynamically rendered pages.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "REEx Discussions", template: "%s · REEx Discussions" },
  description: "Rare-earth and critical-minerals news, with discussions worth reading.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
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
