/**
 * `npm run bench:graphql`: where the time of a GraphQL request goes, stage by stage (see
 * src/tools/bench/stages.ts and docs/scale.md, "GraphQL layer: where the time goes"). Uses the app's
 * database (NEO4J_URI, or the local Neo4j of LOCAL_NEO4J_DATA_DIR), which must hold the seed graph.
 *
 *   npm run bench:graphql -- [--cases forum-meetings,agreement-page,dependents] [--runs 40] [--warmup 5]
 *       [--clients 1,32 --seconds 5]   (throughput of each website read, GraphQL against bare, bounded in time)
 *       [--json file]
 */
import { writeFileSync } from "node:fs";
import { benchCases } from "./cases.js";
import { measureThroughput, type Throughput } from "./measure.js";
import { measureStages, type Stage, type StageReport } from "./stages.js";
import { startBareServer } from "./target.js";
import { readEnv } from "../../config/env.js";
import { openDatabase } from "../../database/connection.js";
import { createNeo4jGraphQL } from "../../graphql/neo4j-graphql.js";
import { startHttpServer } from "../../http/server.js";
import { log } from "../../log.js";
import { exitOnHelp, option } from "../cli-options.js";

exitOnHelp(
  `npm run bench:graphql -- [--cases forum-meetings,agreement-page,dependents] [--runs 40] [--warmup 5]
    [--clients 1,32 --seconds 5] [--json file]
  (uses the app's database: NEO4J_URI, or the local Neo4j of LOCAL_NEO4J_DATA_DIR, holding the seed graph)`,
);
const runs = Number(option("runs", "40"));
const warmup = Number(option("warmup", "5"));
const clientCounts = option("clients", "").split(",").filter(Boolean).map(Number);
const seconds = Number(option("seconds", "5"));
const wanted = option("cases", "forum-meetings,agreement-page").split(",");
const all = await benchCases();
const cases = all.filter((c) => wanted.includes(c.name));
if (cases.length !== wanted.length) {
  console.error(`bench:graphql: unknown case among ${wanted.join(", ")}; known: ${all.map((c) => c.name).join(", ")}`);
  process.exit(1);
}

const db = await openDatabase(readEnv(), log);
const schema = await createNeo4jGraphQL(db.driver).getSchema();
const server = await startHttpServer({ schema, driver: db.driver, database: db.database, port: 0, host: "127.0.0.1" });
const bare = await startBareServer(db.driver);
const reports: (StageReport & { throughput?: Throughput[] })[] = [];
try {
  for (const benchCase of cases) {
    const report = await measureStages({ schema, driver: db.driver, graphqlUrl: server.graphqlUrl, bareUrl: bare.url, benchCase, runs, warmup });
    reports.push(report);
    const stages: Stage[] = ["http", "identity", "execute", "translate", "generated", "cypher", "bare"];
    console.log(`\n${report.name}, ${report.answerBytes} bytes of JSON (median / p95 ms of ${runs} interleaved rounds)`);
    for (const stage of stages) {
      const s = report.stages[stage];
      if (s) console.log(`  ${stage.padEnd(10)} ${s.median.toFixed(2).padStart(8)} ${s.p95.toFixed(2).padStart(8)}   CPU of this process ${report.cpuMs[stage]!.toFixed(2)} ms`);
    }
    console.log(`  in process, µs per call: ${Object.entries(report.inProcessUs).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ")}`);
    if (clientCounts.length && benchCase.kind === "website read") {
      const throughput = await measureThroughput(server.graphqlUrl, bare.url, benchCase, clientCounts, seconds);
      for (const x of throughput) console.log(`  ${x.clients} clients: GraphQL cold ${x.graphqlPerSecond.toFixed(0)}/s, cached ${x.cachedPerSecond.toFixed(0)}/s, bare ${x.barePerSecond.toFixed(0)}/s, bare/GraphQL ${x.ratio.toFixed(2)}`);
      reports[reports.length - 1] = { ...report, throughput };
    }
  }
} finally {
  await new Promise((done) => bare.server.close(done));
  await server.close();
  await db.close();
}
const json = option("json", "");
if (json) writeFileSync(json, JSON.stringify(reports, null, 2));
process.exit(0);
