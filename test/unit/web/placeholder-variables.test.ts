import { Kind, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { readTrustedDocuments } from "../../../src/website/trusted-documents.js";
import { placeholderVariables } from "../../../src/website/warm.js";

describe("placeholderVariables (the website warm-up)", () => {
  it("gives every required variable a value of its type and leaves optional ones out", () => {
    const text = "query Q($id: ID!, $n: Int!, $flag: Boolean!, $ids: [ID!]!, $maybe: String, $withDefault: Int! = 3) { entity(id: $id) { id } }";
    expect(placeholderVariables(text)).toEqual({ id: "warm:placeholder", n: 1, flag: false, ids: [] });
  });

  it("covers the website's operations: a value for each required variable", () => {
    let required = 0;
    for (const document of readTrustedDocuments().byId.values()) {
      const operation = parse(document.text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
      const names = (operation.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue).map((v) => v.variable.name.value);
      expect(Object.keys(placeholderVariables(document.text)).sort(), document.operationName).toEqual(names.sort());
      required += names.length;
    }
    expect(required).toBeGreaterThan(0);
  });
});
