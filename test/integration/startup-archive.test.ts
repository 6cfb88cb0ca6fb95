/**
 * The local Neo4j's class-data archive: the one `npm run neo4j:install` builds fits the JVM and
 * class path the launcher uses, the launcher starts with it, and a cancelled build leaves
 * nothing behind.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../../src/config/env.js";
import { projectRoot } from "../../src/config/paths.js";
import { localNeo4j } from "../../src/database/connection.js";
import { prepareRuntime } from "../../src/database/local/launcher.js";
import { CANCELLED, buildStartupArchive, startupArchivePath } from "../../src/database/local/startup-archive.js";

const cacheDir = join(projectRoot, ".cache");
const runtime = prepareRuntime({ runtimeDir: join(projectRoot, "neo4j-runtime"), cacheDir, log: () => undefined });
const archive = startupArchivePath(cacheDir, runtime);
const dataDir = mkdtempSync(join(tmpdir(), "samverkansgrafen-archive-start-"));

beforeAll(async () => {
  // CI builds it in `npm run neo4j:install`; a developer who skipped that pays a minute once.
  if (!existsSync(archive)) await buildStartupArchive(runtime, archive).done;
}, 300_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("local Neo4j class-data archive", () => {
  it("fits the JVM and class path the launcher runs with (-Xshare:on refuses one that doesn't)", () => {
    const check = spawnSync("java", ["-Xshare:on", `-XX:SharedArchiveFile=${archive}`, "-cp", runtime.classPath, "-version"], { encoding: "utf8" });
    expect(check.stderr).toContain("sharing");
    expect(check.status).toBe(0);
    const otherClassPath = spawnSync("java", ["-Xshare:on", `-XX:SharedArchiveFile=${archive}`, "-cp", runtime.classPath.split(":").slice(1).join(":"), "-version"], { encoding: "utf8" });
    expect(otherClassPath.status).not.toBe(0);
  });

  it("is used by the launcher, which then answers queries", async () => {
    const lines: string[] = [];
    const local = localNeo4j(readEnv({}), (line) => lines.push(line), { dataDir, port: 0 });
    try {
      const url = await local.start();
      expect(lines.join("\n")).toMatch(/ready at bolt:\/\/127\.0\.0\.1:\d+ .* \(with its class-data archive\)/);
      const driver = neo4j.driver(url);
      try {
        const result = await driver.executeQuery("RETURN 40 + 2 AS answer");
        expect(result.records[0]!.get("answer").toNumber()).toBe(42);
      } finally {
        await driver.close();
      }
    } finally {
      await local.stop();
    }
    expect(local.running).toBe(false);
  }, 120_000);

  it("stops a build on cancel, says so, and leaves no partial archive or work folder", async () => {
    const target = join(mkdtempSync(join(tmpdir(), "samverkansgrafen-archive-cancel-")), "startup-cancelled.jsa");
    const workBefore = readdirSync(tmpdir()).filter((name) => name.startsWith("samverkansgrafen-cds-"));
    const build = buildStartupArchive(runtime, target);
    setTimeout(() => build.cancel(), 1_000);
    await expect(build.done).rejects.toThrow(CANCELLED);
    expect(readdirSync(join(target, ".."))).toEqual([]);
    const workAfter = readdirSync(tmpdir()).filter((name) => name.startsWith("samverkansgrafen-cds-"));
    expect(workAfter).toEqual(workBefore);
    rmSync(join(target, ".."), { recursive: true, force: true });
  }, 60_000);
});
