/**
 * `npm run schema-walk -- --url http://127.0.0.1:4000/graphql [--depth 3] [--limit 2]`: the schema
 * walk (walk.ts) against a running API; prints progress, then every failing field path with its
 * status and codes, and a count per code.
 */
import { exitOnHelp, option } from "../cli-options.js";
import { DEFAULT_WALK_OPTIONS } from "./walk.js";
import { runWalk } from "./run.js";

exitOnHelp("npm run schema-walk -- --url http://127.0.0.1:4000/graphql [--depth 3] [--limit 2]  (needs the app running)");
const url = option("url", "http://127.0.0.1:4000/graphql");
if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost)(:\d+)?\//.test(url)) throw new Error(`schema-walk: only a server on this machine, not ${url}`);
const started = Date.now();
const result = await runWalk(url, {
  ...DEFAULT_WALK_OPTIONS,
  maxDepth: Number(option("depth", String(DEFAULT_WALK_OPTIONS.maxDepth))),
  listLimit: Number(option("limit", String(DEFAULT_WALK_OPTIONS.listLimit))),
  onProgress: (done, total) => {
    if (done % 25 === 0 || done === total) process.stderr.write(`${done}/${total} queries, ${Math.round((Date.now() - started) / 1000)} s\n`);
  },
});
for (const failure of result.failures) console.log(`${failure.path}: ${failure.status} ${failure.codes.join(",")} ${failure.message.slice(0, 160)}`);
const perCode = new Map<string, number>();
for (const failure of result.failures) for (const code of new Set(failure.codes)) perCode.set(code, (perCode.get(code) ?? 0) + 1);
console.log(
  `schema walk: ${result.queries} queries, ${result.paths} field paths, ${result.failures.length} failing (${[...perCode].map(([c, n]) => `${c} ${n}`).join(", ") || "none"}) in ${Math.round(result.durationMs / 1000)} s`,
);
