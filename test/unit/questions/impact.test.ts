/** Impact effects: the strongest relation to the document before on the chain names the effect. */
import { describe, expect, it } from "vitest";
import { documentEffect, forumEffect } from "../../../src/questions/impact/resolver.js";

describe("impact effects", () => {
  it("take the strongest relation to the document before on the chain", () => {
    expect(documentEffect(["PART_OF", "TERM_FOLLOWS"])).toBe("TERM_ENDS_WITH_IT");
    expect(documentEffect(["PART_OF"])).toBe("PART_AFFECTED");
    expect(documentEffect(["REPLACES"])).toBe("SUCCESSOR");
    expect(documentEffect(["IMPLEMENTS"])).toBe("LOSES_BASIS");
    expect(documentEffect(["REFERENCES"])).toBe("REFERENCE_AFFECTED");
    expect(forumEffect("TAKEN_BY")).toBe("TOOK_POSITION");
    expect(forumEffect("STEERED_BY")).toBe("GOVERNS_AFFECTED_WORK");
  });
});
