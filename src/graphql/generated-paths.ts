import { join } from "node:path";
import { projectRoot } from "../config/paths.js";

const generatedDir = join(projectRoot, "src", "generated");
/** The full schema @neo4j/graphql generates from schema/*.graphql; input of codegen. */
export const generatedSchemaPath = join(generatedDir, "schema.graphql");
