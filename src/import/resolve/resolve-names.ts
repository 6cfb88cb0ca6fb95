/**
 * Resolution of names against the graph. Never merges on a guess: an exact match of a name or
 * alias is "known"; a likely match that no document states (same first name and an overlapping
 * surname, e.g. a changed or double surname) is "ambiguous" with its candidates, and the person
 * stays a new entity; two people who share only a surname stay two people.
 */
import type { EntityType } from "../../model/entities.js";
import type { EntityNode } from "../../seed/seed-graph.js";
import { nameKey, namesOf, slugOf, type GraphIndex } from "./graph-index.js";

export interface Resolution {
  status: "new" | "known" | "ambiguous";
  id: string;
  node?: EntityNode;
  candidates?: EntityNode[];
  because?: string;
}

const ORG_TYPES: EntityType[] = ["Organisation", "Forum"];

export function resolvePerson(index: GraphIndex, name: string): Resolution {
  const exact = index.find(name, ["Person"]);
  if (exact.length === 1) return { status: "known", id: exact[0]!.id, node: exact[0] };
  const id = `person:${slugOf(name)}`;
  if (exact.length > 1) return { status: "ambiguous", id, candidates: exact, because: "flera personer i grafen har detta namn" };
  const words = name.split(/\s+/).map(nameKey);
  const likely = index.ofType("Person").filter((p) =>
    namesOf(p).some((n) => {
      const other = n.split(/\s+/).map(nameKey);
      if (other[0] !== words[0] || other.length === words.length) return false;
      const [shorter, longer] = other.length < words.length ? [other, words] : [words, other];
      return shorter.slice(1).every((w) => longer.slice(1).includes(w));
    }),
  );
  if (likely.length) {
    return {
      status: "ambiguous",
      id: byIdTaken(index, id) ? `${id}-2` : id,
      candidates: likely,
      because: `samma förnamn och ett gemensamt efternamn som ${likely.map((p) => `${p.properties.name} (${p.id})`).join(", ")}; inget dokument säger att det är samma person (t.ex. bytt eller dubbelt efternamn)`,
    };
  }
  return { status: "new", id: byIdTaken(index, id) ? `${id}-2` : id };
}

function byIdTaken(index: GraphIndex, id: string) {
  return index.byId.has(id);
}

/** "strategiska Hälso- och sjukvårdsnämnden (SSN)" tries the whole text, the text without the parentheses, and what is inside them. */
export function resolveOrganisation(index: GraphIndex, text: string): EntityNode | undefined {
  const variants = [text, text.replace(/\s*\([^)]*\)/g, ""), ...[...text.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!), text.replace(/^(strategiska|regionens|kommunens)\s+/i, ""), text.replace(/s [Kk]ommunalförbund$/, ""), text.replace(/s [Kk]ommunalförbund$/, "sregionen")];
  for (const v of variants) {
    const found = index.find(v.trim(), ORG_TYPES);
    if (found.length === 1) return found[0];
  }
  // "Boråsregionen/Sjuhärads kommunalförbund": either half.
  for (const part of text.split("/")) {
    const found = index.find(part.trim(), ORG_TYPES);
    if (found.length === 1) return found[0];
  }
  return undefined;
}

export function resolveForum(index: GraphIndex, text: string): EntityNode | undefined {
  const found = index.find(text, ["Forum"]);
  return found.length === 1 ? found[0] : undefined;
}

interface NameMatcher {
  entity: EntityNode;
  /** Keys of the entity's longer names, matched as part of the line's key. */
  keys: string[];
  /** Short names (VVG, SKR), matched as whole words of the line. */
  words: RegExp[];
}

const matchers = new WeakMap<GraphIndex, { documents: NameMatcher[]; bodies: NameMatcher[] }>();

/** Built once per index: every line of a document is matched against them. */
function matchersOf(index: GraphIndex) {
  let m = matchers.get(index);
  if (!m) {
    const build = (types: EntityType[], minKey: number, shortWords: boolean): NameMatcher[] =>
      types.flatMap((t) => index.ofType(t)).map((entity) => ({
        entity,
        keys: namesOf(entity).map(nameKey).filter((k) => k.length >= minKey),
        words: shortWords
          ? namesOf(entity).filter((n) => nameKey(n).length < minKey && n.length >= 3 && /^[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,7}$/.test(n)).map((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, "u"))
          : [],
      }));
    m = { documents: build(["GoverningDocument", "Fund"], 8, false), bodies: build(["Organisation", "Forum"], 10, true) };
    matchers.set(index, m);
  }
  return m;
}

/**
 * Governing documents and funds named in a line: their names, short names and aliases, as
 * part of the line (compared without case and diacritics; at least 8 letters, so that short
 * words do not match by accident).
 */
export function namedDocumentsIn(index: GraphIndex, line: string): EntityNode[] {
  const key = nameKey(line);
  const hits = matchersOf(index).documents.filter((m) => m.keys.some((k) => key.includes(k)));
  // A longer name contains a shorter one ("Hälso- och sjukvårdsavtalet" in "... avtalet med underavtal"): keep the longest matches only.
  return hits
    .filter((h) => !hits.some((o) => o !== h && o.keys.some((k) => h.keys.some((j) => k.length > j.length && k.includes(j) && key.includes(k)))))
    .map((h) => h.entity);
}

/** Organisations and forums named in a line: long names as part of the line, short names (VVG, SKR) as whole words. */
export function namedBodiesIn(index: GraphIndex, line: string): EntityNode[] {
  const key = nameKey(line);
  return matchersOf(index)
    .bodies.filter((m) => m.keys.some((k) => key.includes(k)) || m.words.some((w) => w.test(line)))
    .map((m) => m.entity);
}

const words = (text: string) => new Set(text.split(/[\s/,–-]+/).map(nameKey).filter((w) => w.length > 2));

/**
 * An agreement by name: exact (name, short name or alias, with or without its kind word) is
 * known; most of its words shared with one in the graph (Jaccard ≥ 0.7, e.g. "sluten" /
 * "slutna") is ambiguous, never merged; otherwise new.
 */
export function resolveAgreement(index: GraphIndex, name: string, kindWord: string): Resolution {
  const exact = [...index.find(name, ["GoverningDocument"]), ...index.find(`${kindWord} ${name}`, ["GoverningDocument"])];
  if (exact.length) return { status: "known", id: exact[0]!.id, node: exact[0] };
  const mine = words(name.replace(new RegExp(`^${kindWord}\\s+`, "i"), ""));
  const likely = index.ofType("GoverningDocument").filter((d) =>
    namesOf(d).some((n) => {
      const theirs = words(n.replace(new RegExp(`^${kindWord}\\s+`, "i"), ""));
      const shared = [...mine].filter((w) => theirs.has(w)).length;
      return shared / (mine.size + theirs.size - shared) >= 0.7;
    }),
  );
  let id = `doc:${slugOf(name)}`;
  if (index.byId.has(id)) id = `${id}-2`;
  if (likely.length) {
    return { status: "ambiguous", id, candidates: likely, because: `namnet liknar ${likely.map((d) => `${d.properties.name} (${d.id})`).join(", ")} men är inte detsamma; inget dokument säger att det är samma avtal` };
  }
  return { status: "new", id };
}
