/**
 * The search field gathers its candidates from the in-memory subject index on the seed graph, and
 * by Lucene on a graph over the cap. On the seed graph both are run for a set of texts (typed,
 * with typing errors, compounds, abbreviations, dates, amounts, types and limits): the hits must
 * be the same entities in the same order with the same match kinds and reasons. Scores may differ
 * in their last part (the gathering's score is a tie-breaker within a match kind), so they are
 * not compared.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { subjectIndexOf } from "../../../src/questions/search/index/current.js";
import { question as search, rankSearchCandidates, searchHits, searchParams, type SearchCandidate } from "../../../src/questions/search/resolver.js";
import { questionCypher } from "../../../src/questions/shared/cypher.js";
import { runAnalysis } from "../../../src/questions/shared/run.js";
import { warmAnalysisQueries } from "../../../src/questions/warm.js";
import { useTestApi } from "../../support/test-api.js";

const api = useTestApi();
beforeAll(() => warmAnalysisQueries(api.driver(), api.database), 300_000);

const AS_OF = "2026-12-06";

/** Texts whose hits are the same from either gathering. */
const SAME: [text: string, types: string[], limit: number][] = [
  ["färdplan", [], 5],
  ["fardplan", [], 5],
  ["FÄRDPLAN", [], 5],
  ["Hälso- och sjukvårdsavtalet", ["GoverningDocument"], 5],
  ["HoS-avtalet", [], 5],
  ["hos avtalet", [], 5],
  ["HoS-avtal", [], 5],
  ["nya HoS-avtalet", [], 5],
  ["vastkom", [], 5],
  ["SRO", [], 5],
  ["Malin Swärd", [], 5],
  ["Göteborgs stad", [], 3],
  ["Stenungsund", [], 3],
  ["Ungdomsmotagningar", [], 5],
  ["avtal om läkarinsatser", [], 5],
  ["ramavtalet om läkarinsatser", [], 5],
  ["statsbidrag 49 miljoner", [], 5],
  ["de 70 miljonerna", [], 5],
  ["70 mnkr", [], 5],
  ["48 av 49 kommuner", [], 5],
  ["SRO 30 januari 2025", ["Meeting"], 5],
  ["SRO januari 2025", ["Meeting"], 5],
  ["SRO 2025-01-30", [], 5],
  ["30 januari 2025", [], 5],
  ["kvinnofridssatsning 2021–2023", ["Project"], 5],
  ["ställer sig bakom förlängning", [], 5],
  ["Johansson", ["Person"], 5],
  ["överenskommelse", ["GoverningDocument"], 10],
  ["ordet som inget har xyzzy", [], 5],
];

const shown = (hits: Awaited<ReturnType<typeof search.run>>["hits"]) => hits.map((h) => ({ id: h.entity.id, match: h.match, matchedName: h.matchedName, matched: h.matched, missing: h.missing, why: h.why, date: h.date }));

describe("the search field's gathering: the subject index and Lucene", () => {
  it("gives the same hits for texts of every kind", async () => {
    const db = { driver: api.driver(), database: api.database };
    expect(await subjectIndexOf(db)).not.toBeNull();
    for (const [text, types, limit] of SAME) {
      const fromIndex = await search.run(db, { text, types: types as never, limit, asOf: AS_OF });
      const row = await runAnalysis<{ candidates: SearchCandidate[] }>(db, "search", questionCypher("search"), searchParams(text, types, limit));
      const fromLucene = searchHits(rankSearchCandidates(text, row.candidates, AS_OF), limit);
      expect(shown(fromIndex.hits), `${text} ${types.join(",")} ${limit}`).toEqual(shown(fromLucene.hits));
    }
  });
});
