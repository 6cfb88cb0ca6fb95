/**
 * Query plans: every analyst question starts from an index (the id's unique constraint, or the
 * full-text index) and reads no label or relationship type in full; its db hits on the seed
 * graph stay within a budget. The same check prints as `npm run query-plans`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { profileQuestion } from "../../../src/tools/query-plans/plans.js";
import { QUESTIONS } from "../../../src/questions/registry.js";
import { questionExample } from "../../../src/questions/server.js";
import { testDatabase, testDriver } from "../../support/test-database.js";

const db = testDatabase();
let driver: Driver;
beforeAll(() => {
  driver = testDriver(db);
});
afterAll(async () => {
  await driver?.close();
});

/** Generous ceilings (about ten times what the seed graph costs today) that catch a plan gone wrong. */
const BUDGET: Record<string, number> = {
  "document-dependencies": 10_000,
  "governance-chain": 300_000,
  "fund-flow": 20_000,
  timeline: 50_000,
  "person-activity": 20_000,
  "meeting-attendance": 50_000,
  "forum-positions": 50_000,
  search: 50_000,
  impact: 100_000,
  neighbourhood: 20_000,
  "documents-in-force": 50_000,
  "upcoming-meetings": 20_000,
  "agreement-versions": 5_000,
  "agreement-diff": 20_000,
  events: 50_000,
};

describe("query plans of the analyst questions", () => {
  for (const question of QUESTIONS) {
    it(`${question.name}: index lookups only, no full scans, db hits within budget`, async () => {
      const report = await profileQuestion(driver, db.database, question, questionExample(question).variables);
      expect(report.rows).toBe(1);
      expect(report.scans, JSON.stringify(report.scans)).toEqual([]);
      if (question.name === "search") expect(report.indexLookups.join(" ")).toMatch(/ProcedureCall.*fulltext\.queryNodes/);
      // A subject is found by its unique id; a question without one starts from an index of its type.
      else if (question.subject.argument === "none") expect(report.indexLookups.join(" ")).toMatch(/NodeIndexSeek|NodeUniqueIndexSeek/);
      else expect(report.indexLookups.join(" ")).toMatch(/NodeUniqueIndexSeek UNIQUE \w+:Entity\(id\) WHERE id = \$id/);
      expect(report.dbHits, `db hits of ${question.name}`).toBeLessThan(BUDGET[question.name]!);
    });
  }
});
