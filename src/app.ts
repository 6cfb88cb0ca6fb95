/**
 * Composition: given an open database, make it fit for the API (compatibility check, schema,
 * seed on first start) and serve GraphQL over HTTP.
 */
import type { GraphQLSchema } from "graphql";
import neo4j from "neo4j-driver";
import type { Env } from "./config/env.js";
import { seedPaths } from "./config/paths.js";
import { analysisWarmTasks, warmAnalysisQueries } from "./questions/warm.js";
import { runWebsiteOperationsOn, warmWebsiteOperations, websiteWarmTasks } from "./website/warm.js";
import { applyDatabaseSchema } from "./database/apply-schema.js";
import type { Database } from "./database/connection.js";
import type { ReleaseHeld } from "./database/health.js";
import { runInOrder } from "./database/warm-tasks.js";
import { createNeo4jGraphQL } from "./graphql/neo4j-graphql.js";
import { startHttpServer, type RunningHttpServer } from "./http/server.js";
import { describeSeedRun, seedDatabase } from "./seed/seed-database.js";

export interface App {
  http: RunningHttpServer;
  stop(): Promise<void>;
}

async function isEmpty(db: Database): Promise<boolean> {
  const result = await db.driver.executeQuery("MATCH (n:Entity) RETURN count(n) > 0 AS any", {}, { database: db.database, routing: "READ" });
  return !result.records[0]!.get("any");
}

