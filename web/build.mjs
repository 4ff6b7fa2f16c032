// Builds the page into sitrep/server/static/ (committed, so installing sitrep needs no Node):
//   npm ci && npm run build            (or `make web` from the repo root)
// `node build.mjs --out DIR` builds elsewhere (`make web-check` compares it with the committed copy).
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const outIndex = process.argv.indexOf("--out");
const out = outIndex > 0 ? process.argv[outIndex + 1] : join(here, "..", "sitrep", "server", "static");

/** `import "virtual:type-colors"`: one CSS class per event type, from src/types.json. */
const typeColors = {
  name: "type-colors",
  setup(build) {
    build.onResolve({ filter: /^virtual:type-colors$/ }, () => ({ path: "type-colors", namespace: "virtual" }));
    build.onLoad({ filter: /.*/, namespace: "virtual" }, () => {
      const { colors } = JSON.parse(readFileSync(join(here, "src", "types.json"), "utf8"));
      const rules = Object.entries(colors).map(([type, c]) => `.t-${type} { --type-color: ${c}; }`);
      return { contents: rules.join("\n"), loader: "css" };
    });
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: { app: join(here, "src", "main.js") },
  bundle: true,
  format: "esm",
  target: ["es2022"],
  minify: true,
  legalComments: "linked",
  outdir: out,
  assetNames: "img/[name]-[hash]",
  loader: { ".png": "file", ".svg": "file" },
  plugins: [typeColors],
  logLevel: "warning",
});
for (const file of ["index.html", "favicon.svg"]) copyFileSync(join(here, "src", file), join(out, file));
// Natural Earth country borders (public domain) via world-atlas (ISC): the offline basemap.
copyFileSync(join(here, "node_modules", "world-atlas", "countries-50m.json"), join(out, "countries-50m.json"));
console.log(`built the page into ${out}`);
