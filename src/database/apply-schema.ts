/** Applies cypher/schema/*.cypher (idempotent) and waits until the indexes are online. */
import type { Driver } from "neo4j-driver";
import { readCypher, splitStatements } from "./cypher-files.js";

const NAMED_CREATE = /^\s*CREATE\s+(?:\w+\s+)?(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS\b/i;

/** The name a `CREATE ... <name> IF NOT EXISTS` statement creates, if it has that form. */
export function createdSchemaName(statement: string): string | undefined {
  return NAMED_CREATE.exec(statement)?.[1];
}

/**
 * `indexWaitS`: how long to wait for the indexes to come online; a new index over a large loaded
 * graph (the generator's bulk import) takes minutes to build, so each statement may run that
 * long too (the local Neo4j's default transaction timeout is 30 s).
 */
export async function applyDatabaseSchema(driver: Driver, database: string, options: { indexWaitS?: number } = {}): Promise<number> {
  const indexWaitS = options.indexWaitS ?? 120;
  const timeout = (indexWaitS + 30) * 1000;
  const statements = splitStatements(readCypher("schema/constraints-and-indexes.cypher"));
  const session = driver.session({ database });
  try {
    // Each statement is a round trip of its own (schema statements cannot share a transaction),
    // so skip the ones whose index or constraint exists: the same outcome as IF NOT EXISTS.
    const existing = new Set<string>();
    for (const show of ["SHOW INDEXES YIELD name", "SHOW CONSTRAINTS YIELD name"]) {
      for (const record of (await session.run(show)).records) existing.add(record.get("name") as string);
    }
    for (const statement of statements) {
      const name = createdSchemaName(statement);
      if (name === undefined || !existing.has(name)) await session.run(statement, {}, { timeout });
    }
    await session.run(`CALL db.awaitIndexes(${indexWaitS})`, {}, { timeout });
  } finally {
    await session.close();
  }
  return statements.length;
}
