/** The validated, merged content of all seed files: what the loader writes to Neo4j. */
import type { EntityType } from "../model/entities.js";
import type { RelationType } from "../model/relations.js";

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
  publisher?: string;
  publishedOn?: string;
  seedFile: string;
}

export interface EntityNode extends Provenance {
  id: string;
  type: EntityType;
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
}

export interface SeedGraph {
  documents: SourceDocumentNode[];
  entities: EntityNode[];
  relations: RelationEdge[];
}
