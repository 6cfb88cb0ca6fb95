/**
 * `npm run neo4j:install`: fetches the local Neo4j's jars with Maven (once) and compiles its
 * launcher, without starting it. The app and the tests do this themselves when needed; CI and
 * offline preparation call it explicitly.
 */
import { join } from "node:path";
import { projectRoot } from "../config/paths.js";
import { ensureJars } from "../database/local/jars.js";
import { LocalNeo4jError, requireJava } from "../database/local/tools.js";
import { log } from "../log.js";

try {
  requireJava();
  const jars = ensureJars({ pomPath: join(projectRoot, "neo4j-runtime", "pom.xml"), cacheDir: join(projectRoot, ".cache"), log });
  log(`Neo4j ${jars.neo4jVersion} jars ready in ${jars.libDir}`);
} catch (error) {
  if (error instanceof LocalNeo4jError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
