/**
 * Runs one analyst query: the driver and database come from the GraphQL context that
 * @neo4j/graphql hands to custom resolvers (executionContext, sessionConfig). Every query returns
 * exactly one row; its values are converted to plain JSON (Neo4j integers to numbers), and the
 * markers it returns for citations, entity references and dated facts are filled (markers.ts).
 */
import neo4j, { type Driver } from "neo4j-driver";
import { QUESTION_LIMITS } from "../../config/limits.js";
import { fillMarkers, noPendingMarkers, openMarker, type PendingMarkers } from "./markers.js";

export interface AnalysisDatabase {
  driver: Driver;
  database: string;
  /** Fires when the request's deadline passes or its client goes away: the query is cancelled. */
  signal?: AbortSignal;
}

/** `fallback`: the driver the schema was built with, which @neo4j/graphql itself uses when a context brings none. */
export function databaseOf(context: unknown, fallback?: Driver): AnalysisDatabase {
  const ctx = (context ?? {}) as { executionContext?: unknown; sessionConfig?: { database?: string }; signal?: AbortSignal };
  const driver = (ctx.executionContext ?? fallback) as Driver | undefined;
  if (!driver || typeof driver.executeQuery !== "function") {
    throw new Error("analysis: the GraphQL context has no Neo4j driver (executionContext)");
  }
  return { driver, database: ctx.sessionConfig?.database ?? "neo4j", signal: ctx.signal };
}

/**
 * Converts driver values to JSON: Integer to number, temporal values to ISO strings. The analyst
 * answers hold thousands of Cypher maps, which the driver hands over as plain objects: they are
 * checked first and copied with a plain loop (this ran at 3 % of the server's CPU on the meeting
 * question with entries/fromEntries and six type checks per object). A marker (markers.ts) becomes
 * an empty list or object, noted in `pending` to be filled once the whole answer is read.
 */
export function toNative(value: unknown, pending?: PendingMarkers): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => toNative(item, pending));
  if (Object.getPrototypeOf(value) === Object.prototype) {
    if (pending) {
      const opened = openMarker(value as Record<string, unknown>, pending);
      if (opened !== undefined) return opened;
    }
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = toNative((value as Record<string, unknown>)[key], pending);
    return copy;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  const v = value as Record<string, unknown>;
  if (neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isTime(v) || neo4j.isLocalTime(v) || neo4j.isDuration(v)) return String(v);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNative(x)]));
}

/** Parameters as the driver expects them: whole numbers as Neo4j integers. */
export function toParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v]));
}

/** A result's rows as plain JSON, for statements that mark nothing (those that fill the markers). */
export const rowsOf = (result: { records: { toObject(): object }[] }): Record<string, unknown>[] =>
  result.records.map((record) => toNative(record.toObject()) as Record<string, unknown>);

/** Runs a statement of the analysis (read-only, bounded by the questions' timeout and the request's signal). */
function execute(db: AnalysisDatabase, name: string, cypher: string, params: Record<string, unknown>) {
  return db.driver.executeQuery(cypher, toParams(params), {
    database: db.database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: QUESTION_LIMITS.queryTimeoutMs, metadata: { app: "samverkansgrafen-analysis", query: name } },
    signal: db.signal,
  });
}

/** Runs one question's statement (see cypher.ts) and returns its one row as plain JSON. */
export async function runAnalysis<T>(db: AnalysisDatabase, name: string, cypher: string, params: Record<string, unknown>): Promise<T> {
  const result = await execute(db, name, cypher, params);
  if (result.records.length !== 1) throw new Error(`analysis: ${name} returned ${result.records.length} rows, expected 1`);
  const pending = noPendingMarkers();
  const row = toNative(result.records[0]!.toObject(), pending) as T;
  await fillMarkers(db, async (cypher, params) => rowsOf(await execute(db, `${name} (markers)`, cypher, params)), pending);
  return row;
}
