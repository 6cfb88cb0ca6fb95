/**
 * The request limits (src/config/limits.ts) against the real generated schema, without a
 * database: every GraphiQL example and GraphiQL's introspection query pass them, and each limit
 * rejects what crosses it with its own code. The same checks run in the server (see
 * test/integration/hardening/fuzz.test.ts for them over HTTP).
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { GraphQLError, GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { readExamples } from "../../../src/graphiql/examples.js";
import { readTrustedDocuments } from "../../../src/website/trusted-documents.js";
import { createNeo4jGraphQL } from "../../../src/graphql/neo4j-graphql.js";
import { REQUEST_LIMITS } from "../../../src/config/limits.js";
import { checkInputs } from "../../../src/http/apollo/input-limits.js";
import { checkCost } from "../../../src/http/apollo/query-cost.js";
import { LIMIT_CODES } from "../../../src/http/limit-codes.js";
import { armorProtection } from "../../../src/http/validation/armor.js";
import { introspectionLimitRule } from "../../../src/http/validation/introspection-limit.js";
import { parseOptions } from "../../../src/http/validation/parse-options.js";
import { readOnlyRule } from "../../../src/http/validation/read-only.js";
import { rootFieldLimitRule } from "../../../src/http/validation/root-field-limit.js";

// graphql's CommonJS build, the one @neo4j/graphql built the schema with (vitest would load the ESM one).
const { getIntrospectionQuery, Kind, parse, specifiedRules, validate } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

let schema: GraphQLSchema;
const rules = [...specifiedRules, readOnlyRule, rootFieldLimitRule, introspectionLimitRule, ...armorProtection().validationRules];

beforeAll(async () => {
  schema = await createNeo4jGraphQL().getSchema();
}, 60_000);

/** What the server checks before execution, in its order; returns the codes of the errors. */
function check(query: string, variables: Record<string, unknown> = {}): string[] {
  let document;
  try {
    document = parse(query, parseOptions);
  } catch {
    return ["GRAPHQL_PARSE_FAILED"];
  }
  const errors = validate(schema, document, rules);
  if (errors.length) return errors.map((e) => String(e.extensions.code ?? "GRAPHQL_VALIDATION_FAILED"));
  try {
    checkInputs(document, variables);
    checkCost(schema, document, undefined, variables);
  } catch (error) {
    return [String((error as GraphQLError).extensions.code)];
  }
  return [];
}

const repeat = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(" ");

