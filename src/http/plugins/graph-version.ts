/**
 * The graph's version, for HTTP validators (ETag, Last-Modified). The seed writer and the
 * importer keep it on one node (the contract with the change feed):
 *   MATCH (m:GraphMeta {id: "graph"}) RETURN m.version AS version, m.modifiedAt AS modifiedAt
 * `version` changes whenever any fact changes; `modifiedAt` is when that happened.
 * Read at most once per `ttlMs` (concurrent requests share one read), so a conditional GET costs
 * no database round trip while the graph stays the same; a change is seen within `ttlMs`.
 */
import type { Driver } from "neo4j-driver";

export interface GraphVersion {
  version: string;
  modifiedAt: Date;
}

export interface GraphVersionSource {
  /** The current version, or null when the database has no GraphMeta node (or no version on it). */
  current(): Promise<GraphVersion | null>;
}

export const GRAPH_VERSION_QUERY = 'MATCH (m:GraphMeta {id: "graph"}) RETURN m.version AS version, m.modifiedAt AS modifiedAt LIMIT 1';

/** A Neo4j DateTime, a JS Date or an ISO string, as a Date; null when it is none of these. */
function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date;
}

export function graphVersionSource(driver: Driver, database: string, ttlMs = 1_000): GraphVersionSource {
  let cached: { value: GraphVersion | null; readAt: number } | undefined;
  let inFlight: Promise<GraphVersion | null> | undefined;

  async function read(): Promise<GraphVersion | null> {
    const result = await driver.executeQuery(GRAPH_VERSION_QUERY, {}, { database, routing: "READ" });
    const record = result.records[0];
    if (!record) return null;
    const version = record.get("version");
    if (version === null || version === undefined || String(version) === "") return null;
    // Without a time the version still identifies the graph; Last-Modified is then the epoch,
    // which only ever makes If-Modified-Since answer 200 (never a wrong 304).
    return { version: String(version), modifiedAt: toDate(record.get("modifiedAt")) ?? new Date(0) };
  }

  return {
    async current() {
      if (cached && Date.now() - cached.readAt < ttlMs) return cached.value;
      inFlight ??= read()
        .then((value) => {
          cached = { value, readAt: Date.now() };
          return value;
        })
        .finally(() => {
          inFlight = undefined;
        });
      return inFlight;
    },
  };
}
