/** The lineage rules without a database: the order of versions, the relation read with the later version's state, and the one version in force. */
import { describe, expect, it } from "vitest";
import { orderVersions, versionInForce, versionRelation, type VersionState } from "../../../src/questions/agreement-versions/lineage.js";
import type { DocumentStateCode, DocumentStateOn } from "../../../src/time/document-state.js";

const year = (y: string) => ({ date: `${y}-01-01`, precision: "YEAR" as const });
const state = (s: DocumentStateCode, explanation = `${s}.`): DocumentStateOn => ({ date: "2025-06-01", state: s, certainty: "STATED", since: null, until: null, explanation, facts: [] });
const version = (id: string, s: DocumentStateCode): VersionState => ({ id, name: `Avtal ${id}`, state: state(s) });

describe("orderVersions", () => {
  it("puts a version after the versions it replaces or revises, whatever its first fact says", () => {
    const versions = [
      { id: "doc:c", name: "c", firstFact: year("2019") },
      { id: "doc:a", name: "a", firstFact: year("2020") },
      { id: "doc:b", name: "b", firstFact: null },
    ];
    const ordered = orderVersions(versions, [
      { relation: "REPLACES", from: "doc:c", to: "doc:a" },
      { relation: "REVISES", from: "doc:b", to: "doc:a" },
    ]);
    expect(ordered.map((v) => v.id)).toEqual(["doc:a", "doc:c", "doc:b"]);
  });

  it("orders unlinked versions by first fact, unknown last, then id; a cycle still gives every version once", () => {
    const versions = [
      { id: "doc:x", name: "x", firstFact: null },
      { id: "doc:y", name: "y", firstFact: year("2021") },
      { id: "doc:z", name: "z", firstFact: year("2018") },
    ];
    expect(orderVersions(versions, []).map((v) => v.id)).toEqual(["doc:z", "doc:y", "doc:x"]);
    const cyclic = orderVersions(versions, [
      { relation: "REPLACES", from: "doc:y", to: "doc:z" },
      { relation: "REPLACES", from: "doc:z", to: "doc:y" },
    ]);
    expect(cyclic.map((v) => v.id).sort()).toEqual(["doc:x", "doc:y", "doc:z"]);
  });
});

describe("versionRelation", () => {
  it("a revision not adopted is a failed revision; otherwise the stored relation", () => {
    expect(versionRelation("REVISES", state("NOT_ADOPTED"))).toBe("FAILED_REVISION");
    expect(versionRelation("REVISES", state("ON_REFERRAL"))).toBe("REVISES");
    expect(versionRelation("REPLACES", state("NOT_ADOPTED"))).toBe("REPLACES");
    expect(versionRelation("TERM_FOLLOWS", state("IN_FORCE"))).toBe("TERM_FOLLOWS");
  });
});

describe("versionInForce", () => {
  it("the one version in force, with its explanation", () => {
    const choice = versionInForce([version("doc:a", "IN_FORCE_BY_RENEWAL"), version("doc:b", "NOT_ADOPTED"), version("doc:c", "ON_REFERRAL")], "2025-06-01");
    expect(choice.version?.id).toBe("doc:a");
    expect(choice.reason).toBe("Avtal doc:a gäller genom förlängningsklausulen per 2025-06-01: IN_FORCE_BY_RENEWAL.");
  });

  it("none in force: no version, and each version's state as the reason; an endorsed extension is not in force", () => {
    const choice = versionInForce([version("doc:a", "EXTENSION_ENDORSED"), version("doc:b", "UNKNOWN")], "2023-06-01");
    expect(choice.version).toBeNull();
    expect(choice.reason).toBe("Ingen version gäller enligt källorna per 2023-06-01: Avtal doc:a har en tillstyrkt förlängning utan känt beslut (EXTENSION_ENDORSED); Avtal doc:b har okänd status (UNKNOWN).");
  });

  it("more than one in force: no guess", () => {
    const choice = versionInForce([version("doc:a", "IN_FORCE"), version("doc:b", "EXTENDED")], "2023-06-01");
    expect(choice.version).toBeNull();
    expect(choice.reason).toContain("väljer inte mellan dem");
  });
});
