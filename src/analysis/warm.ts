/**
 * Plans the analyst queries ahead of their first use. Their Cypher is large (several subqueries
 * and shortest-path patterns) and Neo4j takes seconds to plan each on a small machine. EXPLAIN
 * plans a statement and caches the plan without running it; the cache is keyed on the parameter
 * types too, so each query is explained with its explorer example's parameters. Safe to call at
 * start-up (e.g. after the HTTP server listens); failures are only logged.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { analysisCypher } from "./cypher.js";
import { QUESTIONS, readExample } from "./questions.js";
import { toParams } from "./run.js";

const WARM_TIMEOUT_MS = 60_000;

export async function warmAnalysisQueries(driver: Driver, database: string, log: (line: string) => void = () => undefined): Promise<void> {
  const started = Date.now();
  for (const question of QUESTIONS) {
    try {
      const { name, params } = question.cypher(readExample(question).variables);
      // Planning alone can outlast the server's default transaction timeout on a busy machine.
      await driver.executeQuery(`EXPLAIN ${analysisCypher(name)}`, toParams(params), { database, routing: neo4j.routing.READ, transactionConfig: { timeout: WARM_TIMEOUT_MS } });
    } catch (error) {
      log(`could not plan analysis question ${question.name}: ${error instanceof Error ? error.message : error}`);
    }
  }
  try {
    // The explore page's entity view: not an analyst question, but its first view waits on it.
    await driver.executeQuery(`EXPLAIN ${analysisCypher("neighbourhood")}`, toParams({ id: "doc:hos-avtal", limit: 201 }), { database, routing: neo4j.routing.READ });
  } catch (error) {
    log(`could not plan the neighbourhood query: ${error instanceof Error ? error.message : error}`);
  }
  log(`planned the analyst queries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
