import { describe, expect, it } from "vitest";
import { sourcesStatedBy, statedBy } from "../../../../src/questions/shared/as-of.js";
import { relationsAsOf, type GovernanceRelation } from "../../../../src/questions/governance-chain/resolver.js";

describe("what an answer as of a date keeps", () => {
  it("a fact dated on or before the date; a month or year counts from its first day; an undated fact", () => {
    expect(statedBy("2025-01-30", "2025-01-30")).toBe(true);
    expect(statedBy("2025-01-31", "2025-01-30")).toBe(false);
    expect(statedBy("2022-12", "2022-12-01")).toBe(true);
    expect(statedBy("2022-12", "2022-11-30")).toBe(false);
    expect(statedBy("2025", "2024-12-31")).toBe(false);
    expect(statedBy("2025", "2025-01-01")).toBe(true);
    expect(statedBy(null, "2000-01-01")).toBe(true);
  });

  it("a fact its sources state by the date: one source dated by then is enough, undated sources keep it", () => {
    const source = (date: string | null) => ({ document: { date } });
    expect(sourcesStatedBy([source("2025-01-30"), source("2022-02-04")], "2023-01-01")).toBe(true);
    expect(sourcesStatedBy([source("2025-01-30")], "2023-01-01")).toBe(false);
    expect(sourcesStatedBy([source(null)], "2023-01-01")).toBe(true);
    expect(sourcesStatedBy([], "2023-01-01")).toBe(true);
  });
});

describe("a governance chain as of a date", () => {
  const node = (id: string, type = "Forum") => ({ id, name: id, type, shortName: null, status: null, kind: null }) as GovernanceRelation["subject"];
  const relation = (from: string, to: string, date: string | null, position?: { type: "Position"; date: string | null }): GovernanceRelation => ({
    depth: 1,
    subject: node(from, from.startsWith("position:") ? "Position" : "Forum"),
    actor: node(to, position ? "Position" : "Forum"),
    position: position ? { date: position.date, meeting: null } : null,
    step: { relation: "REPORTS_TO", from, to, inferred: false, because: null, note: null, sources: [{ document: { id: "d", title: "d", kind: "MINUTES", date }, quote: "q" }] as never },
  });

  it("drops relations stated only later, positions taken later, and what only they reach", () => {
    const relations = [
      relation("doc:a", "position:p", "2022-01-01", { type: "Position", date: "2022-02" }),
      relation("position:p", "forum:sro", "2022-02-04"),
      relation("doc:a", "forum:x", "2021-01-01"),
      relation("forum:x", "forum:y", "2025-01-30"),
      // Stated early, but SRO is on the chain only through the later position.
      relation("forum:sro", "forum:z", "2020-01-01"),
    ];
    const kept = relationsAsOf("doc:a", relations, "2022-01-15");
    expect(kept.map((r) => `${r.subject.id}>${r.actor.id}`)).toEqual(["doc:a>forum:x"]);
    expect(relationsAsOf("doc:a", relations, "2026-12-06")).toBe(relations);
  });
});
