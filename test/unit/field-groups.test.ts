/**
 * Field groups (src/graphql/field-groups.ts): a `...Name` line in a field list becomes the
 * group's fields in place, across files; mistakes stop with the file and line.
 */
import { parse, type ObjectTypeDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { SchemaSourceError, expandFieldGroups } from "../../src/graphql/field-groups.js";
import { readTypeDefs } from "../../src/graphql/type-defs.js";

const groups = {
  name: "groups.graphql",
  body: `"Shared." type Stamp @fieldGroup {
  "When it was made."
  createdAt: String
  modifiedAt: String
}
type Named @fieldGroup {
  id: ID!
  ...Stamp
}
`,
};

function fieldsOf(sdl: string, typeName: string): string[] {
  const type = parse(sdl).definitions.find((d) => "name" in d && d.name?.value === typeName) as ObjectTypeDefinitionNode | undefined;
  return (type?.fields ?? []).map((f) => f.name.value);
}

function errorOf(sources: { name: string; body: string }[]): string {
  try {
    expandFieldGroups(sources);
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaSourceError);
    return (error as Error).message;
  }
  throw new Error("expected a SchemaSourceError");
}

describe("field groups", () => {
  it("put a group's fields where the spread line is, in order, from another file, nested groups included", () => {
    const sdl = expandFieldGroups([groups, { name: "a.graphql", body: "type A {\n  first: Int\n  ...Named\n  last: Int\n}\ninterface I {\n  ...Stamp\n}\n" }]);
    expect(fieldsOf(sdl, "A")).toEqual(["first", "id", "createdAt", "modifiedAt", "last"]);
    expect(fieldsOf(sdl, "I")).toEqual(["createdAt", "modifiedAt"]);
    // The group's descriptions come along; the groups themselves are gone.
    expect(sdl).toContain('"When it was made."');
    expect(sdl).not.toMatch(/Stamp|Named|fieldGroup/);
  });

  it("name the file and line of a spread of an unknown group", () => {
    expect(errorOf([groups, { name: "a.graphql", body: "type A {\n  x: Int\n  ...Stampp\n}\n" }])).toMatch(/^a\.graphql:3: \.\.\.Stampp: no field group Stampp \(field groups: Stamp, Named\)/);
  });

  it("refuse a field a type gets twice, a group defined twice, a group named like a type, and a group spreading itself", () => {
    expect(errorOf([groups, { name: "a.graphql", body: "type A {\n  createdAt: String\n  ...Stamp\n}\n" }])).toMatch(/^a\.graphql:1: A gets field createdAt twice/);
    expect(errorOf([groups, { name: "b.graphql", body: "type Stamp @fieldGroup {\n  x: Int\n}\n" }])).toMatch(/^b\.graphql:1: field group Stamp is defined twice \(also at groups\.graphql:1\)/);
    expect(errorOf([groups, { name: "b.graphql", body: "type Named {\n  x: Int\n}\n" }])).toMatch(/^b\.graphql:1: Named names a type and a field group/);
    expect(errorOf([{ name: "c.graphql", body: "type L @fieldGroup {\n  x: Int\n  ...M\n}\ntype M @fieldGroup {\n  ...L\n}\n" }])).toMatch(/spreads itself \(L -> M -> L\)/);
  });

  it("refuse a spread line outside the field list of a type or interface", () => {
    expect(errorOf([groups, { name: "a.graphql", body: 'type A {\n  """\n  ...Stamp\n  """\n  x: Int\n}\n' }])).toMatch(/^a\.graphql:3: a '\.\.\.Group' line belongs in the field list/);
    expect(errorOf([groups, { name: "a.graphql", body: "input A {\n  ...Stamp\n}\n" }])).toMatch(/^a\.graphql:2: a '\.\.\.Group' line belongs in the field list/);
  });

  it("report a syntax error with the file, line and column", () => {
    expect(errorOf([{ name: "broken.graphql", body: "type A {\n  x: \n}\n" }])).toMatch(/broken\.graphql:3:1/);
  });

  it("leave no spread and no group in the project's type definitions", () => {
    const typeDefs = readTypeDefs();
    expect(typeDefs).not.toMatch(/__fieldGroup__|@fieldGroup|^\s*\.\.\./m);
    for (const type of ["Organisation", "Meeting", "Topic"]) expect(fieldsOf(typeDefs, type).slice(0, 5)).toEqual(["id", "name", "description", "aliases", "aliasFacts"]);
    expect(fieldsOf(typeDefs, "Fact")).toEqual(["inferred", "because", "note", "sourceDocuments", "createdAt", "modifiedAt", "sourceQuotes", "sources"]);
  });
});
