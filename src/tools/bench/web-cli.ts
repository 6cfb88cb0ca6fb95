/**
 * `npm run bench:web`: the website's typical reads answered from cache headers, on a running API.
 * For each read (a trusted document by id over GET, and /id/<id>) it measures a full 200 answer
 * and a conditional GET with the answer's ETag: the share of 304s, their latency against the
 * 200s (median, p95), and the bytes on the wire with and without compression.
 *
 *   npm run bench:web -- [--url http://localhost:4000] [--runs 50] [--markdown]
 */
import { request } from "node:http";
import { readTrustedDocuments } from "../../website/trusted-documents.js";
import { nearestRankPercentile as percentile } from "./stats.js";
import { exitOnHelp, option } from "../cli-options.js";

exitOnHelp(
  `npm run bench:web -- [--url http://localhost:4000] [--runs 50] [--markdown]
  (needs the app running: npm start)`,
);
const base = option("url", "http://localhost:4000").replace(/\/$/, "");
const runs = Number(option("runs", "50"));
const markdown = process.argv.includes("--markdown");

/** The website's typical reads, with typical variables. */
const READS: { name: string; variables?: Record<string, unknown>; path?: string }[] = [
  { name: "ForumMeetings", variables: { forumId: "forum:sro" } },
  { name: "Agreement", variables: { id: "doc:hos-avtal" } },
  { name: "FundWhereItWent", variables: { id: "fund:skr-kvinnofridssatsning-2021-2023" } },
  { name: "EntityById", variables: { id: "doc:hos-avtal" } },
  { name: "/id/doc:hos-avtal", path: "/id/doc:hos-avtal" },
];

interface Answer {
  status: number;
  bytes: number;
  ms: number;
  headers: Record<string, string | string[] | undefined>;
}

/** One GET over a fresh connection-less request; counts the bytes as they travel (no decoding). */
function get(url: string, headers: Record<string, string>, timeoutMs = 30_000): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { headers, agent: false }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - started, headers: res.headers }));
      res.on("error", reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout: ${url}`)));
    req.on("error", reject);
    req.end();
  });
}

const documents = readTrustedDocuments();
const rows: string[][] = [];
const ms = (n: number) => n.toFixed(1);
for (const read of READS) {
  let url: string;
  if (read.path) {
    url = base + read.path;
  } else {
    const id = documents.byName.get(read.name)!.id;
    const params = new URLSearchParams({ variables: JSON.stringify(read.variables), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id } }) });
    url = `${base}/graphql?${params}`;
  }
  // The first run of an operation plans its Cypher (seconds on a busy machine): not counted.
  await get(url, { "accept-encoding": "identity" }, 180_000).catch((error: Error) => {
    console.error(`bench:web: ${read.name} at ${base}: ${error.message}\nStart the app (npm start) or pass --url.`);
    process.exit(1);
  });
  const compressed = await get(url, { "accept-encoding": "br, gzip" });
  const plain = await get(url, { "accept-encoding": "identity" });
  if (plain.status !== 200) throw new Error(`${read.name}: HTTP ${plain.status}`);
  const etag = String(compressed.headers.etag ?? "");
  const full: number[] = [];
  const conditional: number[] = [];
  let notModified = 0;
  for (let i = 0; i < runs; i++) {
    full.push((await get(url, { "accept-encoding": "br, gzip" })).ms);
    const answer = await get(url, { "accept-encoding": "br, gzip", "if-none-match": etag });
    conditional.push(answer.ms);
    if (answer.status === 304) notModified++;
  }
  full.sort((a, b) => a - b);
  conditional.sort((a, b) => a - b);
  rows.push([
    read.name,
    `${plain.bytes}`,
    `${compressed.bytes} (${String(compressed.headers["content-encoding"] ?? "none")})`,
    `${Math.round((1 - compressed.bytes / plain.bytes) * 100)} %`,
    `${Math.round((notModified / runs) * 100)} %`,
    `${ms(percentile(full, 50))} / ${ms(percentile(full, 95))}`,
    `${ms(percentile(conditional, 50))} / ${ms(percentile(conditional, 95))}`,
    compressed.headers["last-modified"] ? "graph version" : "body (no GraphMeta)",
  ]);
}

const header = ["read", "bytes plain", "bytes compressed", "saved", "304 rate", "200 ms (median / p95)", "conditional ms (median / p95)", "ETag from"];
console.error(`bench:web: ${runs} full and ${runs} conditional GETs per read against ${base}`);
if (markdown) {
  console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
} else {
  console.table(rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]]))));
}
