/**
 * Neo4j's own bulk importer (`neo4j-admin database import full`, class org.neo4j.cli.AdminTool
 * in the neo4j-command-line jar, already among the local Neo4j's jars) run on a local data folder
 * BEFORE the local Neo4j first starts there: it writes the store directly, without transactions,
 * which is how Neo4j recommends loading millions of nodes into a new database.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { prepareRuntime, type LocalNeo4jOptions } from "./launcher.js";
import { LocalNeo4jError } from "./tools.js";

interface ImportFileGroup {
  /** Node labels, or the one relationship type. */
  labels: string[];
  header: string;
  data: string;
}

export interface BulkImportInput {
  nodes: ImportFileGroup[];
  relationships: ImportFileGroup[];
  arrayDelimiter: string;
  multiline: boolean;
}

export interface BulkImportResult {
  seconds: number;
  /** The importer's closing lines (counts and peak memory), for the log. */
  summary: string[];
}

/** Where a local Neo4j home keeps the store of `database` (the layout Launcher.java uses). */
export function databaseStoreDir(dataDir: string, database = "neo4j"): string {
  return join(dataDir, "data", "databases", database);
}

function group(kind: "nodes" | "relationships", g: ImportFileGroup): string {
  for (const path of [g.header, g.data]) {
    // The importer splits its file list on commas.
    if (path.includes(",")) throw new LocalNeo4jError(`bulk import: a file path holds a comma: ${path}`);
  }
  return `--${kind}=${g.labels.join(":")}=${g.header},${g.data}`;
}

export async function bulkImport(
  runtime: Pick<LocalNeo4jOptions, "runtimeDir" | "cacheDir" | "log">,
  dataDir: string,
  input: BulkImportInput,
  options: { database?: string; heapMb?: number } = {},
): Promise<BulkImportResult> {
  const database = options.database ?? "neo4j";
  if (existsSync(databaseStoreDir(dataDir, database))) {
    throw new LocalNeo4jError(`bulk import: ${databaseStoreDir(dataDir, database)} exists already; the importer only writes a new database (delete the folder and run again)`);
  }
  const { classPath } = prepareRuntime(runtime);
  const reportFile = join(dataDir, "import.report");
  // The importer reads NEO4J_HOME/conf; an empty configuration keeps every directory in dataDir.
  const confDir = join(dataDir, "conf");
  mkdirSync(confDir, { recursive: true });
  writeFileSync(join(confDir, "neo4j.conf"), "# written by the generator's bulk import; the local Neo4j does not read it\n");
  const args = [
    `-Xmx${options.heapMb ?? 2048}m`,
    "-cp",
    classPath,
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    // The database first: the file options take any number of values and would swallow it.
    database,
    `--array-delimiter=${input.arrayDelimiter}`,
    `--multiline-fields=${input.multiline}`,
    // Otherwise it writes import.report into the working directory.
    `--report-file=${reportFile}`,
    "--bad-tolerance=0",
    "--skip-bad-relationships=false",
    "--skip-duplicate-nodes=false",
    ...input.nodes.map((g) => group("nodes", g)),
    ...input.relationships.map((g) => group("relationships", g)),
  ];
  const started = performance.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn("java", args, { env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: confDir }, stdio: ["ignore", "pipe", "pipe"] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => output.push(...chunk.split("\n").filter((line) => line.trim() !== "")));
    }
    child.once("error", reject);
    child.once("exit", resolve);
  });
  rmSync(confDir, { recursive: true, force: true });
  if (existsSync(reportFile) && statSync(reportFile).size === 0) rmSync(reportFile);
  if (code !== 0) {
    const relevant = output.filter((line) => !/^[.\-\s]*\d+%/.test(line.trim()));
    throw new LocalNeo4jError(`bulk import failed (exit ${code}):\n${relevant.slice(-30).join("\n")}`);
  }
  const done = output.findIndex((line) => line.includes("IMPORT DONE"));
  return { seconds: (performance.now() - started) / 1000, summary: done >= 0 ? output.slice(done).map((l) => l.trim()) : [] };
}
