/**
 * The explore page's bundle, built as the server builds it: every question of the registry has
 * its view module, each in a chunk of its own that loads only when asked for, and the first view
 * (the shell) loads no picture library.
 */
import { build, type Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILD_OPTIONS, exploreBundle } from "../../../src/explore/bundle.js";
import { QUESTIONS } from "../../../src/questions/registry.js";

let outputs: Metafile["outputs"];
const chunkName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/** The chunk and every chunk it imports statically (what loading it loads). */
function loads(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const [, output] = Object.entries(outputs).find(([path]) => chunkName(path) === name)!;
  for (const i of output.imports) if (i.kind === "import-statement") loads(chunkName(i.path), seen);
  return seen;
}
const inputsOf = (names: Set<string>) => Object.entries(outputs).filter(([path]) => names.has(chunkName(path))).flatMap(([, o]) => Object.keys(o.inputs));
const chunkWith = (input: string) => chunkName(Object.entries(outputs).find(([path, o]) => path.endsWith(".js") && Object.keys(o.inputs).includes(input))?.[0] ?? "");

beforeAll(async () => {
  outputs = (await build({ ...BUILD_OPTIONS, metafile: true })).metafile.outputs;
}, 60_000);

describe("explore bundle", () => {
  it("has a view module for every question, each in a chunk that the shell does not load", () => {
    const shell = loads("main.js");
    for (const question of QUESTIONS) {
      const chunk = chunkWith(`src/explore/page/views/${question.name}.ts`);
      expect(chunk, question.name).not.toBe("");
      expect(shell.has(chunk), question.name).toBe(false);
    }
  });

  it("loads no picture library with the shell or with the entity page's own chunk", () => {
    expect(inputsOf(loads("main.js")).filter((i) => i.includes("node_modules"))).toEqual([]);
    const entity = loads(chunkWith("src/explore/page/views/neighbourhood.ts"));
    expect(inputsOf(entity).filter((i) => /node_modules\/(cytoscape|echarts|zrender)/.test(i))).toEqual([]);
  });

  it("loads each picture library with the views that draw with it", () => {
    const libraries = (name: string) => new Set(inputsOf(loads(chunkWith(`src/explore/page/views/${name}.ts`))).filter((i) => i.includes("node_modules")).map((i) => i.split("node_modules/")[1]!.split("/")[0]));
    expect(libraries("fund-flow").has("echarts")).toBe(true);
    expect(libraries("governance-chain").has("cytoscape")).toBe(true);
    expect(libraries("timeline").size).toBe(0);
    expect(libraries("person-activity").size).toBe(0);
  });

  it("announces every chunk a view needs before it draws, and no other view's", async () => {
    const bundle = await exploreBundle();
    expect(bundle.chunksFor()).toEqual([...loads("main.js")]);
    for (const question of QUESTIONS) {
      const chunks = new Set(bundle.chunksFor(question.name));
      const view = chunkWith(`src/explore/page/views/${question.name}.ts`);
      expect([...loads(view)].every((c) => chunks.has(c)), question.name).toBe(true);
      for (const other of QUESTIONS) {
        const otherView = chunkWith(`src/explore/page/views/${other.name}.ts`);
        if (otherView !== view) expect(chunks.has(otherView), `${question.name} preloads ${other.name}`).toBe(false);
      }
    }
    for (const chunk of bundle.chunksFor("governance-chain")) expect(bundle.assets.has(chunk), chunk).toBe(true);
  }, 60_000);
});
