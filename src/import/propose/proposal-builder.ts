/**
 * The proposal under construction: entities and relations keyed by id, each quote checked
 * against the normalised text (so the seed file written from it passes the seed check), and a
 * status against the graph: known ids become mentions; fields that differ from the graph make
 * an entity conflicting; fields the graph lacks, or gives less precisely, make it refines.
 */
import { isDeepStrictEqual } from "node:util";
import { normaliseWhitespace } from "../../seed/source-texts.js";
import type { Unread } from "../parse/parsed-document.js";
import { nameKey, type GraphIndex } from "../resolve/graph-index.js";
import type { Proposal, ProposedEntity, ProposedRelation } from "./proposal-schema.js";

type EntityInput = Omit<ProposedEntity, "status" | "quotes" | "inferred"> & { quotes: (string | undefined)[]; status?: ProposedEntity["status"]; inferred?: boolean };

/** Fields a document may add to a known entity without contradicting it. */
const REFINABLE = new Set(["date", "startTime", "endTime", "location", "format", "validFrom", "validFromPrecision", "validTo", "validToPrecision", "extendedUntil", "extendedUntilPrecision", "version", "party", "amountSek", "periodStart", "periodStartPrecision", "periodEnd", "periodEndPrecision"]);
/** Fields that only describe how the document names or orders things, never a conflict. */
const NOT_COMPARED = new Set(["name", "description", "order", "label", "kind", "status", "month", "format"]);

/** A graph entity's own fields, without the long texts and provenance lists. */
export function graphFields(p: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(p).filter(([k, v]) => typeof v !== "object" && !["description", "mandate", "partiesNote", "validityText", "renewalTerms", "noticeTerms", "purpose"].includes(k)));
}

export class ProposalBuilder {
  readonly entities = new Map<string, ProposedEntity>();
  readonly relations = new Map<string, ProposedRelation>();
  readonly warnings: string[] = [];
  readonly questions: Proposal["questions"] = [];
  private readonly folded: string;

  constructor(
    readonly index: GraphIndex,
    readonly text: string,
    readonly unresolved: Unread[],
  ) {
    this.folded = normaliseWhitespace(text);
  }

  verified(quotes: (string | undefined)[]): string[] {
    return [...new Set(quotes.filter((q): q is string => !!q && q.trim().length >= 3).map((q) => q.trim()))].filter((q) => {
      const ok = this.folded.includes(normaliseWhitespace(q));
      if (!ok) this.warnings.push(`citatet hittades inte ordagrant och utelämnas: "${q.slice(0, 60)}"`);
      return ok;
    });
  }

  /** Adds (or adds quotes to) an entity; a known id becomes a mention, and its fields are compared with the graph. */
  entity(e: EntityInput): ProposedEntity | undefined {
    const quotes = this.verified(e.quotes);
    if (!quotes.length) return undefined;
    const existing = this.entities.get(e.id);
    if (existing) {
      existing.quotes = [...new Set([...existing.quotes, ...quotes])];
      return existing;
    }
    const node = this.index.byId.get(e.id);
    let status = e.status ?? (node ? "known" : "new");
    const conflicts: NonNullable<ProposedEntity["conflicts"]> = [];
    const refines: NonNullable<ProposedEntity["refines"]> = [];
    if (node && (status === "known" || status === "refines")) {
      for (const [field, value] of Object.entries(e.fields)) {
        if (value === undefined || NOT_COMPARED.has(field)) continue;
        const graphValue = node.properties[field];
        if (graphValue === undefined) {
          if (REFINABLE.has(field) && !e.refines?.some((r) => r.field === field)) refines.push({ field, graph: null, document: value });
        } else if (!isDeepStrictEqual(graphValue, value)) conflicts.push({ field, graph: graphValue, document: value });
      }
      // An agenda item under an existing id with another title is probably another item: never merged silently.
      if (node.type === "AgendaItem" && nameKey(String(node.properties.name)) !== nameKey(String(e.fields.name))) conflicts.push({ field: "name", graph: node.properties.name, document: e.fields.name });
      if (node.type === "AgendaItem" && e.fields.kind && node.properties.kind !== e.fields.kind) conflicts.push({ field: "kind", graph: node.properties.kind, document: e.fields.kind });
      if (conflicts.length) status = "conflicting";
      else if (refines.length || e.refines?.length) status = "refines";
    }
    const created: ProposedEntity = { ...e, status, quotes, inferred: e.inferred ?? false };
    if (conflicts.length) created.conflicts = conflicts;
    if (status === "refines") created.refines = [...(e.refines ?? []), ...refines];
    else delete created.refines;
    this.entities.set(e.id, created);
    return created;
  }

  relation(type: string, from: string, to: string, quotes: (string | undefined)[], inferred?: { because: string }) {
    if (!this.entities.has(from) || !this.entities.has(to) || from === to) return;
    const q = this.verified(quotes);
    if (!q.length) return;
    const key = `${type}|${from}|${to}`;
    const existing = this.relations.get(key);
    if (existing) {
      existing.quotes = [...new Set([...existing.quotes, ...q])];
      return;
    }
    this.relations.set(key, { type, from, to, status: this.index.relationKeys.has(key) ? "known" : "new", quotes: q, inferred: !!inferred, ...(inferred ? { because: inferred.because } : {}) });
  }

  /** A mention of an entity the graph has: its fields are the graph's (shown to the reviewer, never written). */
  known(id: string, quotes: (string | undefined)[]): ProposedEntity | undefined {
    const node = this.index.byId.get(id);
    if (!node) return undefined;
    return this.entity({ id, type: node.type, fields: graphFields(node.properties), quotes });
  }

  ask(line: number, text: string, candidates: { id: string; properties: Record<string, unknown> }[], because: string) {
    const ids = candidates.map((c) => c.id).join(",");
    if (this.questions.some((q) => (q.line === line || q.text === text) && q.candidates.map((c) => c.id).join(",") === ids)) return;
    this.questions.push({ line, text, candidates: candidates.map((c) => ({ id: c.id, name: String(c.properties.name) })), because });
  }
}
