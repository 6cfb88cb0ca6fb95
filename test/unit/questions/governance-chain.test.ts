/** The governance chain's pure parts: roles from relation and direction, steps grouped in chain order. */
import { describe, expect, it } from "vitest";
import { buildSteps, DECISION_TYPES, roleOf, type GovernanceRelation } from "../../../src/questions/governance-chain/resolver.js";
import type { EntityRef, PathStep, RawStep } from "../../../src/questions/shared/refs.js";

const ref = (id: string, type: EntityRef["type"], extra: Record<string, unknown> = {}) => ({ id, type, name: id.split(":")[1]!, ...extra }) as EntityRef & Record<string, unknown>;
const raw = (relation: string, from: string, to: string): RawStep => ({ relation, from, to, inferred: false, because: null, note: null, sources: [] });

describe("governance roles", () => {
  it("come from the relation type and its direction", () => {
    expect(roleOf("COMMISSIONED_BY", true)).toBe("COMMISSIONED_BY");
    expect(roleOf("PRODUCES", false)).toBe("PRODUCED_BY");
    expect(roleOf("ADVISES", true)).toBe("RECOMMENDS_TO");
    expect(roleOf("PARTY_TO", false)).toBe("PARTY");
    expect(() => roleOf("PARTY_TO", true)).toThrow();
    expect(DECISION_TYPES).not.toContain("NOTED_INFORMATION");
    expect(DECISION_TYPES).toContain("RECOMMENDED_HUVUDMAN_DECISION");
  });

  it("group per role and subject, one step per position, in chain order", () => {
    const project = ref("project:p", "Project");
    const sro = ref("forum:sro", "Forum", { hasDecisionMandate: false });
    const relations: GovernanceRelation[] = [
      { depth: 2, subject: sro, actor: ref("org:vgr", "Organisation"), position: null, step: raw("ADVISES", "forum:sro", "org:vgr") },
      { depth: 2, subject: sro, actor: ref("org:kommun-ale", "Organisation"), position: null, step: raw("ADVISES", "forum:sro", "org:kommun-ale") },
      { depth: 1, subject: project, actor: ref("forum:vvg", "Forum"), position: null, step: raw("STEERED_BY", "project:p", "forum:vvg") },
      { depth: 1, subject: project, actor: sro, position: null, step: raw("COMMISSIONED_BY", "project:p", "forum:sro") },
      { depth: 1, subject: project, actor: ref("position:b", "Position"), position: { date: "2022-12", meeting: null }, step: raw("ASSIGNS", "position:b", "project:p") },
      { depth: 1, subject: project, actor: ref("position:a", "Position"), position: { date: "2022-09-29", meeting: null }, step: raw("ASSIGNS", "position:a", "project:p") },
    ];
    const steps = buildSteps(relations);
    expect(steps.map((s) => `${s.order} ${s.role} ${s.actors.map((a) => a.id).join(",")}`)).toEqual([
      "1 COMMISSIONED_BY forum:sro",
      "2 ASSIGNED_BY position:a",
      "3 ASSIGNED_BY position:b",
      "4 STEERED_BY forum:vvg",
      "5 RECOMMENDS_TO org:kommun-ale,org:vgr",
    ]);
    expect(steps[4]!.relations.map((r: PathStep) => r.to.id)).toEqual(["org:kommun-ale", "org:vgr"]);
  });
});
