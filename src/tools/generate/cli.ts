/**
 * `npm run generate -- --scale N [--seed S] [--data-dir DIR] [--port P] [--profile]`: a synthetic
 * graph shaped like the seed graph (see src/tools/generate/nation.ts), N nodes in all including the
 * real seed graph, in its own local Neo4j with its own data folder (never the app's). Prints a
 * progress bar, the time of each step and the store size. Loads with Neo4j's bulk importer
 * (src/tools/generate/load-generated.ts), so the folder must be new. `--profile` prints the measured shape of the
 * seed graph and stops.
 */
import { resolve } from "node:path";
import { readEnv } from "../../config/env.js";
import { projectRoot, seedPaths } from "../../config/paths.js";
import { localNeo4j, localRuntime } from "../../database/connection.js";
import { AlreadyGeneratedError, generateIntoFolder } from "./load-generated.js";
import { describeProfile, measureSeedProfile } from "./profile.js";
import { progressBar } from "./progress.js";
import { folderBytes } from "./store-size.js";
import { loadSeedGraph } from "../../seed/load-seed-graph.js";
import { exitOnHelp } from "../cli-options.js";

exitOnHelp(
  "npm run generate -- --scale N [--seed S] [--data-dir DIR] [--port P]   a graph of N nodes in a new data folder (default .data/generated-N-seedS)\nnpm run generate -- --profile   the measured shape of the seed graph",
);

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function wholeNumber(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const n = Number(value?.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 0) {
    console.error(`generate: --${name} måste vara ett heltal ≥ 0 (fick ${JSON.stringify(value ?? null)}); t.ex. npm run generate -- --scale 100000`);
    process.exit(2);
  }
  return n;
}

const seedGraph = loadSeedGraph({ seedDir: seedPaths.seedDir });
if (process.argv.includes("--profile")) {
  console.log(describeProfile(measureSeedProfile(seedGraph)));
  process.exit(0);
}
const scale = wholeNumber("scale", option("scale"));
const seed = wholeNumber("seed", option("seed"), 1);
const port = wholeNumber("port", option("port"), 0);
const env = readEnv();
const dataDir = resolve(projectRoot, option("data-dir") ?? `.data/generated-${scale}-seed${seed}`);
if (dataDir === resolve(projectRoot, env.LOCAL_NEO4J_DATA_DIR) || dataDir === resolve(projectRoot, ".data/neo4j")) {
  console.error(`generate: ${dataDir} är appens egen databas; välj en annan --data-dir`);
  process.exit(2);
}

const log = (line: string) => console.error(line);
const local = localNeo4j(env, log, { dataDir, port });
let failed = false;
try {
  const bar = progressBar(scale, "noder");
  const report = await generateIntoFolder(local, localRuntime(log), dataDir, seedGraph, {
    totalNodes: scale,
    seed,
    onProgress: (n) => bar.update(n),
    log: (line) => {
      bar.finish();
      log(`  ${line}`);
    },
  });
  for (const line of report.importSummary) log(`  neo4j-admin: ${line}`);
  console.log(
    `generate: ${report.nodes.toLocaleString("sv-SE")} noder och ${report.relationships.toLocaleString("sv-SE")} relationer (seed ${seed}) laddade på ${report.seconds.toFixed(1)} s ` +
      `(${Math.round(report.nodes / report.seconds).toLocaleString("sv-SE")} noder/s) i ${dataDir}`,
  );
  console.log(`generate: steg ${Object.entries(report.steps).map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(", ")}`);
} catch (error) {
  failed = true;
  console.error(`generate: ${error instanceof AlreadyGeneratedError ? "" : "misslyckades: "}${error instanceof Error ? error.message : error}`);
} finally {
  await local.stop();
}
if (!failed) console.log(`generate: lagringsstorlek ${(folderBytes(dataDir) / 1024 / 1024).toFixed(0)} MB (${dataDir})`);
process.exit(failed ? 1 : 0);
