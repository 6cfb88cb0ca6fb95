/**
 * The type definitions (schema/*.graphql with the vocabulary's enums printed in) and src/model
 * (what the seed validator accepts) are two descriptions of one model; these tests fail as soon
 * as they drift apart.
 */
import { readFileSync } from "node:fs";
import { buildASTSchema, buildSchema, isEnumType, isInterfaceType, isListType, isNonNullType, isObjectType, parse, type GraphQLField, type GraphQLOutputType, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { enumValueDescriptions } from "../../src/model/described-enum.js";
import { entityTypeSchemas, entityTypes } from "../../src/model/entities.js";
import { relationRules, relationTypes } from "../../src/model/relations.js";
import * as vocabulary from "../../src/model/vocabulary.js";
import { generatedSchemaPath } from "../../src/graphql/generated-paths.js";
import { readTypeDefs } from "../../src/graphql/type-defs.js";

// The raw SDL with the library's directives declared, so graphql-js can read it as written.
const directiveStubs = `
  directive @node(labels: [String!]) on OBJECT
  directive @limit(max: Int, default: Int) on OBJECT | INTERFACE
  directive @mutation(operations: [String!]) on SCHEMA
  directive @relationship(type: String!, direction: String!, properties: String) on FIELD_DEFINITION
  directive @relationshipProperties on OBJECT
  directive @cypher(statement: String!, columnName: String!) on FIELD_DEFINITION
  scalar Date
  scalar DateTime
  type Query { _unused: Int }
`;
const sdl = buildASTSchema(parse(directiveStubs + readTypeDefs().replace("extend schema @mutation(operations: [])", "")), { assumeValidSDL: true });

function namedType(type: GraphQLOutputType): string {
  let t = type;
  while (isNonNullType(t) || isListType(t)) t = t.ofType;
  return (t as { name: string }).name;
}

function relationshipOf(field: GraphQLField<unknown, unknown>): { type: string; direction: string } | undefined {
  const directive = field.astNode?.directives?.find((d) => d.name.value === "relationship");
  if (!directive) return undefined;
  const arg = (name: string) => (directive.arguments?.find((a) => a.name.value === name)?.value as { value: string }).value;
  return { type: arg("type"), direction: arg("direction") };
}

describe("GraphQL schema and domain model", () => {
  // The served schema as codegen printed it from @neo4j/graphql (codegen:check keeps it current).
  const served: GraphQLSchema = buildSchema(readFileSync(generatedSchemaPath, "utf8"));

  it("offer no aggregate on a connection to an interface (@neo4j/graphql 7.6 cannot count its edges)", () => {
    const offending: string[] = [];
    for (const type of Object.values(served.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.name.endsWith("Connection") || field.name === "entitiesConnection") continue;
        const connection = served.getType(namedType(field.type));
        const edges = isObjectType(connection) ? connection.getFields().edges : undefined;
        const edge = edges && served.getType(namedType(edges.type));
        const target = isObjectType(edge) ? edge.getFields().node : undefined;
        if (target && isInterfaceType(served.getType(namedType(target.type))) && isObjectType(connection) && connection.getFields().aggregate) offending.push(`${type.name}.${field.name}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it("serve exactly the enums, values and value descriptions of the vocabulary", () => {
    for (const [name, schema] of Object.entries(vocabulary)) {
      const descriptions = enumValueDescriptions.get(schema);
      for (const graphql of [sdl, served]) {
        const type = graphql.getType(name);
        expect(isEnumType(type), `enum ${name}`).toBe(true);
        if (!isEnumType(type)) continue;
        expect(type.getValues().map((v) => v.name)).toEqual(schema.options);
        expect(type.getValues().map((v) => v.description ?? null), `descriptions of ${name}`).toEqual(schema.options.map((v) => descriptions?.[v] ?? null));
      }
    }
  });

  it("define each vocabulary's enum once: printed from the model, never also written in schema/", () => {
    const enumNames = parse(readTypeDefs()).definitions.flatMap((d) => (d.kind === "EnumTypeDefinition" ? [d.name.value] : []));
    for (const name of Object.keys(vocabulary)) expect(enumNames.filter((n) => n === name), `enum ${name}`).toHaveLength(1);
  });

  it("give every entity type a node type with every seed field", () => {
    for (const typeName of entityTypes) {
      const type = sdl.getType(typeName);
      expect(isObjectType(type), `type ${typeName}`).toBe(true);
      if (!isObjectType(type)) continue;
      expect(type.getInterfaces().map((i) => i.name)).toContain("Entity");
      const seedFields = Object.keys(entityTypeSchemas[typeName].shape).filter((f) => !["type", "cite"].includes(f));
      for (const field of seedFields) expect(type.getFields()[field], `${typeName}.${field}`).toBeDefined();
    }
  });

  it("serve every alias with its provenance, and a precision beside every date the seeds may give imprecisely", () => {
    for (const typeName of entityTypes) {
      const type = sdl.getType(typeName);
      if (!isObjectType(type)) continue;
      const fields = type.getFields();
      expect(namedType(fields.aliasFacts!.type), `${typeName}.aliasFacts`).toBe("Alias");
      for (const field of Object.keys(entityTypeSchemas[typeName].shape).filter((f) => f.endsWith("Precision"))) {
        expect(fields[field.replace(/Precision$/, "")], `${typeName}.${field} has its date`).toBeDefined();
        expect(namedType(fields[field]!.type), `${typeName}.${field}`).toBe("DatePrecision");
      }
    }
  });

  it("expose every allowed relation on its source type, with a target that can hold every allowed end", () => {
    for (const relation of relationTypes) {
      const rule = relationRules[relation];
      const targets = rule.to === "any" ? ["Entity"] : [...rule.to];
      for (const from of rule.from) {
        const type = sdl.getType(from);
        if (!isObjectType(type)) throw new Error(`no type ${from}`);
        const fields = Object.values(type.getFields()).filter((f) => {
          const r = relationshipOf(f);
          return r?.type === relation && r.direction === "OUT";
        });
        expect(fields.length, `${from} has an outgoing ${relation} field`).toBeGreaterThan(0);
        const fieldTarget = namedType(fields[0]!.type);
        const sameType = "sameType" in rule && rule.sameType;
        const covers = fieldTarget === "Entity" || (sameType ? fieldTarget === from : targets.length === 1 && targets[0] === fieldTarget);
        expect(covers, `${from}.${fields[0]!.name} (${fieldTarget}) can hold ${targets.join("|")}`).toBe(true);
      }
    }
  });

  it("declare no relationship type the model does not know", () => {
    const known = new Set<string>(relationTypes);
    for (const type of Object.values(sdl.getTypeMap())) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const r = relationshipOf(field);
        if (r) expect(known.has(r.type), `${type.name}.${field.name} uses ${r.type}`).toBe(true);
      }
    }
  });
});
