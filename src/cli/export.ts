/**
 * `npm run export -- --out DIR`: the whole graph as NDJSON plus one CSV per table, from one
 * consistent snapshot, with a manifest (graph version, counts, sizes, sha256). Prints how long it
 * took and the process's memory before and at its peak, to check that the export streams.
 */
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { ConfigError, readEnv } from "../config/env.js";
import { openDatabase } from "../database/connection.js";
import { LocalNeo4jError } from "../database/local/tools.js";
import { CSV_TABLES, NDJSON_FILE } from "../export/http.js";
import { openGraphSnapshot } from "../export/read-graph.js";
import { writeCsv, writeNdjson } from "../export/write-export.js";
import { log } from "../log.js";

const USAGE = "användning: npm run export -- --out MAPP   (usage: write graph.ndjson, one CSV per table and manifest.json to MAPP)";

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

let exitCode = 0;
try {
  const { values } = parseArgs({ options: { out: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help || !values.out) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const outDir = resolve(values.out);
  mkdirSync(outDir, { recursive: true });
  const env = readEnv();
  const db = await openDatabase(env, log);
  let peakRss = process.memoryUsage().rss;
  const baseRss = peakRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const snapshot = await openGraphSnapshot(db.driver, db.database);
    const files: { name: string; records: number; bytes: number; sha256: string }[] = [];
    try {
      type Job = [name: string, write: (out: Writable) => Promise<number>];
      const ndjson: Job = [NDJSON_FILE, async (out) => {
        const c = await writeNdjson(snapshot, out);
        return 1 + c.sources + c.nodes + c.relationships;
      }];
      const jobs: Job[] = [ndjson, ...CSV_TABLES.map((t): Job => [`${t}.csv`, (out) => writeCsv(snapshot, t, out)])];
      for (const [name, job] of jobs) {
        const path = join(outDir, name);
        const out = createWriteStream(path);
        const records = await job(out);
        out.end();
        await once(out, "close");
        files.push({ name, records, bytes: statSync(path).size, sha256: sha256(path) });
      }
      const manifest = { graphVersion: snapshot.version, modifiedAt: snapshot.modifiedAt, exportedAt: new Date().toISOString(), documentation: "docs/export.md", files };
      writeFileSync(join(outDir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
    } finally {
      await snapshot.close();
    }
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
    const total = files.reduce((s, f) => s + f.bytes, 0);
    console.log(`export: ${files.length} files, ${mb(total)} MB in ${outDir} (graph version ${snapshot.version ?? "none"})`);
    for (const f of files) console.log(`  ${f.name.padEnd(24)} ${String(f.records).padStart(8)} rows  ${String(f.bytes).padStart(10)} bytes`);
    console.log(`time ${((performance.now() - started) / 1000).toFixed(2)} s; memory (RSS) before ${mb(baseRss)} MB, peak ${mb(peakRss)} MB`);
  } finally {
    clearInterval(sampler);
    await db.close();
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) {
    console.error(error.message);
    exitCode = 1;
  } else if (error instanceof TypeError && /Unknown option|parseArgs/i.test(String(error.message))) {
    console.error(`${error.message}\n${USAGE}`);
    exitCode = 2;
  } else {
    // A database error (down, timed out) is one clear line, not a stack trace.
    console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    exitCode = 1;
  }
}
process.exit(exitCode);
