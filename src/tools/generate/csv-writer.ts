/**
 * Writes generated batches as CSV files for Neo4j's bulk importer (`neo4j-admin database import
 * full`, see src/database/local/bulk-import.ts): one header file and one data file per node label
 * (or relationship type) and set of property keys, because the importer takes one header per
 * file group and a generated label's nodes do not all carry the same optional properties.
 *
 * Property types are those the seed writer writes: numbers as floats, except a document's `year`
 * and `citationCount` (integers), dates as Neo4j dates, lists as string lists. Source documents
 * are written last, with the citation counts tallied while the facts were written, so no count
 * needs a scan afterwards.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { dateFields } from "../../model/entities.js";
import type { GeneratedBatch, GeneratedSourceDocument } from "./nation.js";
import { GENERATED_ORIGIN } from "./nation.js";

/** Separates list elements inside a field; a control character, so no generated text holds it. */
export const ARRAY_DELIMITER = "\u001f";
const INTEGER_FIELDS = new Set(["year", "citationCount"]);
const FLUSH_BYTES = 1 << 20;

export interface CsvFileGroup {
  /** Node labels, or the relationship type. */
  labels: string[];
  header: string;
  data: string;
  rows: number;
}

export interface CsvGraph {
  nodes: CsvFileGroup[];
  relationships: CsvFileGroup[];
  /** Whether a text holds a line break (the importer must then parse multi-line fields). */
  multiline: boolean;
}

type Props = Record<string, unknown>;

function columnType(key: string, value: unknown, where: string): string {
  if (typeof value === "boolean") return ":boolean";
  if (typeof value === "number") return INTEGER_FIELDS.has(key) ? ":long" : ":double";
  if (Array.isArray(value)) {
    if (value.length === 0) throw new Error(`generate: ${where}: the empty list ${key} cannot be written for the bulk importer`);
    return ":string[]";
  }
  if (dateFields.has(key) && typeof value === "string") return ":date";
  if (typeof value === "string") return "";
  throw new Error(`generate: ${where}: property ${key} has a value the bulk importer cannot take (${typeof value})`);
}

class FileGroup {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  rows = 0;

  constructor(
    readonly info: CsvFileGroup,
    private readonly columns: string[],
    headerLine: string,
  ) {
    const headerFd = openSync(info.header, "w");
    writeSync(headerFd, headerLine + "\n");
    closeSync(headerFd);
    this.fd = openSync(info.data, "w");
  }

  add(cells: string[]): void {
    const line = cells.join(",") + "\n";
    this.pending.push(line);
    this.pendingBytes += line.length;
    this.rows++;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  values(props: Props): string[] {
    return this.columns.map((key) => encode(props[key]));
  }

  flush(): void {
    if (this.pending.length > 0) writeSync(this.fd, this.pending.join(""));
    this.pending = [];
    this.pendingBytes = 0;
  }

  close(): CsvFileGroup {
    this.flush();
    closeSync(this.fd);
    return { ...this.info, rows: this.rows };
  }
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function encode(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return quote(value.map(String).join(ARRAY_DELIMITER));
  if (typeof value === "string") return quote(value);
  return String(value);
}

export class CsvGraphWriter {
  private readonly groups = new Map<string, FileGroup>();
  private readonly documents: GeneratedSourceDocument[] = [];
  private readonly citations = new Map<string, number>();
  private multiline = false;
  private fileCount = 0;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  addBatch(batch: GeneratedBatch): void {
    this.documents.push(...batch.documents);
    for (const node of batch.nodes) {
      this.tally(node.props);
      this.write("node", ["Entity", node.label], node.props, node.id);
    }
    for (const relation of batch.relations) {
      this.tally(relation.props);
      this.write("relationship", [relation.type], { ":START_ID": relation.from, ":END_ID": relation.to, ...relation.props }, `${relation.from} ${relation.type} ${relation.to}`);
    }
  }

  /** Writes the source documents (with their citation counts) and closes every file. */
  finish(): CsvGraph {
    for (const document of this.documents) {
      const props: Props = { ...document, origin: GENERATED_ORIGIN, citationCount: this.citations.get(document.id) ?? 0 };
      this.write("node", ["SourceDocument"], props, document.id);
    }
    const nodes: CsvFileGroup[] = [];
    const relationships: CsvFileGroup[] = [];
    for (const [key, group] of this.groups) (key.startsWith("node") ? nodes : relationships).push(group.close());
    this.groups.clear();
    return { nodes, relationships, multiline: this.multiline };
  }

  private tally(props: Props): void {
    for (const id of new Set(props.sourceDocuments as string[])) this.citations.set(id, (this.citations.get(id) ?? 0) + 1);
  }

  private write(kind: "node" | "relationship", labels: string[], props: Props, where: string): void {
    const keys = Object.keys(props)
      .filter((k) => props[k] !== undefined && props[k] !== null)
      .sort();
    const header = keys.map((k) => {
      if (k.startsWith(":")) return k;
      if (kind === "node" && k === "id") return "id:ID";
      const value = props[k];
      if (Array.isArray(value) && value.some((v) => String(v).includes(ARRAY_DELIMITER))) throw new Error(`generate: ${kind} ${where}: ${k} holds the list delimiter U+001F`);
      return k + columnType(k, value, `${kind} ${where}`);
    });
    const signature = `${kind}|${labels.join(":")}|${header.join(",")}`;
    let group = this.groups.get(signature);
    if (!group) {
      const base = join(this.dir, `${kind}-${labels.join("-")}-${++this.fileCount}`);
      group = new FileGroup({ labels, header: `${base}.header.csv`, data: `${base}.csv`, rows: 0 }, keys, header.join(","));
      this.groups.set(signature, group);
    }
    const cells = group.values(props);
    if (!this.multiline && cells.some((cell) => cell.includes("\n") || cell.includes("\r"))) this.multiline = true;
    group.add(cells);
  }
}
