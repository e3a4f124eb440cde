// GET /s/<N>: the bytes bench/run.mjs wrote to pages/<N>.html (the app's guest article page
// at N comments), read once at build time and then served from Next's prerender cache.
import fs from "node:fs";
import path from "node:path";

export const dynamic = "force-static";
export const dynamicParams = false; // any other N: 404

// `next build` runs with bench/static-ref as its working directory (bench/run.mjs).
const PAGES = path.join(process.cwd(), "pages");

export function generateStaticParams() {
  return fs
    .readdirSync(/* turbopackIgnore: true */ PAGES)
    .filter((f) => /^\d+\.html$/.test(f))
    .map((f) => ({ n: f.slice(0, -".html".length) }));
}

export async function GET(_request, { params }) {
  const { n } = await params;
  const html = fs.readFileSync(/* turbopackIgnore: true */ path.join(PAGES, `${n}.html`));
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}
