/**
 * Reads what the subject index is built from, in one read transaction so that the nodes are those
 * of the version read with them: the graph's version, how many nodes the full-text index covers
 * (every Entity: the count store answers without reading them) and, when that is within the cap,
 * the nodes as nodes.cypher projects them, with their references and the documents' dated facts.
 */
import neo4j from "neo4j-driver";
import { readGraphVersionIn } from "../../../changes/graph-version.js";
import { QUESTION_LIMITS } from "../../../config/limits.js";
import { questionCypher } from "../../shared/cypher.js";
import { rowsOf, toNative, toParams, type AnalysisDatabase } from "../../shared/run.js";
import { fillMarkers, noPendingMarkers } from "../../shared/markers.js";
import type { IndexedNode } from "./subject-index.js";

export interface LoadedNodes {
  /** The graph's version the nodes are of; null for a graph that keeps none (then no index is built). */
  version: string | null;
  /** The nodes the full-text index covers. */
  searchable: number;
  /** Null when there are more than the cap, or no version. */
  nodes: IndexedNode[] | null;
}

const COUNT_CYPHER = "MATCH (n:Entity) RETURN count(n) AS searchable";

/** The statement that projects the nodes (planned ahead by warm.ts). */
export const SEARCHABLE_NODES_STATEMENT = (): string => questionCypher("search", {}, "index/nodes.cypher");

export async function loadSearchableNodes(db: Pick<AnalysisDatabase, "driver" | "database">, maxNodes: number): Promise<LoadedNodes> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      async (tx) => {
        const version = (await readGraphVersionIn(tx))?.version ?? null;
        const counted = await tx.run(COUNT_CYPHER);
        const searchable = toNative(counted.records[0]?.get("searchable")) as number;
        if (version === null || searchable > maxNodes) return { version, searchable, nodes: null };
        const result = await tx.run(SEARCHABLE_NODES_STATEMENT());
        const pending = noPendingMarkers();
        const nodes = toNative(result.records[0]!.get("nodes"), pending) as IndexedNode[];
        // The references and dated facts, in the same transaction: of the same version as the nodes.
        await fillMarkers({ queryRunner: tx }, async (cypher, params) => rowsOf(await tx.run(cypher, toParams(params))), pending);
        return { version, searchable, nodes };
      },
      { timeout: QUESTION_LIMITS.queryTimeoutMs, metadata: { app: "samverkansgrafen-analysis", query: "search-index" } },
    );
  } finally {
    await session.close();
  }
}
