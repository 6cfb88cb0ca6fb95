/** The `labels` query: the labels module's words as data, one group per enum and for types, relations and fields. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, GraphQLEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../src/config/paths.js";
import { LABEL_GROUPS, resolveLabels } from "../../../src/labels/resolver.js";

describe("the labels query", () => {
  it("has a Swedish word for every value of every enum the API serves that the labels module labels", () => {
    const schema = buildSchema(readFileSync(join(projectRoot, "src", "generated", "schema.graphql"), "utf8"));
    const groups = new Map(LABEL_GROUPS.map((g) => [g.name, new Map(g.labels.map((l) => [l.code, l.label]))]));
    for (const name of ["ForumKind", "OrganisationKind", "EntityType"]) {
      const type = schema.getType(name);
      expect(type, name).toBeInstanceOf(GraphQLEnumType);
      for (const value of (type as GraphQLEnumType).getValues()) expect(groups.get(name)?.get(value.name), `${name}.${value.name}`).toMatch(/\p{L}/u);
    }
  });

  it("gives the groups asked for, or all", () => {
    expect(resolveLabels(null, { names: ["EntityType"] })).toEqual([expect.objectContaining({ name: "EntityType", labels: expect.arrayContaining([{ code: "GoverningDocument", label: "Styrdokument" }]) })]);
    expect(resolveLabels(null, {}).map((g) => g.name)).toEqual(expect.arrayContaining(["ForumKind", "EntityType", "RelationType", "Property"]));
    expect(resolveLabels(null, { names: ["Nothing"] })).toEqual([]);
  });
});
