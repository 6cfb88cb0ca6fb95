/**
 * `npm run seed`: validates every seed file (quotes included) and writes the graph in one
 * transaction. Running it twice changes nothing; a broken file changes nothing.
 */
import { ConfigError, readEnv } from "../config/env.js";
import { seedPaths } from "../config/paths.js";
import { openDatabase } from "../database/connection.js";
import { LocalNeo4jError } from "../database/local/tools.js";
import { log } from "../log.js";
import { SeedValidationError } from "../seed/problems.js";
import { describeSeedRun, seedDatabase } from "../seed/seed-database.js";

let exitCode = 0;
try {
  const env = readEnv();
  const db = await openDatabase(env, log);
  try {
    const run = await seedDatabase(db.driver, db.database, seedPaths, log);
    console.log(describeSeedRun(run));
  } finally {
    await db.close();
  }
} catch (error) {
  if (error instanceof SeedValidationError || error instanceof ConfigError || error instanceof LocalNeo4jError) {
    console.error(error.message);
    exitCode = 1;
  } else throw error;
}
process.exit(exitCode);
