/**
 * The change feed: what was created, changed or removed after `since` (exclusive, to the
 * millisecond, as times are printed), in a stable order (modifiedAt, then id) with an opaque
 * keyset cursor bound to its `since`. A poller that passes each answer's `asOf` as the next
 * `since` sees every change once. With `withRecords`, each created or updated entry carries its
 * record in the export's shape (src/export/records.ts), so a mirror need not fetch it. Written by
 * hand because @neo4j/graphql's connection cursors are offsets, which skip or repeat items when
 * the graph changes between pages. Tombstones appear only here.
 */
import { GraphQLError } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { z } from "zod";
import { CHANGE_FEED_LIMITS } from "../config/limits.js";
import { nodeRecord, relationshipRecord, sourceRecord } from "../export/records.js";
import type { EntityType } from "../model/entities.js";
import { readGraphVersionIn } from "./graph-version.js";
import { RELATIONSHIP_ID_CYPHER } from "./tracking.js";

type ChangeKind = "CREATED" | "UPDATED" | "DELETED";

export interface Change {
  id: string;
  change: ChangeKind;
  object: "NODE" | "RELATIONSHIP";
  type: string;
  from: string | null;
  to: string | null;
  createdAt: string | null;
  /** Full precision (Neo4j's nanoseconds), as Neo4j prints it. */
  modifiedAt: string;
  deletedAt: string | null;
  /** With withRecords: the created or updated node or relationship in the export's shape. */
  record: Record<string, unknown> | null;
}

export interface ChangePage {
  since: string;
  changes: Change[];
  hasNextPage: boolean;
  endCursor: string | null;
  asOf: string;
}

/** Typed 4xx: BAD_USER_INPUT with the argument named, and HTTP 400 (Apollo reads extensions.http). */
function badChangesInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`changes: invalid argument ${argument}: ${message}`, {
    extensions: { code: "BAD_USER_INPUT", argument, http: { status: 400 } },
  });
}

const sinceArg = z.iso.datetime({ offset: true, message: "expected an ISO 8601 date-time with a UTC offset, e.g. 2026-01-31T12:00:00Z" });

interface Cursor {
  /** The `since` (epoch ms) the cursor was made for: a cursor is only valid with the same since. */
  s: number;
  m: string;
  i: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

const cursorShape = z.object({ s: z.number(), m: z.string().min(1), i: z.string().min(1) });

export function decodeCursor(after: string, sinceMs: number): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, "base64url").toString("utf8"));
  } catch {
    throw badChangesInput("after", "not a cursor of this feed (pass endCursor from a previous page unchanged)");
  }
  const cursor = cursorShape.safeParse(parsed);
  if (!cursor.success) throw badChangesInput("after", "not a cursor of this feed (pass endCursor from a previous page unchanged)");
  if (cursor.data.s !== sinceMs) throw badChangesInput("after", "this cursor belongs to a query with another `since`; page with the since it was made for");
  return cursor.data;
}

interface ChangesArgs {
  since: string;
  afterCursor: Cursor | null;
  first: number;
  withRecords: boolean;
}

/** How far ahead of this server's clock a `since` may be (clocks differ a little). */
const CLOCK_SKEW_MS = 60_000;

/** Validates the arguments at the boundary; every problem is a BAD_USER_INPUT naming the argument. */
export function parseChangesArgs(args: { since?: unknown; after?: unknown; first?: unknown; withRecords?: unknown }, now = Date.now()): ChangesArgs {
  const since = sinceArg.safeParse(args.since);
  if (!since.success) throw badChangesInput("since", `'${String(args.since)}': ${since.error.issues[0]!.message}`);
  const sinceMs = Date.parse(since.data);
  // A poller given a time in the future would wait there until the clock caught up.
  if (sinceMs > now + CLOCK_SKEW_MS) throw badChangesInput("since", `'${String(args.since)}' is in the future; pass the asOf of the previous page (or a time up to now)`);
  const first = args.first ?? CHANGE_FEED_LIMITS.first.default;
  if (typeof first !== "number" || !Number.isInteger(first) || first < CHANGE_FEED_LIMITS.first.min || first > CHANGE_FEED_LIMITS.first.max) {
    throw badChangesInput("first", `must be a whole number from ${CHANGE_FEED_LIMITS.first.min} to ${CHANGE_FEED_LIMITS.first.max}, got ${String(first)}`);
  }
  const after = args.after === undefined || args.after === null ? null : decodeCursor(String(args.after), sinceMs);
  return { since: new Date(sinceMs).toISOString(), afterCursor: after, first, withRecords: args.withRecords === true };
}

