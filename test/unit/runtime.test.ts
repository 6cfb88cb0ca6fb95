/**
 * The Node.js the project runs on: package.json's `engines` names the supported lines, the `node`
 * package puts the pinned one in node_modules/.bin (so npm scripts, tsx and vitest run on it), and
 * these tests themselves run on a supported version, not on the machine's end-of-life Node 20.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/paths.js";
import { currentRuntime, describeRuntime, supportedNodeRange } from "../../src/config/runtime.js";

const pkg = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { dependencies: Record<string, string> };

describe("the Node.js runtime", () => {
  it("runs these tests on a supported version", () => {
    const runtime = currentRuntime();
    expect(runtime.supported, describeRuntime(runtime)).toBe(true);
  });

  it("has the pinned Node in node_modules/.bin, where npm scripts find it first", () => {
    const pinned = pkg.dependencies.node;
    expect(pinned, "package.json pins an exact version of the node package").toMatch(/^\d+\.\d+\.\d+$/);
    const installed = execFileSync(join(projectRoot, "node_modules", ".bin", "node"), ["--version"], { encoding: "utf8" }).trim();
    expect(installed).toBe(`v${pinned}`);
    expect(currentRuntime(installed).supported).toBe(true);
  });

  it("supports the maintained LTS lines 22 (from 22.15), 24 and 26, and not the end-of-life 20", () => {
    const supported = (version: string) => currentRuntime(version).supported;
    expect(["v22.15.0", "v22.23.3", "v24.0.0", "v24.21.0", "v26.10.0"].filter(supported)).toHaveLength(5);
    expect(["v20.19.0", "v20.20.2", "v22.14.0", "v23.11.0", "v25.2.0", "v28.0.0"].filter(supported)).toEqual([]);
  });

  it("says in the start-up line when the version is not supported", () => {
    expect(describeRuntime(currentRuntime("v24.21.0", "/x/node"))).toBe("Node v24.21.0 (/x/node)");
    const warning = describeRuntime(currentRuntime("v20.20.2", "/usr/bin/node"));
    expect(warning).toContain("Node v20.20.2 (/usr/bin/node) is not a supported version");
    expect(warning).toContain(supportedNodeRange());
  });
});

describe("reading the supported range", () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("names the file and the field when engines.node is missing or not a range", () => {
    dir = mkdtempSync(join(tmpdir(), "samverkansgrafen-engines-"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ engines: {} }));
    expect(() => supportedNodeRange(dir)).toThrow(`${join(dir, "package.json")}: engines.node:`);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ engines: { node: "twenty-four" } }));
    expect(() => supportedNodeRange(dir)).toThrow(`${join(dir, "package.json")}: engines.node: not a semver range`);
  });
});
