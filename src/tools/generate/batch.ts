/**
 * What the generator emits, batch by batch (nodes, relationships, source documents), and the
 * building blocks that emit them: a fact with its generated provenance (quotes from a generated
 * source document, inferred as often as in the seed graph), fan-outs and name lengths drawn from
 * the seed graph's measured profile.
 */
import type { EntityType } from "../../model/entities.js";
import type { RelationType } from "../../model/relations.js";
import { searchTextOf } from "../../seed/search-text.js";
import type { Random } from "./prng.js";
import { fanOutKey, type SeedProfile } from "./profile.js";
import { drawFrom, TextPool } from "./text.js";

export const GENERATED_ORIGIN = "generated";

export interface GeneratedNode {
  id: string;
  label: EntityType;
  props: Record<string, unknown>;
}

export interface GeneratedRelation {
  type: RelationType;
  from: string;
  to: string;
  fromType: EntityType;
  toType: EntityType;
  props: Record<string, unknown>;
}

export interface GeneratedSourceDocument {
  id: string;
  title: string;
  kind: "MEETING_NOTES" | "YEAR_REVIEW" | "REGISTER" | "PUBLISHED_PAGE";
  date?: string;
  year: number;
  description: string;
}

export interface GeneratedBatch {
  nodes: GeneratedNode[];
  relations: GeneratedRelation[];
  documents: GeneratedSourceDocument[];
}

export interface GenerateOptions {
  /** Target number of generated nodes (entities and source documents), besides the seed graph. */
  nodes: number;
  seed: number;
  /** Nodes per batch (a batch is one write transaction). */
  batchNodes?: number;
}

export abstract class BatchEmitter {
  protected batch: GeneratedBatch = { nodes: [], relations: [], documents: [] };
  protected emitted = 0;
  private readonly typeOf = new Map<string, EntityType>();

  constructor(
    protected readonly profile: SeedProfile,
    protected readonly text: TextPool,
  ) {}

  /** Nodes generated so far (entities and source documents). */
  get nodeCount(): number {
    return this.emitted;
  }

  /** The batch so far, and a new empty one in its place. */
  protected flush(): GeneratedBatch {
    const out = this.batch;
    this.batch = { nodes: [], relations: [], documents: [] };
    return out;
  }


  protected provenance(random: Random, document: string, context: string): Record<string, unknown> {
    const count = Math.min(3, drawFrom(random, this.profile.citationsPerFact, 1));
    const quotes: string[] = [];
    for (let i = 0; i < count; i++) quotes.push(this.text.passage(random, drawFrom(random, this.profile.quoteLengths, 60)));
    const inferred = random.chance(this.profile.inferredShare);
    return {
      inferred,
      ...(inferred ? { because: `Följer av ${context}: ${quotes[0]}` } : {}),
      sourceDocuments: quotes.map(() => document),
      sourceQuotes: quotes,
      origin: GENERATED_ORIGIN,
    };
  }

  protected node(random: Random, label: EntityType, id: string, props: Record<string, unknown>, document: string): string {
    const all = { ...props, ...this.provenance(random, document, "källdokumentet") };
    if (all.aliases === undefined && random.chance(this.profile.aliasShare[label] ?? 0)) all.aliases = [`${String(props.name).split(" ")[0]} ${random.pick(["(förk.)", "m.fl.", "tidigare namn"])}`];
    all.searchText = searchTextOf(all);
    this.batch.nodes.push({ id, label, props: { id, ...all } });
    this.typeOf.set(id, label);
    this.emitted++;
    return id;
  }

  protected rel(random: Random, type: RelationType, from: string, to: string, document: string, extra: Record<string, unknown> = {}): void {
    this.batch.relations.push({
      type,
      from,
      to,
      fromType: this.typeOf.get(from)!,
      toType: this.typeOf.get(to)!,
      props: { ...extra, ...this.provenance(random, document, "sammanhanget") },
    });
  }

  protected document(doc: GeneratedSourceDocument): string {
    this.batch.documents.push(doc);
    this.emitted++;
    return doc.id;
  }

  protected fan(random: Random, fromType: string, relation: string, fallback: number, cap: number): number {
    return Math.min(cap, drawFrom(random, this.profile.fanOut[fanOutKey(fromType, relation)] ?? [], fallback));
  }

  protected name(random: Random, type: EntityType, base: string): string {
    return this.text.lengthen(random, base, drawFrom(random, this.profile.nameLengths[type] ?? [], base.length));
  }
}
