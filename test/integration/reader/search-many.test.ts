/**
 * The reader links all its candidate readings' subjects in one statement (src/questions/search/
 * many.ts, many.cypher): each search of the batch must give the hits the search field gives for
 * the same text, types and limit (same entities in the same order, same scores, match kinds and
 * reasons), on the seeded graph.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { searchMany, type SearchRequest } from "../../../src/questions/search/many.js";
import { question as search } from "../../../src/questions/search/resolver.js";
import { warmAnalysisQueries } from "../../../src/questions/warm.js";
import { useTestApi } from "../../support/test-api.js";

const api = useTestApi();
beforeAll(() => warmAnalysisQueries(api.driver(), api.database), 300_000);

const AS_OF = "2026-12-06";
const REQUESTS: SearchRequest[] = [
  { text: "HoS-avtalet", types: ["GoverningDocument"], limit: 5 },
  { text: "HoS-avtalet", types: [], limit: 5 },
  { text: "HoS-avtalet", types: ["GoverningDocument", "Project"], limit: 1 },
  { text: "SRO 30 januari 2025", types: ["Meeting"], limit: 5 },
  { text: "SRO", types: ["Meeting"], limit: 50 },
  { text: "ramavtalet om läkarinsatser", types: [], limit: 5 },
  { text: "statsbidrag 49 miljoner", types: ["Fund"], limit: 5 },
  { text: "Johansson", types: ["Person"], limit: 5 },
  { text: "fardplan", types: [], limit: 3 },
  { text: "kvinnofridssatsning 2021–2023", types: ["Project"], limit: 5 },
  { text: "ordet som inget har xyzzy", types: [], limit: 5 },
  { text: "?!", types: [], limit: 5 },
];

const shown = (hits: { entity: { id: string }; score: number; match: string; matchedName: string | null; matched: string[]; missing: string[]; why: string; date?: string | null }[]) =>
  hits.map((h) => ({ id: h.entity.id, score: h.score, match: h.match, matchedName: h.matchedName, matched: h.matched, missing: h.missing, why: h.why, date: h.date ?? null }));

describe("several searches in one statement", () => {
  it("gives each search the search field's hits for its text, types and limit", async () => {
    const db = { driver: api.driver(), database: api.database };
    const together = await searchMany(db, REQUESTS, AS_OF);
    expect(together).toHaveLength(REQUESTS.length);
    for (const [i, r] of REQUESTS.entries()) {
      const alone = await search.run(db, { text: r.text, types: [...r.types] as never, limit: r.limit, asOf: AS_OF });
      expect(shown(together[i]!), `${r.text} ${r.types.join(",")} ${r.limit}`).toEqual(shown(alone.hits));
    }
    // The cases are not all empty: the comparison above compares hits.
    expect(together[0]![0]?.entity.id).toBe("doc:hos-avtal");
    expect(together[4]!.length).toBeGreaterThan(5);
  });

  it("asks nothing of the database when no text has a word to search for", async () => {
    const db = { driver: { executeQuery: () => Promise.reject(new Error("no statement expected")) } as never, database: api.database };
    expect(await searchMany(db, [{ text: "?!", types: [], limit: 5 }])).toEqual([[]]);
  });
});
