/**
 * The explore page's operations (.graphql files beside the views) as the page sends them: each
 * with the shared fragments it uses appended, valid against the real generated schema, named
 * Explore…, with no fragment it does not use.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import type { GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { FRAGMENTS_FILE, pageDir } from "../../../src/explore/bundle.js";
import { withSharedFragments } from "../../../src/explore/graphql-documents.js";
import { createNeo4jGraphQL } from "../../../src/graphql/neo4j-graphql.js";

// graphql's CommonJS build, the one @neo4j/graphql built the schema with (vitest would load the ESM one).
const { Kind, parse, specifiedRules, validate } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

const operationFiles = (readdirSync(pageDir, { recursive: true }) as string[]).filter((f) => f.endsWith(".graphql") && join(pageDir, f) !== FRAGMENTS_FILE).map((f) => join(pageDir, f));
const fragments = readFileSync(FRAGMENTS_FILE, "utf8");
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await createNeo4jGraphQL().getSchema();
}, 60_000);

describe("explore operations", () => {
  it("finds the views' operations", () => {
    expect(operationFiles.length).toBeGreaterThanOrEqual(10);
  });

  it("sends each operation with the fragments it uses, valid against the schema", () => {
    for (const file of operationFiles) {
      const name = relative(pageDir, file);
      const text = withSharedFragments(readFileSync(file, "utf8"), fragments, name);
      const document = parse(text);
      // NoUnusedFragments and KnownFragmentNames are among the rules: nothing missing, nothing extra.
      expect(validate(schema, document, specifiedRules).map((e) => e.message), name).toEqual([]);
      const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      expect(operations.map((o) => o.name?.value), name).toEqual([expect.stringMatching(/^Explore[A-Z]\w+$/)]);
      expect(text, name).not.toMatch(/\n|#/);
    }
  });

  it("names the file when an operation uses a fragment that is nowhere", () => {
    expect(() => withSharedFragments("query ExploreX { search(text: \"a\") { hits { entity { ...Nowhere } } } }", fragments, "views/x.graphql")).toThrow(/views\/x\.graphql: the fragment Nowhere/);
    expect(() => withSharedFragments("query A { a } query B { b }", fragments, "views/y.graphql")).toThrow(/views\/y\.graphql: expected exactly one operation, found 2/);
  });

  it("appends a fragment only once, and the fragments it uses in turn", () => {
    const text = withSharedFragments("query ExploreX($id: ID!) { neighbourhood(id: $id) { entity { ...ExploreEntityRef } relations { ...ExploreStep } } }", fragments, "x.graphql");
    expect(text.match(/fragment ExploreEntityRef on/g)).toHaveLength(1);
    expect(text).toContain("fragment ExploreStep on");
    expect(text).toContain("fragment ExploreSource on");
  });
});
