/**
 * The local Neo4j's class-data archive (JDK AppCDS): the ~14,000 classes Neo4j loads while it
 * starts, parsed and verified once and then mapped from one file. It cuts the start from about
 * 10 s to about 6 s on a 2-core machine.
 *
 * Building it takes a training start (which records the classes loaded) and a dump, about a
 * minute together, so `npm run neo4j:install` builds it up front and the app builds it in the
 * background after its first start. The JVM checks the archive against its own build and class
 * path; a stale one is ignored (-Xshare:auto), never an error. The file name carries a hash of
 * both, so a new JDK or a new jar set simply gets a new archive.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { LocalNeo4jError } from "./tools.js";

export const READY_LINE = "SAMVERKANSGRAFEN_NEO4J_READY";

export const CANCELLED = "class-data archive build cancelled";

/** The JDK refuses class-list lines over 4096 characters (long lambda-proxy signatures). */
const MAX_CLASS_LIST_LINE = 4000;

export interface RuntimeClassPath {
  classPath: string;
  pluginDir: string;
  javaVersion: string; // all of `java -version`
}

export function startupArchivePath(cacheDir: string, runtime: RuntimeClassPath): string {
  const key = createHash("sha256").update(runtime.javaVersion).update("\0").update(runtime.classPath).digest("hex").slice(0, 12);
  return join(cacheDir, `startup-${key}.jsa`);
}

/** JVM options that use the archive when it exists; none otherwise. */
export function startupArchiveOptions(archive: string): string[] {
  return existsSync(archive) ? [`-XX:SharedArchiveFile=${archive}`, "-Xshare:auto"] : [];
}

/** Keeps the lines the JDK's class-list parser accepts. */
export function usableClassList(text: string): string {
  return text
    .split("\n")
    .filter((line) => line.length > 0 && line.length < MAX_CLASS_LIST_LINE)
    .join("\n")
    .concat("\n");
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

function waitForExit(child: ChildProcess): Promise<Exit> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done({ code: child.exitCode, signal: child.signalCode });
    else child.once("exit", (code, signal) => done({ code, signal }));
  });
}

/** A signal, or a JVM that ran its shutdown hooks on one (128 + SIGINT/SIGTERM): someone stopped it. */
function stoppedBySignal({ code, signal }: Exit): boolean {
  return signal !== null || code === 130 || code === 143;
}

export interface ArchiveBuild {
  done: Promise<string>;
  cancel(): void;
}

/**
 * Builds the archive: a training start of the launcher on a throw-away data folder that records
 * the classes it loads, then the dump. Writes to a temporary name and renames at the end, so a
 * cancelled or failed build leaves nothing half-written behind.
 */
export function buildStartupArchive(runtime: RuntimeClassPath, archive: string, options: { niceness?: number } = {}): ArchiveBuild {
  const work = mkdtempSync(join(tmpdir(), "samverkansgrafen-cds-"));
  const classList = join(work, "classes.lst");
  const partial = `${archive}.${process.pid}.partial`;
  let current: ChildProcess | undefined;
  let cancelled = false;

  // `nice` keeps a background build from slowing the app that started it.
  const java = (args: string[]): ChildProcess =>
    options.niceness ? spawn("nice", ["-n", String(options.niceness), "java", ...args]) : spawn("java", args);

  async function train(): Promise<void> {
    const child = java([
      `-XX:DumpLoadedClassList=${join(work, "loaded.lst")}`,
      "-cp", runtime.classPath, "Launcher", join(work, "data"), "0", runtime.pluginDir, "64",
    ]);
    current = child;
    const output: string[] = [];
    child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    await new Promise<void>((ready, fail) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        output.push(chunk.toString("utf8"));
        if (chunk.toString("utf8").includes(READY_LINE)) ready();
      });
      child.once("exit", (code, signal) => {
        const stopped = cancelled || stoppedBySignal({ code, signal });
        fail(new LocalNeo4jError(stopped ? CANCELLED : `training start for the class-data archive exited (code ${code}):\n${output.join("").slice(-2000)}`));
      });
    });
    child.stdin!.end(); // the launcher stops when its stdin closes
    await waitForExit(child);
    writeFileSync(classList, usableClassList(readFileSync(join(work, "loaded.lst"), "utf8")));
  }

  async function dump(): Promise<void> {
    const child = java(["-Xshare:dump", `-XX:SharedClassListFile=${classList}`, `-XX:SharedArchiveFile=${partial}`, "-Xlog:cds=error", "-cp", runtime.classPath]);
    current = child;
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const exit = await waitForExit(child);
    if (cancelled || stoppedBySignal(exit)) throw new LocalNeo4jError(CANCELLED);
    if (exit.code !== 0 || !existsSync(partial)) throw new LocalNeo4jError(`dumping the class-data archive failed (exit ${exit.code}):\n${output.slice(-2000)}`);
  }

  function verify(): void {
    // -Xshare:on fails instead of falling back, so this proves the JVM will map the archive.
    const check = spawnSync("java", ["-Xshare:on", `-XX:SharedArchiveFile=${partial}`, "-cp", runtime.classPath, "-version"], { encoding: "utf8" });
    if (check.status !== 0) throw new LocalNeo4jError(`the new class-data archive does not load:\n${check.stderr.slice(-2000)}`);
  }

  async function build(): Promise<string> {
    try {
      await train();
      if (cancelled) throw new LocalNeo4jError(CANCELLED);
      await dump();
      verify();
      for (const name of readdirSync(dirname(archive))) {
        if (/^startup-.*\.jsa$/.test(name)) rmSync(join(dirname(archive), name), { force: true });
      }
      renameSync(partial, archive);
      return archive;
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(partial, { force: true });
    }
  }

  return {
    done: build(),
    cancel() {
      cancelled = true;
      current?.kill("SIGKILL");
    },
  };
}
