// Bundles the editor: web/src -> ../judge/web/static/app.js and app.css. One build for every
// caller: `npm run build` (scripts/build-web.sh) and the Dockerfile's web stage.
import { build } from "esbuild";

await build({
  entryPoints: ["src/main.js"],
  bundle: true,
  minify: true,
  target: "es2020",
  outfile: process.argv[2] ?? "../judge/web/static/app.js",
  logLevel: "info",
});