// Every subquery starts at the lower bound (the cursor's modifiedAt, or the millisecond after
// since), so the modifiedAt indexes of the node labels can be used; the exact keyset condition
// follows. `after` is since plus one millisecond: times are printed to the millisecond, so a
// fact stamped within the millisecond of a printed asOf (older data has nanoseconds) was seen.
const CHANGES_CYPHER = `
CALL () {
  MATCH (n:Entity) WHERE n.modifiedAt >= datetime($lower)
  RETURN n.id AS id, 'NODE' AS object, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, null AS from, null AS to,
         n.createdAt AS createdAt, n.modifiedAt AS modifiedAt, null AS deletedAt, CASE WHEN $withRecords THEN properties(n) END AS props
  UNION ALL
  MATCH (n:SourceDocument) WHERE n.modifiedAt >= datetime($lower)
  RETURN n.id AS id, 'NODE' AS object, 'SourceDocument' AS type, null AS from, null AS to,
         n.createdAt AS createdAt, n.modifiedAt AS modifiedAt, null AS deletedAt, CASE WHEN $withRecords THEN properties(n) END AS props
  UNION ALL
  MATCH (a)-[r]->(b) WHERE r.modifiedAt >= datetime($lower)
  RETURN ${RELATIONSHIP_ID_CYPHER("r", "a", "b")} AS id, 'RELATIONSHIP' AS object, type(r) AS type, a.id AS from, b.id AS to,
         r.createdAt AS createdAt, r.modifiedAt AS modifiedAt, null AS deletedAt, CASE WHEN $withRecords THEN properties(r) END AS props
  UNION ALL
  MATCH (t:Tombstone) WHERE t.modifiedAt >= datetime($lower)
  RETURN t.id AS id, t.kind AS object, t.type AS type, t.from AS from, t.to AS to,
         t.createdAt AS createdAt, t.modifiedAt AS modifiedAt, t.deletedAt AS deletedAt, null AS props
}
WITH * WHERE $afterId IS NULL OR modifiedAt > datetime($lower) OR (modifiedAt = datetime($lower) AND id > $afterId)
RETURN id, object, type, from, to, toString(createdAt) AS createdAt, toString(modifiedAt) AS modifiedAt, toString(deletedAt) AS deletedAt, props,
       CASE WHEN deletedAt IS NOT NULL THEN 'DELETED' WHEN createdAt >= datetime($after) THEN 'CREATED' ELSE 'UPDATED' END AS change
ORDER BY modifiedAt, id
LIMIT $limit`;

type ChangeRow = Omit<Change, "record"> & { props: Record<string, unknown> | null };

/** The export's record of a created or updated entry. */
function recordOf(row: ChangeRow): Record<string, unknown> | null {
  if (!row.props || row.change === "DELETED") return null;
  if (row.object === "RELATIONSHIP") return relationshipRecord({ type: row.type, from: row.from!, to: row.to!, props: row.props });
  if (row.type === "SourceDocument") return sourceRecord({ id: row.id, props: row.props });
  return nodeRecord({ id: row.id, type: row.type as EntityType, props: row.props });
}

export async function readChanges(driver: Driver, database: string, args: ChangesArgs): Promise<ChangePage> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    // One read transaction: the page and asOf see the same state of the graph.
    return await session.executeRead(async (tx) => {
      const after = new Date(Date.parse(args.since) + 1).toISOString();
      const rows = await tx.run(CHANGES_CYPHER, {
        after,
        lower: args.afterCursor?.m ?? after,
        afterId: args.afterCursor?.i ?? null,
        limit: neo4j.int(args.first + 1),
        withRecords: args.withRecords,
      });
      const graphModifiedAt = (await readGraphVersionIn(tx))?.modifiedAt;
      const changes = rows.records.slice(0, args.first).map((r): Change => {
        const { props: _props, ...row } = r.toObject() as ChangeRow;
        return { ...row, record: recordOf(r.toObject() as ChangeRow) };
      });
      const hasNextPage = rows.records.length > args.first;
      const last = changes.at(-1);
      // The graph's own time, not the clock of this read: a write that commits later carries a
      // later time, so nothing falls between two polls. Never earlier than since.
      const asOf = graphModifiedAt && Date.parse(graphModifiedAt) > Date.parse(args.since) ? graphModifiedAt : args.since;
      return {
        since: args.since,
        changes,
        hasNextPage,
        endCursor: last ? encodeCursor({ s: Date.parse(args.since), m: last.modifiedAt, i: last.id }) : null,
        asOf,
      };
    });
  } finally {
    await session.close();
  }
}
