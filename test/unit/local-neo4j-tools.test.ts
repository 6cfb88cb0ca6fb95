import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startupArchiveOptions, startupArchivePath, usableClassList } from "../../src/database/local/startup-archive.js";
import { LocalNeo4jError, requireTool } from "../../src/database/local/tools.js";

describe("local Neo4j prerequisites", () => {
  it("name the missing program, why it is needed and the alternative", () => {
    expect(() => requireTool("no-such-program-samverkansgrafen", ["-version"], "The local Neo4j runs on Java 17 or newer.")).toThrowError(LocalNeo4jError);
    try {
      requireTool("no-such-program-samverkansgrafen", ["-version"], "The local Neo4j runs on Java 17 or newer.");
    } catch (error) {
      expect((error as Error).message).toMatch(/^'no-such-program-samverkansgrafen' was not found or failed .*The local Neo4j runs on Java 17 or newer\. Install it .* or set NEO4J_URI/);
    }
  });

  it("return the first line of the version of a program that exists", () => {
    expect(requireTool("node", ["--version"], "")).toMatch(/^v\d+\./);
  });
});

describe("local Neo4j class-data archive", () => {
  const runtime = { classPath: "/cache/launcher/launcher-1.jar:/cache/lib/*", pluginDir: "/cache/plugins", javaVersion: 'openjdk version "17.0.15"\nbuild 17.0.15+6-Debian' };

  it("drops the class-list lines the JDK refuses (4096 characters and over) and blank ones", () => {
    const long = `@lambda-proxy org/neo4j/X ${"L".repeat(5000)}`;
    expect(usableClassList(`java/lang/Object id: 0\n${long}\n\norg/neo4j/Y id: 2\n`)).toBe("java/lang/Object id: 0\norg/neo4j/Y id: 2\n");
  });

  it("names a different archive for another JDK build or another class path", () => {
    const base = startupArchivePath("/cache", runtime);
    expect(base).toMatch(/^\/cache\/startup-[0-9a-f]{12}\.jsa$/);
    expect(startupArchivePath("/cache", runtime)).toBe(base);
    expect(startupArchivePath("/cache", { ...runtime, javaVersion: runtime.javaVersion.replace("Debian", "Temurin") })).not.toBe(base);
    expect(startupArchivePath("/cache", { ...runtime, classPath: runtime.classPath.replace("launcher-1", "launcher-2") })).not.toBe(base);
  });

  it("asks the JVM to use the archive only when it exists, and never to insist on it", () => {
    expect(startupArchiveOptions("/no/such/startup.jsa")).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), "samverkansgrafen-jsa-"));
    const archive = join(dir, "startup-test.jsa");
    writeFileSync(archive, "");
    expect(startupArchiveOptions(archive)).toEqual([`-XX:SharedArchiveFile=${archive}`, "-Xshare:auto"]);
    rmSync(dir, { recursive: true, force: true });
  });
});
