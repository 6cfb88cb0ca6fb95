/** The constraints and indexes in cypher/schema: applied idempotently, and restored when missing. */
import { describe, expect, it } from "vitest";
import { applyDatabaseSchema, createdSchemaName } from "../../src/database/apply-schema.js";
import { readCypher, splitStatements } from "../../src/database/cypher-files.js";
import { useTestApi } from "../support/test-api.js";

const api = useTestApi();
const statements = splitStatements(readCypher("schema/constraints-and-indexes.cypher"));
const names = statements.map(createdSchemaName);

async function schemaNames(): Promise<Set<string>> {
  const indexes = await api.cypher<{ name: string }>("SHOW INDEXES YIELD name");
  const constraints = await api.cypher<{ name: string }>("SHOW CONSTRAINTS YIELD name");
  return new Set([...indexes, ...constraints].map((row) => row.name));
}

describe("database schema", () => {
  it("names every index and constraint it creates, each once", () => {
    expect(names.filter((name) => name === undefined)).toEqual([]);
    expect(new Set(names).size).toBe(statements.length);
  });

  it("exists in the database, and applying it again changes nothing", async () => {
    const before = await schemaNames();
    for (const name of names) expect(before).toContain(name);
    await applyDatabaseSchema(api.driver(), api.database);
    expect(await schemaNames()).toEqual(before);
  });

  it("recreates an index that was dropped", async () => {
    await api.cypher("DROP INDEX topic_name IF EXISTS");
    expect(await schemaNames()).not.toContain("topic_name");
    await applyDatabaseSchema(api.driver(), api.database);
    const [index] = await api.cypher<{ state: string; labels: string[]; properties: string[] }>(
      "SHOW INDEXES YIELD name, state, labelsOrTypes AS labels, properties WHERE name = 'topic_name' RETURN state, labels, properties",
    );
    expect(index).toEqual({ state: "ONLINE", labels: ["Topic"], properties: ["name"] });
  });
});
