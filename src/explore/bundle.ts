/**
 * The explore page's client code, bundled by esbuild from src/explore/page/ into memory on first
 * use (never committed, never from a CDN): ES modules with code splitting, so the first view loads
 * only the page's own code and each picture library (Cytoscape.js, ECharts) arrives with the view
 * that draws with it. Each question's view is its own chunk (views/index.ts imports it by name);
 * the GraphQL operations arrive as text (graphql-documents.ts).
 */
import { join } from "node:path";
import { build, type BuildOptions, type Metafile } from "esbuild";
import { projectRoot } from "../config/paths.js";
import { graphqlDocuments } from "./graphql-documents.js";

export interface Asset {
  contents: Uint8Array;
  type: string;
}

export const pageDir = join(projectRoot, "src", "explore", "page");
export const FRAGMENTS_FILE = join(pageDir, "fragments.graphql");
let bundling: Promise<ExploreBundle> | undefined;

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

export interface ExploreBundle {
  assets: Map<string, Asset>;
  /**
   * The chunks a page loads before it can draw the view of this question (the shell's, the view's
   * and the picture library's), so the HTML can announce them all at once (`modulepreload`) instead
   * of the browser finding them one import after another.
   */
  chunksFor(question?: string): string[];
}

const fileName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/**
 * Each chunk with every chunk it imports statically (what loading it loads) and, with `dynamic`,
 * also what it imports when it runs (a view loads its picture library so).
 */
function closures(outputs: Metafile["outputs"]): (name: string, dynamic?: boolean) => string[] {
  const byName = new Map(Object.entries(outputs).map(([path, output]) => [fileName(path), output]));
  return (start, dynamic = false) => {
    const seen = new Set<string>();
    const visit = (name: string): void => {
      if (seen.has(name) || !byName.has(name)) return;
      seen.add(name);
      for (const i of byName.get(name)!.imports) if (i.kind === "import-statement" || (dynamic && i.kind === "dynamic-import")) visit(fileName(i.path));
    };
    visit(start);
    return [...seen];
  };
}

/** The chunk that holds a question's view module (`views/<question name>.ts`; `index` is the one that picks a view). */
function viewChunks(outputs: Metafile["outputs"]): Map<string, string> {
  const views = new Map<string, string>();
  for (const [path, output] of Object.entries(outputs)) {
    if (!path.endsWith(".js")) continue;
    for (const input of Object.keys(output.inputs)) {
      const view = /src\/explore\/page\/views\/([a-z-]+)\.ts$/.exec(input)?.[1];
      if (view) views.set(view, fileName(path));
    }
  }
  return views;
}

async function bundle(): Promise<ExploreBundle> {
  const result = await build({ ...BUILD_OPTIONS, metafile: true });
  const assets = new Map<string, Asset>();
  for (const file of result.outputFiles) {
    const name = fileName(file.path);
    const ext = name.slice(name.lastIndexOf("."));
    assets.set(name, { contents: file.contents, type: TYPES[ext] ?? "text/plain; charset=utf-8" });
  }
  const closure = closures(result.metafile.outputs);
  const views = viewChunks(result.metafile.outputs);
  const shell = closure("main.js");
  return {
    assets,
    chunksFor(question) {
      const view = question ? views.get(question) : undefined;
      if (!view) return shell;
      // The shell loads the view picker, which loads the view, which loads its picture library.
      return [...new Set([...shell, ...closure(views.get("index")!), ...closure(view, true)])];
    },
  };
}

/** The bundle, built once per process (started at server start so the first visitor does not wait). */
export function exploreBundle(): Promise<ExploreBundle> {
  bundling ??= bundle().catch((error: unknown) => {
    bundling = undefined;
    throw error;
  });
  return bundling;
}
