/**
 * Validates raw seed files and merges them into one SeedGraph. An entity may appear in several
 * files (each file cites its own document); its fields must then agree, and its citations are
 * united. Every problem is collected, so one run reports all of them.
 */
import { isDeepStrictEqual } from "node:util";
import type { z } from "zod";
import { entityEntry, entityTypeSchemas, mentionEntry, type AliasEntry, type EntityType } from "../model/entities.js";
import { relationEntry, relationRules, type RelationType } from "../model/relations.js";
import { seedFile } from "../model/seed-file.js";
import type { SeedProblem } from "./problems.js";
import { signingFactsOf } from "./signing-terms.js";
import type { RawEntry, RawSeedFile } from "./read-seed-files.js";
import type { AliasFact, Citation, EntityNode, RelationEdge, SeedGraph, SourceDocumentNode } from "./seed-graph.js";

const PROVENANCE_KEYS = new Set(["cite", "inferred", "because", "id", "type", "aliases"]);

/**
 * Aliases become three node properties: every name (for search and filters), and the inferred
 * ones with their reasons as parallel lists (Neo4j properties cannot hold maps).
 */
function aliasesOf(aliases: AliasEntry[] | undefined, document: string): { facts: AliasFact[]; properties: Record<string, unknown> } {
  if (!aliases?.length) return { facts: [], properties: {} };
  const facts: AliasFact[] = aliases.map((a) =>
    typeof a === "string" ? { name: a, inferred: false, citations: [] } : { name: a.name, inferred: true, because: a.because, citations: citationsOf(a.cite, document) },
  );
  const inferred = facts.filter((f) => f.inferred);
  return {
    facts,
    properties: {
      aliases: facts.map((f) => f.name),
      ...(inferred.length ? { inferredAliases: inferred.map((f) => f.name), inferredAliasReasons: inferred.map((f) => f.because) } : {}),
    },
  };
}

function zodProblems(error: z.ZodError, file: string, entry: string, raw: RawEntry | undefined): SeedProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join(".");
    const top = String(issue.path[0] ?? "");
    return { file, line: raw?.fieldLines[top] ?? raw?.line, entry, field: field || undefined, message: issue.message };
  });
}

function citationsOf(cite: (string | { document: string; quote: string })[], document: string): Citation[] {
  return cite.map((c) => (typeof c === "string" ? { document, quote: c } : c));
}

function addCitations(target: Citation[], more: Citation[]): void {
  for (const c of more) {
    if (!target.some((t) => t.document === c.document && t.quote === c.quote)) target.push(c);
  }
}

function checkInference(v: { inferred?: boolean; because?: string }, problem: (field: string, message: string) => void) {
  if (v.inferred && !v.because) problem("because", "an inferred fact must say why it follows ('because')");
  if (v.because && !v.inferred) problem("inferred", "'because' is only for inferred facts; set inferred: true");
}

export interface BuildOptions {
  /** Drafting aid: ids defined in no loaded file are not reported (used with --only). */
  allowUndefinedIds?: boolean;
}

