/**
 * The fields resolved in the app read what one request asks for together (src/graphql/request-loader.ts):
 * here the states of the documents it lists, one read per date; the documents its facts cite are
 * tested in test/unit/sources/citations.test.ts. The database read is stubbed (what it returns for
 * the ids); the batching is what is tested.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DocumentStateOn as DerivedState } from "../../../src/time/document-state.js";

const asked = vi.hoisted(() => [] as { ids: string[]; date: string }[]);
vi.mock("../../../src/questions/shared/document-states.js", async (original) => ({
  ...(await original<object>()),
  async documentStates(_db: unknown, ids: readonly string[], date: string) {
    asked.push({ ids: [...ids], date });
    return new Map(ids.filter((id) => id !== "doc:unknown").map((id) => [id, { date, state: "IN_FORCE", certainty: "STATED", since: null, until: null, explanation: id, facts: [] } as unknown as DerivedState]));
  },
}));

const { timeResolvers } = await import("../../../src/graphql/time-resolvers.js");
const stateOn = timeResolvers.GoverningDocument.stateOn;
const driver = { executeQuery: () => Promise.reject(new Error("not in this test")) };

describe("GoverningDocument.stateOn", () => {
  beforeEach(() => void (asked.length = 0));

  it("reads the states of the documents one request lists together, once per date", async () => {
    const context = { executionContext: driver };
    const answers = await Promise.all([
      stateOn({ id: "doc:a" }, { date: "2024-01-01" }, context),
      stateOn({ id: "doc:b" }, { date: "2024-01-01" }, context),
      stateOn({ id: "doc:c" }, { date: "2024-01-01" }, context),
      stateOn({ id: "doc:a" }, { date: "2021-06-01" }, context),
    ]);
    expect(answers.map((a) => `${a.explanation} ${a.date}`)).toEqual(["doc:a 2024-01-01", "doc:b 2024-01-01", "doc:c 2024-01-01", "doc:a 2021-06-01"]);
    expect(asked).toEqual([
      { ids: ["doc:a", "doc:b", "doc:c"], date: "2024-01-01" },
      { ids: ["doc:a"], date: "2021-06-01" },
    ]);
  });

  it("reads again for another request, and names a document it could not read", async () => {
    await stateOn({ id: "doc:a" }, { date: "2024-01-01" }, { executionContext: driver });
    await expect(stateOn({ id: "doc:unknown" }, { date: "2024-01-01" }, { executionContext: driver })).rejects.toThrow(/no facts read for doc:unknown/);
    expect(asked).toHaveLength(2);
  });
});
