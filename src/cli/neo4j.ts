/**
 * `npm run neo4j`: runs the local Neo4j on its own, for Neo4j Browser, cypher-shell or the
 * driver (bolt://127.0.0.1:7687, no authentication, loopback only). Ctrl-C stops it cleanly.
 */
import { ConfigError, readEnv } from "../config/env.js";
import { localNeo4j } from "../database/connection.js";
import { LocalNeo4jError } from "../database/local/tools.js";
import { log } from "../log.js";

try {
  const env = readEnv();
  if (env.NEO4J_URI) log(`note: NEO4J_URI is set (${env.NEO4J_URI}); this command starts the LOCAL database regardless`);
  const local = localNeo4j(env, log);
  const url = await local.start();
  log(`connect with: cypher-shell -a ${url}   (no username or password; listens on 127.0.0.1 only)`);
  log("Ctrl-C stops it");
  local.buildStartupArchiveInBackground();
  const stop = async (signal: string) => {
    log(`${signal}: stopping the local Neo4j (flushing data)...`);
    await local.stop();
    log("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
} catch (error) {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