/** Runs a start-up stage and remembers how long it took, for the start-up log line. */
async function timed<T>(stages: string[], name: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  stages.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/**
 * Plans the analyst statements and runs the website's operations against a standby JVM's scratch
 * database (with the schema, so its plans take the same paths), which compiles the Cypher planner
 * there before it is needed. Each round after the first forces the planning again, since the
 * scratch database has the plans of the one before.
 */
async function planOnStandby(schema: GraphQLSchema, boltUrl: string, round: number): Promise<void> {
  const driver = neo4j.driver(boltUrl);
  try {
    if (round === 0) await applyDatabaseSchema(driver, "neo4j");
    const replan = round > 0;
    await Promise.all([warmAnalysisQueries(driver, "neo4j", { replan }), runWebsiteOperationsOn(schema, driver, { replan })]);
  } finally {
    await driver.close();
  }
}

/**
 * Tasks planned at once after a restart: three keep both cores busy while one of them waits for a
 * website operation's round trip through the app (the analyst and website warm-ups at start use
 * two each, side by side).
 */
const RESTART_WARM_CONCURRENCY = 3;

export async function startApp(env: Env, db: Database, log: (line: string) => void): Promise<App> {
  const stages: string[] = [];
  const neoSchema = createNeo4jGraphQL(db.driver);
  const schema = await timed(stages, "schema", () => neoSchema.getSchema());
  // Fails fast when the database is too old or lacks the APOC functions the generated Cypher uses.
  await timed(stages, "compatibility check", () => neoSchema.checkNeo4jCompat({ sessionConfig: { database: db.database } }));
  await timed(stages, "constraints", () => applyDatabaseSchema(db.driver, db.database));
  if (env.SEED_ON_START && (await isEmpty(db))) {
    log("empty database: loading the seed graph");
    log(describeSeedRun(await timed(stages, "seed", () => seedDatabase(db.driver, db.database, seedPaths, log))));
  }
  // Neo4j plans each large statement for seconds on a small machine and forgets its plans when it
  // restarts: plan the analyst queries and the website's operations after start and recovery,
  // side by side (both only read), so that full service after a restart waits on little but the database.
  let plannedOnPid = db.supervisor?.pid;
  const prepareStandby = () => {
    if (env.LOCAL_NEO4J_STANDBY) void db.local?.prepareStandby((boltUrl, round) => planOnStandby(schema, boltUrl, round), { count: env.LOCAL_NEO4J_STANDBY_COUNT });
  };
  const warmPlans = async () => {
    plannedOnPid = db.supervisor?.pid;
    await Promise.all([warmAnalysisQueries(db.driver, db.database, { log }), warmWebsiteOperations(http.graphqlUrl, log, http.warmUpHeaders)]);
    prepareStandby();
  };
  // After a restart, while requests are held, one queue on three workers (src/database/warm-tasks.ts):
  // first the website's operations (run, so that the statements they reach are planned, the
  // questions some of them ask included) and the small reads that fill in what answers cite and
  // refer to (src/questions/shared/markers.ts); the website is let through as soon as those are
  // done, while the workers go on with the rest of the analyst statements. A promoted JVM's JIT
  // compiler gets its priority back only then (src/database/local/standby.ts).
  const warmPlansWebsiteFirst = async (release: ReleaseHeld) => {
    const pid = (plannedOnPid = db.supervisor?.pid);
    const started = Date.now();
    const isMarkerRead = (question: string) => question === "sources" || question === "references";
    const statements = await analysisWarmTasks(db.driver, db.database, { log });
    const website = [...websiteWarmTasks(http.graphqlUrl, log, http.warmUpHeaders), ...statements.filter((s) => isMarkerRead(s.question)).map((s) => s.plan)];
    const analyst = statements.filter((s) => !isMarkerRead(s.question)).map((s) => s.plan);
    let websiteLeft = website.length;
    const releaseWebsite = () => {
      release("website");
      log(`the website's operations are let through again, ${((Date.now() - started) / 1000).toFixed(1)} s after the database came back`);
    };
    const counted = website.map((task) => async () => {
      await task();
      if (--websiteLeft === 0) releaseWebsite();
    });
    try {
      await runInOrder([...counted, ...analyst], RESTART_WARM_CONCURRENCY);
    } finally {
      db.local?.restoreCompilerPriority(pid);
    }
    log(`planned the website's operations and the analyst queries again in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    prepareStandby();
  };
  // A local database that was frozen (SIGSTOP) or slow, not restarted, is the same process with
  // its plans: nothing to plan again. A restarted one (a new process) has lost them: requests that
  // need it wait (503 WARMING_UP) while they are made again, so the planning has the machine. A
  // server of its own may only have been out of reach, its plans intact: planned for, requests go on.
  const replanAfterRecovery = async () => {
    const pid = db.supervisor?.pid;
    if (pid === undefined) return warmPlans();
    if (pid === plannedOnPid) return log("the database is back with its plans (the same process): nothing to plan again");
    await http.health.prepare(warmPlansWebsiteFirst, { holdRequests: true });
  };
  const http: RunningHttpServer = await timed(stages, "http", () =>
    startHttpServer({
      schema,
      driver: db.driver,
      database: db.database,
      port: env.PORT,
      host: env.HOST,
      fairShare: { requestsPerMinute: env.RATE_LIMIT_PER_MINUTE, concurrentPerClient: env.MAX_CONCURRENT_PER_CLIENT, queuedPerClient: env.MAX_QUEUED_PER_CLIENT },
      trustProxy: env.TRUST_PROXY,
      requestLog: env.REQUEST_LOG,
      web: { corsOrigins: env.CORS_ORIGINS, trustedDocuments: env.TRUSTED_DOCUMENTS, cacheMaxAgeS: env.HTTP_CACHE_MAX_AGE_S },
      ...(env.DATASET_CONTACT_EMAIL ? { datasetContactEmail: env.DATASET_CONTACT_EMAIL } : {}),
      onDatabaseRecovered: replanAfterRecovery,
      databaseProcess: db.supervisor ? () => db.supervisor!.state() : undefined,
    }),
  );
  db.supervisor?.watchAnswering(() => http.health.isUp);
  log(`start-up stages: ${stages.join(", ")}`);
  // Planning the analyst queries takes seconds each; do it after the server listens, so start-up
  // is not delayed and the first analyst's question is not the one that pays for it. /ready says
  // "warming" until it is done.
  void http.health.prepare(warmPlans);
  return { http, stop: () => http.close() };
}