describe("request limits", () => {
  it("let every GraphiQL example through, with room to spare", () => {
    const examples = readExamples();
    expect(examples.length).toBeGreaterThan(10);
    for (const example of examples) {
      const variables = example.variables ? (JSON.parse(example.variables) as Record<string, unknown>) : {};
      expect(check(example.query, variables), example.file).toEqual([]);
      const cost = checkCost(schema, parse(example.query), undefined, variables);
      expect(cost, example.file).toBeLessThan(REQUEST_LIMITS.maxCost / 10);
    }
  });

  it("let every trusted document of the website through, with room to spare", () => {
    const documents = [...readTrustedDocuments().byId.values()];
    expect(documents.length).toBeGreaterThan(2);
    for (const document of documents) {
      expect(check(document.text, { id: "doc:hos-avtal" }), document.file).toEqual([]);
      expect(checkCost(schema, parse(document.text), undefined, { id: "doc:hos-avtal" }), document.file).toBeLessThan(REQUEST_LIMITS.maxCost / 2);
    }
  });

  it("let every operation of the explore page and the CLI through the cost estimate, with room to spare", () => {
    const files = [...readdirSync("src/explore/page", { recursive: true, encoding: "utf8" }).map((f) => join("src/explore/page", f)), ...readdirSync("src/cli/ask/operations").map((f) => join("src/cli/ask/operations", f))].filter((f) => f.endsWith(".graphql"));
    // Fragments may live in any of the files: every operation is estimated with all of them.
    const all = parse(files.map((f) => readFileSync(f, "utf8")).join("\n"));
    const fragments = all.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const operations = all.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(10);
    for (const operation of operations) {
      const document = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] } as const;
      expect(checkCost(schema, document, operation.name?.value, {}), operation.name?.value).toBeLessThan(REQUEST_LIMITS.maxCost / 2);
    }
  });

  it("let GraphiQL's introspection query through", () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    expect(check(query)).toEqual([]);
  });

  it("reject each crossing with its own code", () => {
    let deep = "id";
    for (let i = 0; i < REQUEST_LIMITS.maxDepth; i++) deep = i % 2 ? `members { ${deep} }` : `partOf { ${deep} }`;
    expect(check(`{ organisations(limit: 1) { ${deep} } }`)).toContain(LIMIT_CODES.tooDeep);
    expect(check(`{ organisations(limit: 1) { ${repeat(REQUEST_LIMITS.maxAliases + 1, (i) => `a${i}: id`)} } }`)).toContain(LIMIT_CODES.tooManyAliases);
    expect(check(`{ organisations(limit: 1) { id ${repeat(REQUEST_LIMITS.maxDirectives + 1, () => "@include(if: true)")} } }`)).toContain(LIMIT_CODES.tooManyDirectives);
    expect(check(`{ organisations(limit: 1) { id } ${repeat(REQUEST_LIMITS.maxRootFields, (i) => `f${i}: forums(limit: 1) { id }`)} }`)).toContain(LIMIT_CODES.tooManyRootFields);
    expect(check("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }")).toContain(LIMIT_CODES.introspectionTooLarge);
    expect(check("{ a: __schema { description } b: __schema { description } c: __type(name: \"Query\") { name } }")).toContain(LIMIT_CODES.introspectionTooLarge);
    expect(check("{ meetings(limit: 1000) { items(limit: 1000) { name } } }")).toEqual([LIMIT_CODES.tooComplex]);
    // Lists without a limit count as several items each: ten of them nested are refused, six pass.
    const invitedChain = (depth: number) => Array.from({ length: depth }, (_, i) => (i % 2 ? "invitedTo" : "invited")).reduceRight((inner, name) => `${name} { id ${inner} }`, "id");
    expect(check(`{ meetings(limit: 1) { ${invitedChain(10)} } }`)).toEqual([LIMIT_CODES.tooComplex]);
    expect(check(`{ meetings(limit: 1) { ${invitedChain(5)} } }`)).toEqual([]);
    // A root list filtered by its id holds one item, however unbounded; by any other condition it counts as several.
    const wide = `parties(limit: 60) { id memberOf(limit: 5) { id members(limit: 60) { id } } } parts(limit: 20) { id }`;
    expect(check(`{ governingDocuments(where: { id: { eq: "doc:hos-avtal" } }) { ${wide} } }`)).toEqual([]);
    expect(check(`{ governingDocuments(where: { name: { eq: "Hälso- och sjukvårdsavtalet" } }) { ${wide} } }`)).toEqual([LIMIT_CODES.tooComplex]);
    expect(check(`{ governingDocuments(where: { id: { in: ["a", "b", "c", "d", "e", "f", "g"] } }) { ${wide} } }`)).toEqual([LIMIT_CODES.tooComplex]);
    expect(check(`{ ${repeat(REQUEST_LIMITS.maxLexicalTokens, () => "__typename")} }`)).toEqual(["GRAPHQL_PARSE_FAILED"]);
  });

  it("reject oversized and over-nested argument values, literal or variable", () => {
    const ids = Array.from({ length: REQUEST_LIMITS.maxInputListLength + 1 }, (_, i) => `org:${i}`);
    expect(check(`{ organisations(where: { id: { in: ${JSON.stringify(ids)} } }) { id } }`)).toEqual([LIMIT_CODES.inputTooLarge]);
    expect(check("query($ids: [ID!]) { organisations(where: { id: { in: $ids } }) { id } }", { ids })).toEqual([LIMIT_CODES.inputTooLarge]);
    let where: Record<string, unknown> = { id: { eq: "x" } };
    for (let i = 0; i < 1000; i++) where = { AND: [where] };
    expect(check("query($w: OrganisationWhere) { organisations(where: $w) { id } }", { w: where })).toEqual([LIMIT_CODES.inputTooLarge]);
    expect(check(`{ organisations(where: ${"{ AND: [".repeat(REQUEST_LIMITS.maxInputDepth)}{ id: { eq: "x" } }${"] }".repeat(REQUEST_LIMITS.maxInputDepth)}) { id } }`)).toEqual([LIMIT_CODES.inputTooLarge]);
  });

  it("reject negative paging as BAD_USER_INPUT, and accept zero", () => {
    expect(check("{ organisations(limit: -1) { id } }")).toEqual([LIMIT_CODES.badUserInput]);
    expect(check("{ organisations(offset: -5) { id } }")).toEqual([LIMIT_CODES.badUserInput]);
    expect(check("{ organisationsConnection(first: -1) { totalCount } }")).toEqual([LIMIT_CODES.badUserInput]);
    expect(check("query($l: Int) { organisations(limit: $l) { id } }", { l: -1 })).toEqual([LIMIT_CODES.badUserInput]);
    expect(check("{ organisations(limit: 0, offset: 0) { id } }")).toEqual([]);
  });

  it("keep the read-only rule's own code", () => {
    expect(check("mutation { __typename }")).toContain("READ_ONLY_API");
  });
});
