/**
 * Within each project, the test files that start processes of their own (a Neo4j JVM, the app,
 * a command, Chromium) run first: they are the long ones, and a long file started last keeps one
 * worker busy while the other has nothing left. Vitest orders by its cache of earlier durations,
 * which a fresh clone (CI) does not have, so it falls back to file size; this keeps its order
 * otherwise.
 */
import { readFileSync } from "node:fs";
import { BaseSequencer, type TestSpecification } from "vitest/node";

export const STARTS_PROCESSES = /\b(startOwnNeo4j|startEditableSeedGraph|startAppProcess|localNeo4j|spawn|spawnSync|execFile|execFileSync|runAsk|runAskWith|useExploreBrowser|chromium)\b/;

const startsProcesses = (file: string) => STARTS_PROCESSES.test(readFileSync(file, "utf8"));

/**
 * `sorted` with, inside each run of files of one project, those that start processes first; the
 * order is kept otherwise. Vitest's base order keeps each project's files together. `starts` is
 * asked once per file.
 */
export function processesFirst<T extends { project: unknown; moduleId: string }>(sorted: readonly T[], starts: (file: string) => boolean): T[] {
  const result: T[] = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end < sorted.length && sorted[end]!.project === sorted[start]!.project) end++;
    const first: T[] = [];
    const rest: T[] = [];
    for (const file of sorted.slice(start, end)) (starts(file.moduleId) ? first : rest).push(file);
    result.push(...first, ...rest);
    start = end;
  }
  return result;
}

export default class ProcessesFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return processesFirst(await super.sort(files), startsProcesses);
  }
}
