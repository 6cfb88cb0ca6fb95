/**
 * `npm run query-plans`: PROFILEs the Cypher of every analyst question with its GraphiQL example
 * variables and prints db hits, rows, the index lookups it starts from and any full label or
 * relationship-type scan (there must be none). Exits 1 when a question scans.
 *
 * Runs against NEO4J_URI (NEO4J_USERNAME/NEO4J_PASSWORD, NEO4J_DATABASE), or else the local Neo4j
 * on LOCAL_NEO4J_PORT (started by `npm start`), which must already be running and seeded.
 */
import neo4j from "neo4j-driver";
import { profileQuestion } from "./plans.js";
import { QUESTIONS } from "../../questions/registry.js";
import { questionExample } from "../../questions/server.js";
import { readEnv } from "../../config/env.js";

const env = readEnv();
const uri = env.NEO4J_URI ?? `bolt://127.0.0.1:${env.LOCAL_NEO4J_PORT}`;
const driver = neo4j.driver(uri, env.NEO4J_USERNAME ? neo4j.auth.basic(env.NEO4J_USERNAME, env.NEO4J_PASSWORD!) : undefined);
const database = env.NEO4J_DATABASE ?? "neo4j";
let scanned = false;
try {
  await driver.verifyConnectivity({ database });
  console.log(`query plans on ${uri} (database ${database}), example variables from src/questions/*/example.variables.json\n`);
  console.log(`${"question".padEnd(22)} ${"db hits".padStart(8)}  starts from`);
  for (const question of QUESTIONS) {
    const { variables } = questionExample(question);
    const report = await profileQuestion(driver, database, question, variables);
    const start = report.indexLookups[0]?.replace(/\s+/g, " ").slice(0, 70) ?? "(none)";
    console.log(`${question.name.padEnd(22)} ${String(report.dbHits).padStart(8)}  ${start}`);
    if (report.scans.length > 0) {
      scanned = true;
      for (const scan of report.scans) console.log(`${" ".repeat(33)}FULL SCAN: ${scan}`);
    }
  }
  console.log(scanned ? "\nsome questions scan a whole label or relationship type" : "\nno question scans a whole label or relationship type");
} catch (error) {
  console.error(`cannot profile on ${uri}: ${error instanceof Error ? error.message : error}\nStart the app (npm start) or set NEO4J_URI.`);
  scanned = true;
} finally {
  await driver.close();
}
process.exit(scanned ? 1 : 0);
