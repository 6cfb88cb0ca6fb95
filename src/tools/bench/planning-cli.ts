/**
 * `npm run bench:planning`: how long Neo4j takes to plan the statements the app plans after every
 * restart (src/questions/warm.ts, src/website/warm.ts), one after another, with the plan caches
 * cleared before each round. Planning time follows a statement's size; this is the figure behind
 * "full service after a restart" (docs/hardening.md). The first round also compiles the planner in
 * a fresh JVM; the minimum over the later rounds is what a warm JVM (a promoted standby) needs.
 *
 *   npm start   # then, with the Bolt URL it logs and optionally its GraphQL endpoint:
 *   npm run bench:planning -- --bolt bolt://127.0.0.1:7687 [--graphql http://127.0.0.1:4000/graphql] [--rounds 4]
 */
import neo4j from "neo4j-driver";
import { exitOnHelp, option } from "../cli-options.js";
import { statementsToPlan } from "../../questions/warm.js";
import { toParams } from "../../questions/shared/run.js";
import { readTrustedDocuments } from "../../website/trusted-documents.js";
import { placeholderVariables } from "../../website/warm.js";

exitOnHelp(`npm run bench:planning -- --bolt bolt://127.0.0.1:7687 [--graphql http://127.0.0.1:4000/graphql] [--rounds 4]
  (clears the plan caches of that database's server: not for a production server under load)`);
const bolt = option("bolt", "bolt://127.0.0.1:7687");
const graphql = option("graphql", "");
const rounds = Math.max(2, Number(option("rounds", "4")));

const driver = neo4j.driver(bolt);
const timed = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};
/** Milliseconds per statement, per round. */
const times = new Map<string, { kind: string; length: number; ms: number[] }>();
const record = (kind: string, name: string, length: number, ms: number) => {
  const key = `${kind} ${name}`;
  const entry = times.get(key) ?? { kind, length, ms: [] };
  entry.ms.push(ms);
  times.set(key, entry);
};

try {
  const statements = await statementsToPlan();
  const operations = graphql ? [...readTrustedDocuments().byId.values()] : [];
  for (let round = 0; round < rounds; round++) {
    await driver.executeQuery("CALL db.clearQueryCaches()");
    for (const [i, { question, call }] of statements.entries()) {
      const ms = await timed(() => driver.executeQuery(`EXPLAIN ${call.cypher}`, toParams(call.params), { database: "neo4j" }));
      record("analyst", `${question} #${i}`, call.cypher.length, ms);
    }
    for (const d of operations) {
      // By id as the website sends it, with the warm-up's placeholder values (the same Cypher, and so
      // the same plan), each string made new per round so that the app's answer cache cannot answer.
      const variables = Object.fromEntries(Object.entries(placeholderVariables(d.text)).map(([k, v]) => [k, typeof v === "string" && !/^\d{4}-/.test(v) ? `${v}-${round}` : v]));
      const body = JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: d.id } }, variables });
      const ms = await timed(async () => (await fetch(graphql, { method: "POST", headers: { "content-type": "application/json" }, body })).text());
      record("website", d.operationName, d.text.length, ms);
    }
  }
  // Round 0 compiles the planner in a fresh JVM: the later rounds are the warm figure.
  const warm = [...times].map(([name, t]) => ({ name, kind: t.kind, length: t.length, first: t.ms[0]!, min: Math.min(...t.ms.slice(1)) }));
  warm.sort((a, b) => b.min - a.min);
  // A website operation's length is its GraphQL text: the Cypher @neo4j/graphql makes of it is not at hand here.
  console.log("statement\tlength (chars: the Cypher, or the website operation's GraphQL)\tround 0 ms\twarm ms (min of later rounds)");
  for (const w of warm) console.log(`${w.name}\t${w.length}\t${w.first.toFixed(0)}\t${w.min.toFixed(0)}`);
  for (const kind of ["analyst", "website"]) {
    const of = warm.filter((w) => w.kind === kind);
    if (of.length) console.log(`${kind}: ${of.length} statements, ${of.reduce((s, w) => s + w.length, 0)} chars${kind === "website" ? " of GraphQL" : ""}, round 0 ${(of.reduce((s, w) => s + w.first, 0) / 1000).toFixed(1)} s, warm ${(of.reduce((s, w) => s + w.min, 0) / 1000).toFixed(1)} s`);
  }
} finally {
  await driver.close();
}
