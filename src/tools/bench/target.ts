/**
 * One graph under test: a local Neo4j on a data folder (a generated graph, or a fresh folder
 * seeded with the real seed graph), the app's GraphQL server and a bare node:http endpoint that
 * answers the throughput read with hand-written Cypher, all on free loopback ports.
 */
import { createServer, type Server } from "node:http";
import neo4j, { type Driver } from "neo4j-driver";
import { warmAnalysisQueries } from "../../questions/warm.js";
import { readEnv } from "../../config/env.js";
import { seedPaths } from "../../config/paths.js";
import { localNeo4j } from "../../database/connection.js";
import type { LocalNeo4j } from "../../database/local/launcher.js";
import { createNeo4jGraphQL } from "../../graphql/neo4j-graphql.js";
import { startHttpServer, type RunningHttpServer } from "../../http/server.js";
import { describeSeedRun, seedDatabase } from "../../seed/seed-database.js";

export interface BenchTarget {
  label: string;
  nodes: number;
  relationships: number;
  driver: Driver;
  graphqlUrl: string;
  bareUrl: string;
  /** Milliseconds of the first analyst query after start, before any warming. */
  coldFirstQueryMs: number;
  close(): Promise<void>;
}

export async function openTarget(label: string, dataDir: string, seed: boolean, log: (line: string) => void, coldQuery: { cypher: string; params: Record<string, unknown> }): Promise<BenchTarget> {
  const env = readEnv({ ...process.env, LOCAL_NEO4J_PAGE_CACHE_MB: process.env.LOCAL_NEO4J_PAGE_CACHE_MB ?? "2048" });
  const local: LocalNeo4j = localNeo4j(env, log, { dataDir, port: 0 });
  const driver = neo4j.driver(await local.start());
  if (seed) log(describeSeedRun(await seedDatabase(driver, "neo4j", seedPaths, log)));
  const started = performance.now();
  await driver.executeQuery(coldQuery.cypher, coldQuery.params, { database: "neo4j" });
  const coldFirstQueryMs = performance.now() - started;
  await warmAnalysisQueries(driver, "neo4j", { log });
  const counts = await driver.executeQuery(`MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships`, {}, { database: "neo4j" });
  const server: RunningHttpServer = await startHttpServer({ schema: await createNeo4jGraphQL(driver).getSchema(), driver, database: "neo4j", port: 0, host: "127.0.0.1" });
  const bare = await startBareServer(driver);
  return {
    label,
    nodes: counts.records[0]!.get("nodes").toNumber(),
    relationships: counts.records[0]!.get("relationships").toNumber(),
    driver,
    graphqlUrl: server.graphqlUrl,
    bareUrl: bare.url,
    coldFirstQueryMs,
    async close() {
      await new Promise((done) => bare.server.close(done));
      await server.close();
      await driver.close();
      await local.stop();
    },
  };
}

/** POST {cypher, params} → {data}: the floor a GraphQL server could reach over HTTP. */
export async function startBareServer(driver: Driver): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const { cypher, params } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { cypher: string; params: Record<string, unknown> };
      driver
        .executeQuery(cypher, params, { database: "neo4j", routing: neo4j.routing.READ })
        .then((result) => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify({ data: result.records.map((r) => r.toObject()) }, (_k, v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : v)));
        })
        .catch((error: Error) => {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ errors: [{ message: error.message }] }));
        });
    });
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` };
}
