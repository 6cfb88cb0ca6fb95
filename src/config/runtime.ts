/**
 * Which Node.js runs the app, and whether it is one that package.json's `engines` supports. The
 * start-up log names it, so that a run on an unsupported Node (the machine's end-of-life Node 20,
 * say, when `npm install` skipped the install script of the `node` package) shows at once.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { z } from "zod";
import { projectRoot } from "./paths.js";

const PackageEngines = z.object({
  engines: z.object({
    node: z.string().refine((range) => semver.validRange(range) !== null, "not a semver range"),
  }),
});

/** The Node versions the project supports: package.json's `engines.node`. */
export function supportedNodeRange(root = projectRoot): string {
  const file = join(root, "package.json");
  const parsed = PackageEngines.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data.engines.node;
}

export interface Runtime {
  version: string;
  executable: string;
  supportedRange: string;
  supported: boolean;
}

export function currentRuntime(version = process.version, executable = process.execPath, supportedRange = supportedNodeRange()): Runtime {
  return { version, executable, supportedRange, supported: semver.satisfies(version, supportedRange) };
}

/** One log line: the version and binary, and a warning when the version is not supported. */
export function describeRuntime(runtime: Runtime): string {
  const line = `Node ${runtime.version} (${runtime.executable})`;
  if (runtime.supported) return line;
  return `${line} is not a supported version (package.json engines: ${runtime.supportedRange}); \`npm start\` runs on the Node that \`npm install\` puts in node_modules/.bin`;
}
