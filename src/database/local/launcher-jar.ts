/**
 * Compiles neo4j-runtime/Launcher.java and packs it into a jar, once per version of the source.
 * A jar rather than a classes folder, because the JVM's class-data archive (startup-archive.ts)
 * only accepts jars on the class path.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { JarSet } from "./jars.js";
import { LocalNeo4jError } from "./tools.js";

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) {
    throw new LocalNeo4jError(`${what} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`);
  }
}

/** Returns the path of the launcher jar, building it if the source changed. */
export function ensureLauncherJar(runtimeDir: string, cacheDir: string, jars: JarSet): string {
  const source = join(runtimeDir, "Launcher.java");
  const key = createHash("sha256").update(readFileSync(source)).digest("hex").slice(0, 12);
  const dir = join(cacheDir, "launcher");
  const jar = join(dir, `launcher-${key}.jar`);
  if (existsSync(jar)) return jar;

  const classes = join(dir, `classes-${process.pid}`);
  rmSync(classes, { recursive: true, force: true });
  mkdirSync(classes, { recursive: true });
  try {
    run("javac", ["-cp", join(jars.libDir, "*"), "-d", classes, source], `javac of ${source}`);
    const partial = `${jar}.${process.pid}.partial`;
    run("jar", ["--create", "--file", partial, "-C", classes, "."], "packing the launcher jar");
    // Old launcher jars would only pile up; the name says which source each was built from.
    for (const name of readdirSync(dir)) if (/^launcher-.*\.jar$/.test(name)) rmSync(join(dir, name), { force: true });
    renameSync(partial, jar);
  } finally {
    rmSync(classes, { recursive: true, force: true });
  }
  return jar;
}
