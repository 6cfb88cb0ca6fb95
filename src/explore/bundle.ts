/**
 * The explore page's client code, bundled by esbuild from src/explore/page/ into memory on first
 * use (never committed, never from a CDN): ES modules with code splitting, so the first view loads
 * only the page's own code and each picture library (Cytoscape.js, ECharts) arrives with the view
 * that draws with it. Each question's view is its own chunk (views/index.ts imports it by name);
 * the GraphQL operations arrive as text (graphql-documents.ts).
 */
import { join } from "node:path";
import { build, type BuildOptions } from "esbuild";
import { projectRoot } from "../config/paths.js";
import { graphqlDocuments } from "./graphql-documents.js";

export interface Asset {
  contents: Uint8Array;
  type: string;
}

export const pageDir = join(projectRoot, "src", "explore", "page");
export const FRAGMENTS_FILE = join(pageDir, "fragments.graphql");
let bundling: Promise<Map<string, Asset>> | undefined;

const TYPES: Record<string, string> = { ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".map": "application/json" };

/** The build; a measuring tool can add `metafile: true` to see the chunks. */
export const BUILD_OPTIONS = {
  entryPoints: { main: join(pageDir, "main.ts") },
  bundle: true,
  splitting: true,
  format: "esm",
  target: "es2022",
  minify: true,
  write: false,
  outdir: "/explore-assets",
  chunkNames: "chunk-[hash]",
  legalComments: "linked",
  logLevel: "silent",
  plugins: [graphqlDocuments(FRAGMENTS_FILE)],
} satisfies BuildOptions;

async function bundle(): Promise<Map<string, Asset>> {
  const result = await build(BUILD_OPTIONS);
  const assets = new Map<string, Asset>();
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf("/") + 1);
    const ext = name.slice(name.lastIndexOf("."));
    assets.set(name, { contents: file.contents, type: TYPES[ext] ?? "text/plain; charset=utf-8" });
  }
  return assets;
}

/** The bundle, built once per process (started at server start so the first visitor does not wait). */
export function exploreAssets(): Promise<Map<string, Asset>> {
  bundling ??= bundle().catch((error: unknown) => {
    bundling = undefined;
    throw error;
  });
  return bundling;
}
