/** Applies cypher/schema/*.cypher (idempotent) and waits until the indexes are online. */
import type { Driver } from "neo4j-driver";
import { readCypher, splitStatements } from "./cypher-files.js";

export async function applyDatabaseSchema(driver: Driver, database: string): Promise<number> {
  const statements = splitStatements(readCypher("schema/constraints-and-indexes.cypher"));
  const session = driver.session({ database });
  try {
    // Schema statements cannot share a transaction with each other or with data writes.
    for (const statement of statements) await session.run(statement);
    await session.run("CALL db.awaitIndexes(120)");
  } finally {
    await session.close();
  }
  return statements.length;
}
