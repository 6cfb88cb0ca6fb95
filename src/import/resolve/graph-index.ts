/**
 * The curated seed graph, indexed by every name an entity goes by (name, short name, aliases,
 * former names), compared without case, diacritics or punctuation: "Västkom" = "VästKom",
 * "VGK" is an alias. Built in memory from `seeds/` with the seed pipeline's own reader (see
 * docs/importer.md for why not the database).
 */
import type { EntityType } from "../../model/entities.js";
import { buildSeedGraph } from "../../seed/build-seed-graph.js";
import { SeedValidationError, type SeedProblem } from "../../seed/problems.js";
import { listSeedFiles, readSeedFile, type RawSeedFile } from "../../seed/read-seed-files.js";
import type { EntityNode, SeedGraph } from "../../seed/seed-graph.js";

/** "Västra Götalandsregionen" → "vastragotalandsregionen". */
export function nameKey(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Lower-case ASCII slug for ids: å→a, ä→a, ö→o, words joined by "-". */
export function slugOf(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
}

export interface GraphIndex {
  graph: SeedGraph;
  byId: Map<string, EntityNode>;
  byKey: Map<string, EntityNode[]>;
  ofType(type: EntityType): EntityNode[];
  /** Entities of the given types whose name, short name, alias or former name has this key. */
  find(name: string, types: EntityType[]): EntityNode[];
  /** Relationship `type|from|to` keys present in the graph. */
  relationKeys: Set<string>;
}

export function namesOf(e: EntityNode): string[] {
  const p = e.properties;
  return [p.name, p.shortName, ...((p.aliases as string[] | undefined) ?? []), ...((p.formerNames as string[] | undefined) ?? [])].filter((n): n is string => typeof n === "string" && n.length > 0);
}

export function indexGraph(graph: SeedGraph): GraphIndex {
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const byKey = new Map<string, EntityNode[]>();
  for (const e of graph.entities) {
    for (const n of namesOf(e)) {
      const k = nameKey(n);
      if (!k) continue;
      const list = byKey.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      byKey.set(k, list);
    }
  }
  const byType = new Map<string, EntityNode[]>();
  for (const e of graph.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  return {
    graph,
    byId,
    byKey,
    ofType: (type) => byType.get(type) ?? [],
    find: (name, types) => (byKey.get(nameKey(name)) ?? []).filter((e) => types.includes(e.type)),
    relationKeys: new Set(graph.relations.map((r) => `${r.type}|${r.from}|${r.to}`)),
  };
}

/**
 * Loads the seed graph without verifying quotes (validation only; fast). `exceptSourceFiles`
 * leaves out the seed files of the documents being re-imported, so that a second import of the
 * same documents proposes the same facts instead of finding its own first drafts.
 */
export function loadGraphIndex(seedDir: string, exceptSourceFiles: string | string[] = []): GraphIndex {
  const except = new Set(typeof exceptSourceFiles === "string" ? [exceptSourceFiles] : exceptSourceFiles);
  const problems: SeedProblem[] = [];
  const files = listSeedFiles(seedDir)
    .map((path) => readSeedFile(path, seedDir, problems))
    .filter((f): f is RawSeedFile => f !== undefined)
    .filter((f) => !except.has(String((f.value.document as { file?: string } | undefined)?.file)));
  const graph = buildSeedGraph(files, problems, { allowUndefinedIds: true });
  if (problems.length > 0) throw new SeedValidationError(problems);
  return indexGraph(graph);
}
