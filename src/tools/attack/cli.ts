/**
 * `npm run attack -- <url> [--pid N] [--only text] [--timeout-s N]`: sends every attack case of
 * src/tools/attack/cases.ts, one at a time, to a server on this machine and prints, per case, the
 * status, time, answer size and error codes, and the slowest /health answer while it ran; with
 * --pid, the server's resident memory (RSS) after each case. Loopback only; each request is
 * bounded by --timeout-s (default 30).
 */
import { readFileSync } from "node:fs";
import { attackCases } from "./cases.js";
import { probeHealth, sendCase } from "./send.js";

function rssMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!args[0] || args.includes("--help")) {
    console.log("användning / usage: npm run attack -- http://127.0.0.1:PORT/graphql [--pid N] [--only text] [--timeout-s N]");
    return;
  }
  const url = args[0];
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const pid = option("--pid") ? Number(option("--pid")) : undefined;
  const only = option("--only");
  const timeoutMs = Number(option("--timeout-s") ?? 30) * 1000;
  const base = url.replace(/\/graphql\/?$/, "");
  const cases = attackCases().filter((c) => !only || c.name.includes(only) || c.kind === only);
  console.log(["case", "status", "ms", "bytes", "codes", "slowest /health ms", "rss MB"].join("\t"));
  for (const attack of cases) {
    const health = probeHealth(base, 50);
    const result = await sendCase(url, attack, timeoutMs);
    const probe = await health.stop();
    const codes = [...new Set(result.codes)].join(",");
    console.log([attack.name, result.status, Math.round(result.durationMs), result.bytes, codes, Math.round(probe.slowestMs), rssMb(pid) ?? ""].join("\t"));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
