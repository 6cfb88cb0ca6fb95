/**
 * `npm run neo4j:install`: prepares the local Neo4j without starting it: fetches its jars with
 * Maven, builds its launcher jar, and builds the class-data archive that makes it start faster
 * (about a minute, once). The app and the tests do the first two themselves when needed, and
 * the archive in the background; CI and offline preparation call this explicitly.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../config/paths.js";
import { prepareRuntime } from "../database/local/launcher.js";
import { buildStartupArchive, startupArchivePath } from "../database/local/startup-archive.js";
import { LocalNeo4jError } from "../database/local/tools.js";
import { log } from "../log.js";

try {
  const cacheDir = join(projectRoot, ".cache");
  const runtime = prepareRuntime({ runtimeDir: join(projectRoot, "neo4j-runtime"), cacheDir, log });
  log(`Neo4j ${runtime.neo4jVersion} jars and launcher ready in ${cacheDir}`);
  const archive = startupArchivePath(cacheDir, runtime);
  if (existsSync(archive)) {
    log(`class-data archive ready: ${archive}`);
  } else {
    const started = Date.now();
    log("building the class-data archive for faster starts (a training start and a dump, about a minute)...");
    await buildStartupArchive(runtime, archive).done;
    log(`class-data archive built in ${((Date.now() - started) / 1000).toFixed(0)} s: ${archive}`);
  }
} catch (error) {
  if (error instanceof LocalNeo4jError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
