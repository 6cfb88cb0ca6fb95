/** `npm start`: serve the API on the configured database, or on a local Neo4j it starts. */
import { startApp } from "./app.js";
import { ConfigError, readEnv } from "./config/env.js";
import { currentRuntime, describeRuntime } from "./config/runtime.js";
import { openDatabase } from "./database/connection.js";
import { LocalNeo4jError } from "./database/local/tools.js";
import { writeLogLine } from "./http/log-line.js";
import { log } from "./log.js";

async function main(): Promise<void> {
  const started = Date.now();
  log(describeRuntime(currentRuntime()));
  const env = readEnv();
  const db = await openDatabase(env, log, writeLogLine);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping (the local database flushes its data; this can take a few seconds)`);
    await app?.stop().catch(() => undefined);
    await db.close();
    log("stopped");
    process.exit(0);
  };
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  try {
    app = await startApp(env, db, log);
  } catch (error) {
    await db.close();
    throw error;
  }
  log(`database: ${db.description}`);
  log(`GraphQL API and GraphiQL: ${app.http.graphqlUrl}  (health: ${app.http.url}/health, ready: ${app.http.url}/ready)`);
  log(`started in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${process.pid}); Ctrl-C stops the app${db.local ? " and the local database" : ""}`);
  db.local?.buildStartupArchiveInBackground();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
