/**
 * Fetches the Neo4j and APOC jars with Maven into a git-ignored cache, once. The cache folder
 * is keyed by a hash of the pom, so changing a version fetches a fresh set.
 */
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { LocalNeo4jError, requireTool } from "./tools.js";

export interface JarSet {
  libDir: string;
  pluginDir: string;
  neo4jVersion: string;
}

function neo4jVersionOf(pomPath: string): string {
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomPath, "utf8"))?.[1];
  if (!version) throw new LocalNeo4jError(`no <neo4j.version> in ${pomPath}`);
  return version;
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    files++;
    bytes += statSync(join(dir, name)).size;
  }
  return { files, bytes };
}

export function ensureJars(options: { pomPath: string; cacheDir: string; log: (line: string) => void }): JarSet {
  const pom = readFileSync(options.pomPath);
  const key = createHash("sha256").update(pom).digest("hex").slice(0, 12);
  const neo4jVersion = neo4jVersionOf(options.pomPath);
  const base = join(options.cacheDir, `neo4j-${neo4jVersion}-${key}`);
  const libDir = join(base, "lib");
  const pluginDir = join(base, "plugins");
  const marker = join(base, "complete");
  if (existsSync(marker)) return { libDir, pluginDir, neo4jVersion };

  requireTool("mvn", ["-v"], "The local Neo4j's jars are fetched from Maven Central with Maven.");
  rmSync(base, { recursive: true, force: true });
  mkdirSync(pluginDir, { recursive: true });
  const shown = relative(process.cwd(), libDir) || libDir;
  options.log(`First run: fetching Neo4j ${neo4jVersion} Community + APOC jars from Maven Central into ${shown} (about 220 jars, 120 MB; later runs reuse them)...`);
  const started = Date.now();
  const mvn = spawnSync(
    "mvn",
    ["-q", "-B", "-f", options.pomPath, "dependency:copy-dependencies", `-DoutputDirectory=${libDir}`, "-DincludeScope=runtime"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (mvn.status !== 0) {
    throw new LocalNeo4jError(`Maven could not fetch the Neo4j jars (exit ${mvn.status}):\n${(mvn.stdout + mvn.stderr).trim().split("\n").slice(-25).join("\n")}`);
  }
  // APOC must be on the classpath (its kernel extension) AND in plugin_dir (its procedures).
  const apoc = readdirSync(libDir).filter((name) => name.startsWith("apoc-"));
  if (apoc.length < 2) throw new LocalNeo4jError(`expected apoc-core and apoc-common jars in ${libDir}, found: ${apoc.join(", ") || "none"}`);
  for (const name of apoc) copyFileSync(join(libDir, name), join(pluginDir, name));
  const { files, bytes } = folderSize(libDir);
  writeFileSync(marker, new Date().toISOString() + "\n");
  options.log(`Fetched ${files} jars (${(bytes / 1e6).toFixed(0)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return { libDir, pluginDir, neo4jVersion };
}
