// Bundles the editor: web/src -> ../judge/web/static/app.js and app.css, and copies the API
// explorer's assets (Swagger UI) beside them, so /docs works without a network. One build for
// every caller: `npm run build` (scripts/build-web.sh) and the Dockerfile's web stage.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { build } from "esbuild";

const outfile = process.argv[2] ?? "../judge/web/static/app.js";

await build({
  entryPoints: ["src/main.js"],
  bundle: true,
  minify: true,
  target: "es2020",
  outfile,
  logLevel: "info",
  // KaTeX's fonts (src/math.js imports katex.min.css, which refers to them): files beside the
  // bundle in static/fonts/, not data: URLs, which the page's CSP (font-src 'self') would block.
  loader: { ".woff2": "file", ".woff": "file", ".ttf": "file" },
  assetNames: "fonts/[name]-[hash]",
});

const docs = join(dirname(outfile), "docs");
mkdirSync(docs, { recursive: true });
for (const name of ["swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png"]) {
  copyFileSync(join("node_modules", "swagger-ui-dist", name), join(docs, name));
}
