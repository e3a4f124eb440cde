import { html, type SafeHtml } from "@/lib/html/html";
import { assetUrls } from "./assets";

export const SITE_NAME = "REEx Discussions";
export const SITE_DESCRIPTION = "Rare-earth and critical-minerals news, with discussions worth reading.";

/**
 * A whole page: the same shell as the React layout (app/layout.tsx), with the site's one
 * stylesheet and one script, both external files (the CSP allows no inline script).
 */
export function documentHtml(input: {
  title?: string;
  description?: string;
  header: SafeHtml;
  main: SafeHtml;
}): string {
  const { title, description = SITE_DESCRIPTION, header, main } = input;
  const assets = assetUrls();
  return html`<!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title ? `${title} · ${SITE_NAME}` : SITE_NAME}</title>
        <meta name="description" content="${description}" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="${assets["site.css"]}" />
        <script src="${assets["discussion.js"]}" defer></script>
      </head>
      <body>
        <a href="#main" class="skip-link">Skip to content</a>${header}
        <main id="main" tabindex="-1">${main}</main>
        <footer class="site-footer"><p>REEx Discussions — sample content for a demo; not investment advice.</p></footer>
      </body>
    </html>`.value;
}