export function buildSeedGraph(files: RawSeedFile[], problems: SeedProblem[], options: BuildOptions = {}): SeedGraph {
  const documents: SourceDocumentNode[] = [];
  const entities = new Map<string, EntityNode>();
  const mentions: { id: string; citations: Citation[]; at: SeedProblem }[] = [];
  const pendingRelations: { entry: z.infer<typeof relationEntry>; document: string; at: SeedProblem; groups: Record<string, string[]> }[] = [];
  const allGroups: Record<string, string[]> = {};

  for (const f of files) {
    const header = seedFile.safeParse(f.value);
    if (!header.success) {
      problems.push(...zodProblems(header.error, f.file, "file", undefined));
      continue;
    }
    const doc = header.data.document;
    if (documents.some((d) => d.id === doc.file)) {
      problems.push({ file: f.file, entry: "document", field: "file", message: `document '${doc.file}' already has a seed file` });
    }
    documents.push({ id: doc.file, title: doc.title, kind: doc.kind, date: doc.date, year: doc.year, description: doc.description, url: doc.url, urlFoundBy: doc.urlFoundBy, urlFoundOn: doc.urlFoundOn, urlMissing: doc.urlMissing, publisher: doc.publisher, publishedOn: doc.publishedOn, seedFile: f.file });
    for (const [name, ids] of Object.entries(header.data.groups ?? {})) {
      if (allGroups[name]) problems.push({ file: f.file, entry: "groups", field: name, message: `group '${name}' is defined twice` });
      allGroups[name] = ids;
    }

    f.entities.forEach((raw, i) => {
      const value = raw.value as Record<string, unknown>;
      const label = `entities[${i}]${typeof value?.id === "string" ? ` (${value.id})` : ""}`;
      const at: SeedProblem = { file: f.file, line: raw.line, entry: label, message: "" };
      const problem = (field: string, message: string) =>
        problems.push({ ...at, line: raw.fieldLines[field] ?? raw.line, field, message });
      if (value && typeof value === "object" && !("type" in value)) {
        const m = mentionEntry.safeParse(value);
        if (!m.success) return problems.push(...zodProblems(m.error, f.file, label, raw));
        checkInference(m.data, problem);
        mentions.push({ id: m.data.id, citations: citationsOf(m.data.cite, doc.file), at });
        return;
      }
      if (value && typeof value.type === "string" && !(value.type in entityTypeSchemas)) {
        return problem("type", `unknown type '${value.type}'; expected one of ${Object.keys(entityTypeSchemas).join(", ")}`);
      }
      const parsed = entityEntry.safeParse(value);
      if (!parsed.success) return problems.push(...zodProblems(parsed.error, f.file, label, raw));
      const e = parsed.data;
      checkInference(e, problem);
      const properties: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(e)) if (!PROVENANCE_KEYS.has(k) && v !== undefined) properties[k] = v;
      const aliases = aliasesOf(e.aliases, doc.file);
      Object.assign(properties, aliases.properties);
      const citations = citationsOf(e.cite, doc.file);
      // An inferred alias's quotes are verified like any other citation of the entity.
      for (const a of aliases.facts) addCitations(citations, a.citations);
      // So are the quotes of each part of a signing rule; the parts keep their own.
      if (e.type === "GoverningDocument" && e.signing) {
        const parts = signingFactsOf(e.signing, doc.file, problem);
        properties.signing = parts;
        for (const p of parts) addCitations(citations, p.citations);
      }
      const existing = entities.get(e.id);
      if (!existing) {
        entities.set(e.id, { id: e.id, type: e.type as EntityType, properties, aliasFacts: aliases.facts, citations, inferred: e.inferred ?? false, because: e.because, definedAt: `${f.file}:${raw.line}` });
        return;
      }
      if (existing.type !== e.type) {
        return problem("type", `'${e.id}' is a ${existing.type} at ${existing.definedAt}, not a ${e.type}`);
      }
      for (const [k, v] of Object.entries(properties)) {
        if (existing.properties[k] === undefined) existing.properties[k] = v;
        else if (!isDeepStrictEqual(existing.properties[k], v)) {
          problem(k, `'${e.id}' has ${k}=${JSON.stringify(existing.properties[k])} at ${existing.definedAt}, here ${JSON.stringify(v)}`);
        }
      }
      addCitations(existing.citations, citations);
      // A fact stated by any document is stated, even if another file only inferred it.
      if (!(e.inferred ?? false)) {
        existing.inferred = false;
        existing.because = undefined;
      }
    });

    f.relations.forEach((raw, i) => {
      const value = raw.value as Record<string, unknown>;
      const label = `relations[${i}]${typeof value?.type === "string" ? ` (${value.type})` : ""}`;
      const parsed = relationEntry.safeParse(value);
      if (!parsed.success) return problems.push(...zodProblems(parsed.error, f.file, label, raw));
      const at: SeedProblem = { file: f.file, line: raw.line, entry: label, message: "" };
      checkInference(parsed.data, (field, message) => problems.push({ ...at, line: raw.fieldLines[field] ?? raw.line, field, message }));
      pendingRelations.push({ entry: parsed.data, document: doc.file, at, groups: allGroups });
    });
  }

  for (const m of mentions) {
    const target = entities.get(m.id);
    if (!target) {
      if (!options.allowUndefinedIds) problems.push({ ...m.at, field: "id", message: `'${m.id}' is cited but defined in no seed file (add 'type' and its fields somewhere)` });
    } else addCitations(target.citations, m.citations);
  }

  const relations = new Map<string, RelationEdge>();
  for (const { entry, document, at } of pendingRelations) {
    const rule = relationRules[entry.type as RelationType];
    const expand = (side: "from" | "to"): string[] | undefined => {
      const v = entry[side];
      if (typeof v === "string" && v.startsWith("@")) {
        const ids = allGroups[v.slice(1)];
        if (!ids) problems.push({ ...at, field: side, message: `no group named '${v.slice(1)}'` });
        return ids;
      }
      return Array.isArray(v) ? v : [v];
    };
    const froms = expand("from");
    const tos = expand("to");
    if (!froms || !tos) continue;
    for (const [side, ids, allowed] of [["from", froms, rule.from], ["to", tos, rule.to]] as const) {
      for (const id of ids) {
        const node = entities.get(id);
        if (!node) {
          if (!options.allowUndefinedIds) problems.push({ ...at, field: side, message: `'${id}' is not defined in any seed file` });
        }
        else if (allowed !== "any" && !(allowed as readonly string[]).includes(node.type)) {
          problems.push({ ...at, field: side, message: `${entry.type} cannot ${side === "from" ? "start at" : "end at"} a ${node.type} ('${id}'); allowed: ${allowed.join(", ")}` });
        }
      }
    }
    if ("sameType" in rule && rule.sameType) {
      for (const from of froms) for (const to of tos) {
        const a = entities.get(from)?.type;
        const b = entities.get(to)?.type;
        if (a && b && a !== b) problems.push({ ...at, field: "to", message: `${entry.type} connects two entities of the same type, not a ${a} and a ${b}` });
      }
    }
    const properties: Record<string, unknown> = {};
    if (entry.note) properties.note = entry.note;
    if (entry.status) {
      if (entry.type !== "PARTY_TO") problems.push({ ...at, field: "status", message: `only PARTY_TO has a status` });
      properties.status = entry.status;
    }
    for (const from of froms) {
      for (const to of tos) {
        if (from === to) problems.push({ ...at, message: `${entry.type} from '${from}' to itself` });
        const key = `${entry.type}|${from}|${to}`;
        const citations = citationsOf(entry.cite, document);
        const existing = relations.get(key);
        if (!existing) {
          const group = [entry.from, entry.to].find((v): v is string => typeof v === "string" && v.startsWith("@"));
          relations.set(key, { type: entry.type as RelationType, from, to, properties: { ...properties }, citations, inferred: entry.inferred ?? false, because: entry.because, definedAt: `${at.file}:${at.line}`, ...(group ? { expandedFrom: group } : {}) });
          continue;
        }
        for (const [k, v] of Object.entries(properties)) {
          if (existing.properties[k] === undefined) existing.properties[k] = v;
          else if (existing.properties[k] !== v) problems.push({ ...at, field: k, message: `${key} has ${k}=${JSON.stringify(existing.properties[k])} at ${existing.definedAt}` });
        }
        addCitations(existing.citations, citations);
        if (!(entry.inferred ?? false)) {
          existing.inferred = false;
          existing.because = undefined;
        }
      }
    }
  }

  return { documents, entities: [...entities.values()], relations: [...relations.values()] };
}
