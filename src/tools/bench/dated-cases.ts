/**
 * The cost of asking as of a date: every analyst question whose operation takes `asOf` is asked
 * a second time with a date given (a day inside the documents' range, so the answer is one the
 * documents support), beside the same question without it (the default: today). Both paths run
 * the statement the API runs, so the pair shows what giving a date adds to a question's median.
 */
import { QUESTIONS, type Question } from "../../questions/registry.js";
import { questionModule } from "../../questions/server.js";
import { toParams } from "../../questions/shared/run.js";
import type { BenchCase } from "./cases.js";
import type { CaseResult } from "./measure.js";

export const BENCH_AS_OF = "2025-06-01";
const SUFFIX = ` (per ${BENCH_AS_OF})`;

/** Whether a question's operation declares the variable `$asOf`. */
export const takesAsOf = (operation: string) => /\$asOf\s*:/.test(operation);

/** For each analyst question case that takes `asOf` and is asked without one, the same case with `asOf` given. */
export async function datedCases(cases: BenchCase[]): Promise<BenchCase[]> {
  const dated: BenchCase[] = [];
  for (const c of cases) {
    if (c.kind !== "analyst question" || !takesAsOf(c.operation) || "asOf" in c.variables) continue;
    const question: Question | undefined = QUESTIONS.find((q) => c.name === q.name || c.name === `${q.name} (g01)`);
    if (!question) continue;
    const variables = { ...c.variables, asOf: BENCH_AS_OF };
    const { cypher, params } = (await questionModule(question)).cypherFor(variables);
    dated.push({ ...c, name: `${c.name}${SUFFIX}`, variables, cypher, params: toParams(params) });
  }
  return dated;
}

/** Markdown rows: each question's HTTP median without a date and with one, and what the date adds. */
export function asOfCostTable(label: string, results: CaseResult[]): string[] {
  const rows: string[] = [];
  for (const dated of results.filter((r) => r.name.endsWith(SUFFIX))) {
    const plain = results.find((r) => r.name === dated.name.slice(0, -SUFFIX.length));
    if (!plain) continue;
    const added = (dated.http.median / plain.http.median - 1) * 100;
    rows.push(`| ${label} | ${plain.name} | ${plain.http.median.toFixed(1)} | ${dated.http.median.toFixed(1)} | ${added >= 0 ? "+" : ""}${added.toFixed(0)} % |`);
  }
  return rows.length ? ["", `| graph | question | HTTP median ms, today (no asOf) | HTTP median ms, asOf ${BENCH_AS_OF} | added by the date |`, "|---|---|---:|---:|---:|", ...rows] : [];
}
