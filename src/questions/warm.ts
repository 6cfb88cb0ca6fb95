/**
 * Plans the analyst questions' statements ahead of their first use. Their Cypher is large
 * (several subqueries and shortest-path patterns) and Neo4j takes seconds to plan each on a small
 * machine. EXPLAIN plans a statement and caches the plan without running it; the cache is keyed on
 * the parameter types too, so each statement is explained with its example's parameters, once
 * per variant its views ask for (a direction is another statement). Safe to call at start-up
 * (e.g. after the HTTP server listens); failures are only logged.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { QUESTIONS } from "./registry.js";
import { questionExample, questionModule } from "./server.js";
import type { CypherCall } from "./shared/question-module.js";
import { toParams } from "./shared/run.js";
import { DOCUMENT_STATE_STATEMENTS } from "./shared/document-states.js";
import { OFFICERS_STATEMENT } from "./shared/forum-officers.js";
import { searchManyExample } from "./search/many.js";
import { SEARCHABLE_NODES_STATEMENT } from "./search/index/load.js";
import { DOCUMENT_REFS_STATEMENT } from "../sources/citations.js";
import { ENTITY_REFS_STATEMENT } from "../database/entity-ref-fragment.js";
import { runInOrder, WARM_CONCURRENCY, type WarmTask } from "../database/warm-tasks.js";

const WARM_TIMEOUT_MS = 60_000;
/** Cypher's query option that plans a statement again although a plan of it is cached. */
const FORCE_REPLAN = "CYPHER replan=force ";

/** Every distinct statement the questions' examples and views ask, with parameters of the right types. */
export async function statementsToPlan(): Promise<{ question: string; call: CypherCall }[]> {
  const calls = new Map<string, { question: string; call: CypherCall }>();
  for (const question of QUESTIONS) {
    const module = await questionModule(question);
    const { variables } = questionExample(question);
    for (const fixed of [{}, ...question.views.map((v) => (v.fixed ?? {}))]) {
      const call = module.cypherFor({ ...variables, ...fixed });
      if (!calls.has(call.cypher)) calls.set(call.cypher, { question: question.name, call });
    }
  }
  // The fields that answer for a date (a document's state, a forum's officers) run their own statements.
  for (const call of [...DOCUMENT_STATE_STATEMENTS, { cypher: OFFICERS_STATEMENT, params: { id: "forum:sro" } }]) calls.set(call.cypher, { question: "time", call });
  // The reader of questions links its candidate readings with several searches in one statement.
  const many = searchManyExample();
  calls.set(many.cypher, { question: "search", call: many });
  // The search's subject index is built by one statement on the first search of a graph version.
  calls.set(SEARCHABLE_NODES_STATEMENT(), { question: "search", call: { cypher: SEARCHABLE_NODES_STATEMENT(), params: {} } });
  // What an answer cites and the entities it refers to are read by small statements after it
  // (src/questions/shared/markers.ts); the dated facts' statement is among the document states'.
  calls.set(DOCUMENT_REFS_STATEMENT, { question: "sources", call: { cypher: DOCUMENT_REFS_STATEMENT, params: { ids: ["doc"] } } });
  calls.set(ENTITY_REFS_STATEMENT, { question: "references", call: { cypher: ENTITY_REFS_STATEMENT, params: { ids: ["forum:sro"] } } });
  return [...calls.values()];
}

export interface WarmOptions {
  log?: (line: string) => void;
  /** Plan again even where the database has a plan (a standby's later rounds, src/app.ts). */
  replan?: boolean;
}

/**
 * One task per statement, with the question it is planned for (by the name statementsToPlan gives
 * it), longest first: planning time follows a statement's length, and a long one planned last would
 * leave one core idle while it finishes. A failure is only logged.
 */
export async function analysisWarmTasks(driver: Driver, database: string, { log = () => undefined, replan = false }: WarmOptions = {}): Promise<{ question: string; plan: WarmTask }[]> {
  const statements = (await statementsToPlan()).sort((a, b) => b.call.cypher.length - a.call.cypher.length);
  return statements.map(({ question, call }) => ({
    question,
    plan: async () => {
      try {
        // EXPLAIN only plans. Planning alone can outlast the server's default transaction timeout on a busy machine.
        await driver.executeQuery(`${replan ? FORCE_REPLAN : ""}EXPLAIN ${call.cypher}`, toParams(call.params), { database, routing: neo4j.routing.READ, transactionConfig: { timeout: WARM_TIMEOUT_MS } });
      } catch (error) {
        log(`could not plan analysis question ${question}: ${error instanceof Error ? error.message : error}`);
      }
    },
  }));
}

export async function warmAnalysisQueries(driver: Driver, database: string, options: WarmOptions = {}): Promise<void> {
  const started = Date.now();
  await runInOrder((await analysisWarmTasks(driver, database, options)).map((t) => t.plan), WARM_CONCURRENCY);
  options.log?.(`planned the analyst queries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
