/**
 * Within each project, the test files that start processes of their own (a Neo4j JVM, the app,
 * a command, Chromium) run first: they are the long ones, and a long file started last keeps one
 * worker busy while the other has nothing left. Vitest orders by its cache of earlier durations,
 * which a fresh clone (CI) does not have, so it falls back to file size; this keeps its order
 * otherwise.
 */
import { readFileSync } from "node:fs";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const STARTS_PROCESSES = /\b(startOwnNeo4j|startEditableSeedGraph|startAppProcess|localNeo4j|spawn|spawnSync|execFile|execFileSync|runAsk|runAskWith|useExploreBrowser|chromium)\b/;

function startsProcesses(file: string, known: Map<string, boolean>): boolean {
  let starts = known.get(file);
  if (starts === undefined) {
    starts = STARTS_PROCESSES.test(readFileSync(file, "utf8"));
    known.set(file, starts);
  }
  return starts;
}

export default class ProcessesFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const known = new Map<string, boolean>();
    // The base order keeps each project's files together; reorder inside each run of one project.
    const result: TestSpecification[] = [];
    for (let start = 0; start < sorted.length; ) {
      let end = start;
      while (end < sorted.length && sorted[end]!.project === sorted[start]!.project) end++;
      const group = sorted.slice(start, end);
      result.push(...group.filter((f) => startsProcesses(f.moduleId, known)), ...group.filter((f) => !startsProcesses(f.moduleId, known)));
      start = end;
    }
    return result;
  }
}
