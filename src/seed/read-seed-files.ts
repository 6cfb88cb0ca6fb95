/**
 * Reads seed YAML files, keeping the line number of every entry and field so that validation
 * errors can say exactly where a problem is.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { LineCounter, parseDocument, isMap, isSeq, type Node, type YAMLMap } from "yaml";
import type { SeedProblem } from "./problems.js";

export interface RawEntry {
  value: unknown;
  line: number;
  /** Line of each top-level field of the entry. */
  fieldLines: Record<string, number>;
}

export interface RawSeedFile {
  file: string;
  value: Record<string, unknown>;
  entities: RawEntry[];
  relations: RawEntry[];
}

export function listSeedFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listSeedFiles(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

function lineOf(node: Node | null | undefined, counter: LineCounter): number {
  const offset = node?.range?.[0];
  return offset === undefined ? 0 : counter.linePos(offset).line;
}

function entriesOf(doc: YAMLMap, key: string, counter: LineCounter): RawEntry[] {
  const seq = doc.get(key, true);
  if (!isSeq(seq)) return [];
  return seq.items.map((item) => {
    const fieldLines: Record<string, number> = {};
    if (isMap(item)) {
      for (const pair of item.items) {
        const k = (pair.key as { value?: unknown } | null)?.value;
        if (typeof k === "string") fieldLines[k] = lineOf(pair.key as Node, counter);
      }
    }
    return { value: (item as Node).toJSON(), line: lineOf(item as Node, counter), fieldLines };
  });
}

export function readSeedFile(path: string, baseDir: string, problems: SeedProblem[]): RawSeedFile | undefined {
  const file = relative(baseDir, path);
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(path, "utf8"), { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  for (const err of doc.errors) {
    problems.push({ file, line: err.linePos?.[0]?.line, message: `YAML syntax: ${err.message.split("\n")[0]}` });
  }
  if (doc.errors.length > 0) return undefined;
  if (!isMap(doc.contents)) {
    problems.push({ file, line: 1, message: "a seed file must be a mapping with 'document', 'entities' and 'relations'" });
    return undefined;
  }
  return {
    file,
    value: doc.toJSON() as Record<string, unknown>,
    entities: entriesOf(doc.contents, "entities", counter),
    relations: entriesOf(doc.contents, "relations", counter),
  };
}
