/** The validated, merged content of all seed files: what the loader writes to Neo4j. */
import type { EntityType } from "../model/entities.js";
import type { RelationType } from "../model/relations.js";
import type { SourceFile } from "../sources/source-file.js";

export interface Citation {
  document: string;
  quote: string;
}

export interface Provenance {
  citations: Citation[];
  inferred: boolean;
  because?: string;
}

export interface SourceDocumentNode {
  id: string;
  title: string;
  kind: string;
  date?: string;
  year?: number;
  description: string;
  url?: string;
  urlFoundBy?: string;
  urlFoundOn?: string;
  urlMissing?: string;
  publisher?: string;
  publishedOn?: string;
  seedFile: string;
  /** The document as a file (text, size, checksum, where each quote stands), when the source documents were at hand. */
  file?: SourceFile;
}

/** One alias of an entity: inferred ones say why and cite what they rest on. */
export interface AliasFact {
  name: string;
  inferred: boolean;
  because?: string;
  citations: Citation[];
}

export interface EntityNode extends Provenance {
  id: string;
  type: EntityType;
  /** The entity's aliases with their provenance (their names are also in properties.aliases). */
  aliasFacts?: AliasFact[];
  /** Type-specific properties (name, kind, dates, ...), as validated. */
  properties: Record<string, unknown>;
  /** Where it was defined, for error messages. */
  definedAt: string;
}

export interface RelationEdge extends Provenance {
  type: RelationType;
  from: string;
  to: string;
  properties: Record<string, unknown>;
  definedAt: string;
  /** The group (`@municipalities`) a list end came from: one statement made into an edge per member. */
  expandedFrom?: string;
}

export interface SeedGraph {
  documents: SourceDocumentNode[];
  entities: EntityNode[];
  relations: RelationEdge[];
}
