/**
 * Where the time of one GraphQL request goes (docs/scale.md, "GraphQL layer: where the time goes"). For a
 * bench case, each round measures, interleaved so that all stages see the same load:
 *
 *   http        POST /graphql on the app's server: everything (the client accepts gzip, as fetch does)
 *   identity    the same, the client refusing compression: http − identity is the cost of gzip
 *   execute     execute() on the schema in this process, the document parsed and validated once (as
 *               Apollo's document cache does): translate, database, resolve
 *   translate   the same with a stand-in transaction that answers no rows: translation alone
 *   generated   the Cypher @neo4j/graphql generated for it, through the driver
 *   cypher      the hand-written Cypher of the case, through the driver
 *   bare        the hand-written Cypher behind a bare node:http endpoint
 *
 * and, in process and without the database, the per-request work of our own limits (parse,
 * validation rules with GraphQL Armor's, input limits, cost analysis) and of serialising the
 * answer. The differences between the stages are the cost of each layer.
 */
import { execute, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { checkInputs, inputLimitsChecker } from "../../http/apollo/input-limits.js";
import { checkCost, costCache } from "../../http/apollo/query-cost.js";
import { armorProtection } from "../../http/validation/armor.js";
import { introspectionLimitRule } from "../../http/validation/introspection-limit.js";
import { parseOptions } from "../../http/validation/parse-options.js";
import { readOnlyRule } from "../../http/validation/read-only.js";
import { rootFieldLimitRule } from "../../http/validation/root-field-limit.js";
import type { BenchCase } from "./cases.js";
import { summarise, type Summary } from "./stats.js";

export type Stage = "http" | "identity" | "execute" | "translate" | "generated" | "cypher" | "bare";

export interface StageReport {
  name: string;
  stages: Partial<Record<Stage, Summary>>;
  /**
   * CPU milliseconds this Node process spent per request of a stage (user + system, median of
   * rounds): the load client and the servers share it, so only the differences between stages
   * count. Less disturbed by other processes than wall time, and what bounds throughput.
   */
  cpuMs: Partial<Record<Stage, number>>;
  /** Microseconds per call of the in-process steps (no database, no I/O). */
  inProcessUs: Record<"parse" | "validate" | "inputLimits" | "inputLimitsRemembered" | "cost" | "costRemembered" | "serialise", number>;
  /** Bytes of the JSON answer. */
  answerBytes: number;
  generatedCypher?: string;
}

interface Captured {
  cypher: string;
  params: Record<string, unknown>;
}

const DATABASE = "neo4j";

async function postJson(url: string, body: string, acceptEncoding?: string): Promise<void> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}) }, body });
  const answer = (await response.json()) as { errors?: { message: string }[] };
  if (answer.errors?.length) throw new Error(answer.errors.map((e) => e.message).join("; "));
}

/** A transaction as @neo4j/graphql's executor sees it (anything with `run`): records what it is asked to run. */
function recordingTransaction(driver: Driver, into: Captured[]): { run(cypher: string, params: Record<string, unknown>): unknown } {
  return {
    run(cypher, params) {
      into.push({ cypher, params });
      const session = driver.session({ database: DATABASE, defaultAccessMode: neo4j.session.READ });
      return session.run(cypher, params).then(
        async (result) => (await session.close(), result),
        async (error: unknown) => (await session.close(), Promise.reject(error)),
      );
    },
  };
}

/** Answers every query with no rows at once: what remains of a request is parsing, validation and translation. */
const emptyTransaction = { run: async () => ({ records: [], summary: { counters: { updates: () => ({}) } } }) };

function microseconds(times: number, work: () => unknown): number {
  for (let i = 0; i < Math.min(times, 20); i++) work(); // warm
  const started = performance.now();
  for (let i = 0; i < times; i++) work();
  return ((performance.now() - started) * 1000) / times;
}

