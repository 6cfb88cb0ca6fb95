/**
 * Resolution of names against the graph. Never merges on a guess: an exact match of a name or
 * alias is "known"; a likely match that no document states (same first name and an overlapping
 * surname, e.g. a changed or double surname) is "ambiguous" with its candidates, and the person
 * stays a new entity; two people who share only a surname stay two people.
 */
import type { EntityType } from "../../model/entities.js";
import type { EntityNode } from "../../seed/seed-graph.js";
import { QUALIFIER_BEFORE_RE } from "../parse/meeting-head.js";
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
  /** Each name as its words (folded), matched as whole words of a line. */
  names: string[][];
}

const matchers = new WeakMap<GraphIndex, { documents: NameMatcher[]; bodies: NameMatcher[] }>();

/** Folded words of a text: "Hälso- och sjukvårdsavtalet" → ["halso", "och", "sjukvardsavtalet"]. */
export function wordsOf(text: string): string[] {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Swedish endings a name's last word may carry in running text: "avtalet", "Göteborgsregionens". */
const INFLECTION = /^(?:s|et|ets|en|ens|n|ns|t|ts|na|nas|arna|erna|orna|ar|er|or)$/;

/** Where a name's words occur in a line: whole words (the last one may be inflected), or only inside a longer word. */
function occurrence(line: string[], name: string[], areaIsPlace = false): "whole" | "partial" | undefined {
  if (!name.length) return undefined;
  for (let i = 0; i + name.length <= line.length; i++) {
    let ok = true;
    for (let k = 0; k < name.length && ok; k++) {
      const w = line[i + k]!;
      const n = name[k]!;
      ok = w === n || (k === name.length - 1 && w.startsWith(n) && INFLECTION.test(w.slice(n.length)));
    }
    // "Göteborgsregionens kommunalförbundsområde", "Boråsregionen Sjuhärads kommunalförbundsområde", "Skaraborgs län": an area.
    const next = line[i + name.length] ?? "";
    if (ok && areaIsPlace && (/omrade/.test(next) || /^lans?$/.test(next) || (/s$/.test(next) && /omrade/.test(line[i + name.length + 1] ?? "")))) ok = false;
    if (ok) return "whole";
  }
  return line.join("").includes(name.join("")) ? "partial" : undefined;
}

/** Built once per index: every line of a document is matched against them. */
function matchersOf(index: GraphIndex) {
  let m = matchers.get(index);
  if (!m) {
    // A municipality is also written "Borås stad" / "Göteborgs stad".
    const variants = (e: EntityNode) => (e.properties.kind === "MUNICIPALITY" ? namesOf(e).filter((n) => !/\s/.test(n)).flatMap((n) => [`${n} stad`, `${n}s stad`]) : []);
    const build = (types: EntityType[], keep: (e: EntityNode, name: string) => boolean): NameMatcher[] =>
      types.flatMap((t) => index.ofType(t)).map((entity) => ({ entity, names: [...namesOf(entity), ...variants(entity)].filter((n) => keep(entity, n)).map(wordsOf).filter((w) => w.length) }));
    m = {
      // At least 8 letters, so that short words do not match by accident.
      documents: build(["GoverningDocument", "Fund"], (_, n) => nameKey(n).length >= 8),
      bodies: build(["Organisation", "Forum"], (e, n) => bodyName(e, n)),
    };
    matchers.set(index, m);
  }
  return m;
}

/**
 * Which names of an organisation or forum count in running text. A place is not an
 * organisation: a municipality counts only as "X kommun" / "X stad", a kommunalförbund not by its
 * bare area name ("i Skaraborg", "Vårdsamverkan Skaraborg"); short names (VVG, SKR) count as words.
 */
function bodyName(e: EntityNode, n: string): boolean {
  const kind = e.properties.kind;
  const oneWord = !/\s/.test(n.trim());
  if ((kind === "MUNICIPALITY" || kind === "MUNICIPAL_ASSOCIATION") && oneWord && !/^[A-ZÅÄÖ]{2,5}$/.test(n) && !/regionen$|förbund/i.test(n)) return false;
  if (kind === "MUNICIPALITY") return /kommun|stad/i.test(n);
  return nameKey(n).length >= 10 || (n.length >= 2 && /^[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,7}$/.test(n)) || /^[A-ZÅÄÖ]{2,5}$/.test(n);
}

/** A qualifier right before a name makes it another body: "det delregionala politiska samrådsorganet" is not SRO. */
function qualified(line: string, name: string[]): boolean {
  const folded = line.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const at = folded.search(new RegExp(`\\b${name[0]}`));
  if (at < 0) return false;
  const before = line.slice(Math.max(0, at - 40), at);
  return QUALIFIER_BEFORE_RE.test(before);
}

/**
 * Governing documents and funds named in a line: a whole name (name, short name or alias) at
 * word boundaries, the last word possibly inflected ("avtalet"). A name found only inside a
 * longer word ("rapport om primärvårdsuppdraget" in "Lägesrapport om primärvårdsuppdraget") is
 * returned as partial: the caller asks, it does not link.
 */
export function documentsNamedIn(index: GraphIndex, line: string): { whole: EntityNode[]; partial: EntityNode[] } {
  const words = wordsOf(line);
  const whole: { e: EntityNode; name: string }[] = [];
  const partial: EntityNode[] = [];
  for (const m of matchersOf(index).documents) {
    const found = m.names.map((n) => ({ n, o: occurrence(words, n) }));
    const best = found.filter((f) => f.o === "whole").sort((a, b) => b.n.length - a.n.length)[0];
    if (best) whole.push({ e: m.entity, name: ` ${best.n.join(" ")} ` });
    else if (found.some((f) => f.o === "partial")) partial.push(m.entity);
  }
  // A longer name contains a shorter one ("Hälso- och sjukvårdsavtalet" in "... avtalet med underavtal"): keep the longest matches only.
  const kept = whole.filter((h) => !whole.some((o) => o !== h && o.name.length > h.name.length && o.name.includes(h.name)));
  return { whole: kept.map((h) => h.e), partial };
}

export function namedDocumentsIn(index: GraphIndex, line: string): EntityNode[] {
  return documentsNamedIn(index, line).whole;
}

/** Organisations and forums named in a line, as whole words, not qualified ("delregionala ...") and not as a place. */
export function namedBodiesIn(index: GraphIndex, line: string): EntityNode[] {
  const words = wordsOf(line);
  const found = matchersOf(index)
    .bodies.filter((m) => m.names.some((n) => occurrence(words, n, true) === "whole" && !(n.length > 1 && qualified(line, n))))
    .map((m) => m.entity);
  return [...new Set([...found, ...municipalitiesListed(index, line)])];
}

/** "Hjo och Tibro kommuner", "kommunerna Mariestad, Töreboda, Gullspång": place names listed as municipalities. */
function municipalitiesListed(index: GraphIndex, line: string): EntityNode[] {
  const lists = [
    ...[...line.matchAll(/((?:\p{Lu}[\p{L}-]+,\s*)*\p{Lu}[\p{L}-]+\s+och\s+\p{Lu}[\p{L}-]+)\s+kommuner\b/gu)].map((m) => m[1]!),
    ...[...line.matchAll(/\bkommunerna\s+((?:\p{Lu}[\p{L}-]+(?:,\s*|\s+och\s+))+\p{Lu}[\p{L}-]+)/gu)].map((m) => m[1]!),
  ];
  return lists.flatMap((l) => l.split(/,\s*|\s+och\s+/)).flatMap((name) => index.find(name.trim(), ["Organisation"]).filter((e) => e.properties.kind === "MUNICIPALITY"));
}

/**
 * The same kind and the same distinctive first word of the subject: "Ramavtal om läkarinsatser i
 * kommunal hemsjukvård" and "Ramavtal om läkarinsatser inom kommunernas hälso- och sjukvård".
 */
function sameSubject(a: string, b: string, kindWord: string): boolean {
  const subject = (t: string) => new RegExp(`^${kindWord}\\s+(?:om|kring|för)\\s+(\\S+)`, "i").exec(t.trim())?.[1];
  const [x, y] = [subject(a), subject(b)];
  return !!x && !!y && nameKey(x) === nameKey(y) && x.length >= 8 && !/^(samverkan|personer|gemensam)/i.test(x);
}

const words = (text: string) => new Set(text.split(/[\s/,–-]+/).map(nameKey).filter((w) => w.length > 2));

/**
 * An agreement by name: exact (name, short name or alias, with or without its kind word) is
 * known; most of its words shared with one in the graph (Jaccard ≥ 0.7, e.g. "sluten" /
 * "slutna"), or all of a four-word name inside a longer one, is ambiguous, never merged;
 * otherwise new.
 */
export function resolveAgreement(index: GraphIndex, name: string, kindWord: string): Resolution {
  const exact = [...index.find(name, ["GoverningDocument"]), ...index.find(`${kindWord} ${name}`, ["GoverningDocument"])];
  if (exact.length) return { status: "known", id: exact[0]!.id, node: exact[0] };
  const mine = words(name.replace(new RegExp(`^${kindWord}\\s+`, "i"), ""));
  const kind = { Överenskommelse: "OVERENSKOMMELSE", Riktlinje: "RIKTLINJE", Ramavtal: "RAMAVTAL", Samverkansavtal: "SAMVERKANSAVTAL" }[kindWord];
  // Only documents of the same kind: a riktlinje is not an överenskommelse of the same subject.
  const likely = index.ofType("GoverningDocument").filter((d) => !kind || d.properties.kind === kind).filter((d) =>
    namesOf(d).some((n) => {
      const theirs = words(n.replace(new RegExp(`^${kindWord}\\s+`, "i"), ""));
      const shared = [...mine].filter((w) => theirs.has(w)).length;
      // Most words shared, or every word of a name of four words or more inside a longer name ("... personer med missbruk" in "... missbruk av alkohol, droger och spel om pengar").
      return shared / (mine.size + theirs.size - shared) >= 0.7 || (Math.min(mine.size, theirs.size) >= 4 && shared === Math.min(mine.size, theirs.size)) || sameSubject(name, n, kindWord);
    }),
  );
  let id = `doc:${slugOf(name)}`;
  if (index.byId.has(id)) id = `${id}-2`;
  if (likely.length) {
    return { status: "ambiguous", id, candidates: likely, because: `namnet liknar ${likely.map((d) => `${d.properties.name} (${d.id})`).join(", ")} men är inte detsamma; inget dokument säger att det är samma avtal` };
  }
  return { status: "new", id };
}
