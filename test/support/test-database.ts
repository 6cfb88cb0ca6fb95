/** Connection to the test database prepared by the global setup. */
import { inject } from "vitest";
import neo4j, { type Driver } from "neo4j-driver";

export interface TestDatabase {
  uri: string;
  username?: string;
  password?: string;
  database: string;
  /** True when the suite started its own Neo4j. */
  local: boolean;
}

export function testDatabase(): TestDatabase {
  return inject("testDatabase");
}

export function testDriver(db = testDatabase()): Driver {
  return neo4j.driver(db.uri, db.username ? neo4j.auth.basic(db.username, db.password!) : undefined);
}