function ourValidationRules(): ValidationRule[] {
  return [...specifiedRules, readOnlyRule, rootFieldLimitRule, introspectionLimitRule, ...armorProtection().validationRules];
}

export async function measureStages(options: { schema: GraphQLSchema; driver: Driver; graphqlUrl: string; bareUrl: string; benchCase: BenchCase; runs: number; warmup: number }): Promise<StageReport> {
  const { schema, driver, benchCase: c } = options;
  const context = () => ({ sessionConfig: { database: DATABASE } });
  const isGenerated = c.kind === "website read";

  const document: DocumentNode = parse(c.operation, parseOptions);
  const rules = ourValidationRules();
  const invalid = validate(schema, document, rules);
  if (invalid.length) throw new Error(`${c.name}: ${invalid[0]!.message}`);
  const runGraphql = async (executionContext?: unknown) => {
    const result = await execute({ schema, document, variableValues: c.variables, contextValue: executionContext ? { ...context(), executionContext } : context() });
    if (result.errors?.length) throw new Error(`${c.name}: ${result.errors[0]!.message}`);
    return result;
  };

  // The generated Cypher, captured once from a real execution.
  const captured: Captured[] = [];
  if (isGenerated) await runGraphql(recordingTransaction(driver, captured));
  const generated = captured[0];

  const samples = new Map<Stage, number[]>();
  const cpu = new Map<Stage, number[]>();
  const time = async (stage: Stage, round: number, work: () => Promise<unknown>) => {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await work();
    if (round < options.warmup) return;
    const cpuUsed = process.cpuUsage(cpuBefore);
    samples.set(stage, [...(samples.get(stage) ?? []), performance.now() - started]);
    cpu.set(stage, [...(cpu.get(stage) ?? []), (cpuUsed.user + cpuUsed.system) / 1000]);
  };
  const httpBody = JSON.stringify({ query: c.operation, variables: c.variables });
  const bareBody = JSON.stringify({ cypher: c.cypher, params: c.params });
  for (let round = 0; round < options.warmup + options.runs; round++) {
    await time("http", round, () => postJson(options.graphqlUrl, httpBody));
    await time("identity", round, () => postJson(options.graphqlUrl, httpBody, "identity"));
    await time("execute", round, () => runGraphql());
    if (isGenerated) await time("translate", round, () => runGraphql(emptyTransaction));
    if (generated) await time("generated", round, () => driver.executeQuery(generated.cypher, generated.params, { database: DATABASE, routing: neo4j.routing.READ }));
    await time("cypher", round, () => driver.executeQuery(c.cypher, c.params, { database: DATABASE, routing: neo4j.routing.READ }));
    // The bare endpoint takes JSON parameters, which cannot carry the analyst queries' Neo4j integers.
    if (isGenerated) await time("bare", round, () => postJson(options.bareUrl, bareBody));
  }

  const answer = await runGraphql();
  const rememberedCost = costCache(schema);
  const rememberedInputs = inputLimitsChecker();
  const loops = 200;
  return {
    name: c.name,
    stages: Object.fromEntries([...samples].map(([stage, values]) => [stage, summarise(values)])),
    cpuMs: Object.fromEntries([...cpu].map(([stage, values]) => [stage, summarise(values).median])),
    inProcessUs: {
      parse: microseconds(loops, () => parse(c.operation, parseOptions)),
      validate: microseconds(loops, () => validate(schema, document, rules)),
      inputLimits: microseconds(loops, () => checkInputs(document, c.variables)),
      inputLimitsRemembered: microseconds(loops, () => rememberedInputs(document, c.variables)),
      cost: microseconds(loops, () => checkCost(schema, document, undefined, c.variables)),
      costRemembered: microseconds(loops, () => rememberedCost(document, undefined, c.variables)),
      serialise: microseconds(loops, () => JSON.stringify(answer)),
    },
    answerBytes: Buffer.byteLength(JSON.stringify(answer)),
    generatedCypher: generated?.cypher,
  };
}
