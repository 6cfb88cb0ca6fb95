/**
 * The change feed: what was created, changed or removed at or after `since`, in a stable order
 * (modifiedAt, then id) with an opaque keyset cursor bound to its `since`. Written by hand because
 * @neo4j/graphql's connection cursors are offsets, which skip or repeat items when the graph
 * changes between pages. Tombstones appear only here.
 */
import { GraphQLError } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { z } from "zod";
import { CHANGE_FEED_LIMITS } from "../config/limits.js";
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
}

/** Validates the arguments at the boundary; every problem is a BAD_USER_INPUT naming the argument. */
export function parseChangesArgs(args: { since?: unknown; after?: unknown; first?: unknown }): ChangesArgs {
  const since = sinceArg.safeParse(args.since);
  if (!since.success) throw badChangesInput("since", `'${String(args.since)}': ${since.error.issues[0]!.message}`);
  const sinceMs = Date.parse(since.data);
  const first = args.first ?? CHANGE_FEED_LIMITS.first.default;
  if (typeof first !== "number" || !Number.isInteger(first) || first < CHANGE_FEED_LIMITS.first.min || first > CHANGE_FEED_LIMITS.first.max) {
    throw badChangesInput("first", `must be a whole number from ${CHANGE_FEED_LIMITS.first.min} to ${CHANGE_FEED_LIMITS.first.max}, got ${String(first)}`);
  }
  const after = args.after === undefined || args.after === null ? null : decodeCursor(String(args.after), sinceMs);
  return { since: new Date(sinceMs).toISOString(), afterCursor: after, first };
}

// Every subquery starts at the lower bound (the cursor's modifiedAt, or since), so the
// modifiedAt indexes of the node labels can be used; the exact keyset condition follows.
const CHANGES_CYPHER = `
CALL () {
  MATCH (n:Entity) WHERE n.modifiedAt >= datetime($lower)
  RETURN n.id AS id, 'NODE' AS object, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, null AS from, null AS to,
         n.createdAt AS createdAt, n.modifiedAt AS modifiedAt, null AS deletedAt
  UNION ALL
  MATCH (n:SourceDocument) WHERE n.modifiedAt >= datetime($lower)
  RETURN n.id AS id, 'NODE' AS object, 'SourceDocument' AS type, null AS from, null AS to,
         n.createdAt AS createdAt, n.modifiedAt AS modifiedAt, null AS deletedAt
  UNION ALL
  MATCH (a)-[r]->(b) WHERE r.modifiedAt >= datetime($lower)
  RETURN ${RELATIONSHIP_ID_CYPHER("r", "a", "b")} AS id, 'RELATIONSHIP' AS object, type(r) AS type, a.id AS from, b.id AS to,
         r.createdAt AS createdAt, r.modifiedAt AS modifiedAt, null AS deletedAt
  UNION ALL
  MATCH (t:Tombstone) WHERE t.modifiedAt >= datetime($lower)
  RETURN t.id AS id, t.kind AS object, t.type AS type, t.from AS from, t.to AS to,
         t.createdAt AS createdAt, t.modifiedAt AS modifiedAt, t.deletedAt AS deletedAt
}
WITH * WHERE $afterId IS NULL OR modifiedAt > datetime($lower) OR (modifiedAt = datetime($lower) AND id > $afterId)
RETURN id, object, type, from, to, toString(createdAt) AS createdAt, toString(modifiedAt) AS modifiedAt, toString(deletedAt) AS deletedAt,
       CASE WHEN deletedAt IS NOT NULL THEN 'DELETED' WHEN createdAt >= datetime($since) THEN 'CREATED' ELSE 'UPDATED' END AS change
ORDER BY modifiedAt, id
LIMIT $limit`;

export async function readChanges(driver: Driver, database: string, args: ChangesArgs): Promise<ChangePage> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    // One read transaction: the page and asOf see the same state of the graph.
    return await session.executeRead(async (tx) => {
      const rows = await tx.run(CHANGES_CYPHER, {
        since: args.since,
        lower: args.afterCursor?.m ?? args.since,
        afterId: args.afterCursor?.i ?? null,
        limit: neo4j.int(args.first + 1),
      });
      const graphModifiedAt = (await readGraphVersionIn(tx))?.modifiedAt;
      const changes = rows.records.slice(0, args.first).map((r) => r.toObject() as Change);
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
