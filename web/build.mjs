// Builds the page into sitrep/server/static/ (committed, so installing sitrep needs no Node):
//   npm ci && npm run build            (or `make web` from the repo root)
// `node build.mjs --out DIR` builds elsewhere (`make web-check` compares it with the committed copy).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
const result = await esbuild.build({
  metafile: true,
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
for (const scale of ["110m", "50m"]) {
  const file = `countries-${scale}.json`;
  copyFileSync(join(here, "node_modules", "world-atlas", file), join(out, file));
}
// The licences of what the bundle and the basemap contain, shipped beside them.
const bundled = new Set(["world-atlas"]);
for (const input of Object.keys(result.metafile.inputs)) {
  const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (match) bundled.add(match[1]);
}
const notices = [...bundled].sort().map((name) => {
  const dir = join(here, "node_modules", name);
  const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const file = ["LICENSE", "LICENSE.md", "LICENSE.txt"].map((f) => join(dir, f)).find((f) => existsSync(f));
  return `${name} ${version}\n\n${file ? readFileSync(file, "utf8").trim() : "(no licence file)"}\n`;
});
writeFileSync(join(out, "LICENSES.txt"), `Third-party code and data in this folder\n\n${notices.join("\n----\n\n")}`);
console.log(`built the page into ${out}`);
