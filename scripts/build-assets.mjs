// The discussion pages' static assets, built before `next build` (and before `next dev`):
// public/assets/discussion.js (lib/client/discussion.ts, the only script on those pages),
// public/assets/site.css (the serif's @font-face rules + app/globals.css + app/enhancer.css),
// the font files it names (public/assets/fonts/, from the npm package: served by the app, no
// CDN) and manifest.json, which maps each to a URL whose ?v= changes with the content, so they
// can be cached for a long time.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const from = (p) => path.join(root, p);
const OUT = from("public/assets");

/** Writes beside the target and renames, so a running server never serves half a file. */
function put(name, data) {
  const file = path.join(OUT, name);
  fs.writeFileSync(`${file}.tmp`, data);
  fs.renameSync(`${file}.tmp`, file);
}

const version = (data) => crypto.createHash("sha256").update(data).digest("hex").slice(0, 10);
const kb = (data) => `${(Buffer.byteLength(data) / 1024).toFixed(1)} KB`;

const FONT_PACKAGE = "node_modules/@fontsource-variable/source-serif-4";

/**
 * The serif's @font-face rules (upright and italic, every subset: a browser fetches only the
 * subsets a page's characters need), pointing at copies of its files under /assets/fonts/.
 */
function fontFaces() {
  fs.mkdirSync(path.join(OUT, "fonts"), { recursive: true });
  const css = ["wght.css", "wght-italic.css"]
    .map((f) => fs.readFileSync(from(`${FONT_PACKAGE}/${f}`), "utf8"))
    .join("\n");
  return css.replace(/url\(\.\/files\/([\w.-]+\.woff2)\)/g, (_, file) => {
    const data = fs.readFileSync(from(`${FONT_PACKAGE}/files/${file}`));
    put(`fonts/${file}`, data);
    return `url(/assets/fonts/${file}?v=${version(data)})`;
  });
}

export async function buildAssets({ log } = {}) {
  const t0 = Date.now();
  const js = await esbuild.build({
    entryPoints: [from("lib/client/discussion.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    legalComments: "none",
    logLevel: "warning",
    write: false,
  });
  const script = js.outputFiles[0].contents;

  fs.mkdirSync(OUT, { recursive: true });
  const source = [
    fontFaces(),
    ...["app/globals.css", "app/enhancer.css"].map((f) => fs.readFileSync(from(f), "utf8")),
  ].join("\n");
  const { code: css } = await esbuild.transform(source, { loader: "css", minify: true, logLevel: "warning" });

  put("discussion.js", script);
  put("site.css", css);
  const manifest = {
    "discussion.js": `/assets/discussion.js?v=${version(script)}`,
    "site.css": `/assets/site.css?v=${version(css)}`,
  };
  put("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);
  log?.(`Built public/assets: discussion.js ${kb(script)}, site.css ${kb(css)} (${Date.now() - t0} ms)`);
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAssets({ log: (m) => console.log(`[assets] ${m}`) });
}
