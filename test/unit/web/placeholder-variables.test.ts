import { describe, expect, it } from "vitest";
import { readTrustedDocuments } from "../../../src/website/trusted-documents.js";
import { placeholderVariables } from "../../../src/website/warm.js";

describe("placeholderVariables (the website warm-up)", () => {
  it("gives every required variable a value of its type and leaves optional ones out", () => {
    const text = "query Q($id: ID!, $n: Int!, $flag: Boolean!, $ids: [ID!]!, $maybe: String, $withDefault: Int! = 3) { entity(id: $id) { id } }";
    expect(placeholderVariables(text)).toEqual({ id: "warm:placeholder", n: 1, flag: false, ids: [] });
  });

  it("covers the website's operations", () => {
    for (const document of readTrustedDocuments().byId.values()) {
      expect(Object.keys(placeholderVariables(document.text)).length, document.operationName).toBeGreaterThan(0);
    }
  });
});
