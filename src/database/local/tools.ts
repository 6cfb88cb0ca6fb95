/** Finds the external programs the local database needs, with errors that say how to get them. */
import { spawnSync } from "node:child_process";

export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LocalNeo4jError";
  }
}

/** Runs `command versionArgs` and returns the first line it printed, or throws saying how to get it. */
export function requireTool(command: string, versionArgs: string[], why: string): string {
  return toolVersion(command, versionArgs, why).split("\n")[0]!.trim();
}

/** Everything `command versionArgs` printed (java prints its build on later lines). */
function toolVersion(command: string, versionArgs: string[], why: string): string {
  const result = spawnSync(command, versionArgs, { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      `'${command}' was not found or failed (${result.error?.message ?? `exit ${result.status}`}). ${why} ` +
        `Install it (e.g. 'apt-get install openjdk-17-jdk-headless maven'), or set NEO4J_URI to use an existing Neo4j server.`,
    );
  }
  return `${result.stdout}${result.stderr}`.trim();
}

/** Java 17 or newer is required by Neo4j 5.26. Returns all of `java -version`, build included. */
export function requireJava(): string {
  const version = toolVersion("java", ["-version"], "The local Neo4j runs on Java 17 or newer.");
  const major = Number(/version "(\d+)/.exec(version)?.[1] ?? 0);
  if (major < 17) throw new LocalNeo4jError(`Java 17 or newer is needed for Neo4j 5.26; found: ${version.split("\n")[0]}`);
  requireTool("javac", ["-version"], "The local Neo4j launcher is compiled with javac (a JDK, not only a JRE).");
  return version;
}
