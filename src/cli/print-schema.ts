/** Prints the full generated GraphQL schema to src/generated/schema.graphql (no database needed). */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { printSchema } from "graphql";
import { createNeo4jGraphQL } from "../graphql/neo4j-graphql.js";
import { generatedSchemaPath } from "../graphql/generated-paths.js";

const schema = await createNeo4jGraphQL().getSchema();
mkdirSync(dirname(generatedSchemaPath), { recursive: true });
writeFileSync(generatedSchemaPath, printSchema(schema) + "\n");
console.log(`wrote ${generatedSchemaPath}`);
