/**
 * Property: on random graphs of governing documents (cycles, self-loops and parallel relations
 * included), the transitive dependency query answers exactly what a simple breadth-first traversal
 * in TypeScript answers: the same documents at the same depths, each once, each with a valid
 * shortest chain, and with a date only through documents in force on it by their derived state. Every graph is written to the test database under its own id prefix (with
 * origin 'test') and removed afterwards.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { question as documentDependencies, type DependencyArgs } from "../../../src/questions/document-dependencies/resolver.js";
import { warmAnalysisQueries } from "../../../src/questions/warm.js";
import { question as impactQuestion } from "../../../src/questions/impact/resolver.js";
import { documentStates } from "../../../src/questions/shared/document-states.js";
import { IN_FORCE_STATES } from "../../../src/time/document-state.js";
import { DEPENDENCY_RELATIONS, type DependencyRelation } from "../../../src/questions/shared/dependency-relations.js";
import { testDatabase, testDriver } from "../../support/test-database.js";

const db = testDatabase();
let driver: Driver;
beforeAll(() => {
  driver = testDriver(db);
});
afterAll(async () => {
  await driver.executeQuery(`MATCH (n:GoverningDocument) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, { prefix: `doc:test-pbt-${process.pid}-` }, { database: db.database });
  await driver?.close();
});

interface Doc {
  status: string | null;
  validFrom: string | null;
  validTo: string | null;
  extendedUntil: string | null;
}
interface Edge {
  from: number;
  to: number;
  type: DependencyRelation;
}
interface Case {
  docs: Doc[];
  edges: Edge[];
  root: number;
  direction: "DEPENDENTS" | "DEPENDENCIES";
  types: DependencyRelation[];
  maxDepth: number;
  asOf: string | null;
}

const date = fc.integer({ min: 2018, max: 2026 }).chain((y) => fc.constantFrom(`${y}-01-01`, `${y}-06-30`, `${y}-12-31`));
const doc: fc.Arbitrary<Doc> = fc.record({
  status: fc.constantFrom(null, "IN_FORCE", "EXTENDED", "DRAFT", "ENDORSED", "REPLACED"),
  validFrom: fc.option(date, { nil: null }),
  validTo: fc.option(date, { nil: null }),
  extendedUntil: fc.option(date, { nil: null }),
});
const graphCase: fc.Arbitrary<Case> = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    docs: fc.array(doc, { minLength: n, maxLength: n }),
    edges: fc.array(fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1), type: fc.constantFrom(...DEPENDENCY_RELATIONS) }), { maxLength: 3 * n }),
    root: fc.nat(n - 1),
    direction: fc.constantFrom("DEPENDENTS" as const, "DEPENDENCIES" as const),
    types: fc.subarray([...DEPENDENCY_RELATIONS], { minLength: 1 }),
    maxDepth: fc.integer({ min: 1, max: 8 }),
    asOf: fc.option(date, { nil: null }),
  }),
);

/** Which documents are in force on the case's date, by the state derived from their facts as stored (src/time/document-state.ts). */
async function inForceOn(c: Case, id: (i: number) => string): Promise<(i: number) => boolean> {
  if (c.asOf === null) return () => true;
  const states = await documentStates({ driver, database: db.database }, c.docs.map((_, i) => id(i)), c.asOf);
  return (i) => IN_FORCE_STATES.includes(states.get(id(i))!.state);
}

/** The reference: breadth-first search from the root, one step = one allowed relation in the asked direction. */
export function referenceDepths(c: Case, inForce: (i: number) => boolean = () => true): Map<number, number> {
  const depth = new Map<number, number>([[c.root, 0]]);
  let frontier = [c.root];
  for (let d = 1; d <= c.maxDepth && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const x of frontier) {
      for (const e of c.edges) {
        if (!c.types.includes(e.type)) continue;
        const [near, far] = c.direction === "DEPENDENTS" ? [e.to, e.from] : [e.from, e.to];
        if (near !== x || depth.has(far) || !inForce(far)) continue;
        depth.set(far, d);
        next.push(far);
      }
    }
    frontier = next;
  }
  depth.delete(c.root);
  return depth;
}

let run = 0;
async function writeGraph(c: Case): Promise<(i: number) => string> {
  const prefix = `doc:test-pbt-${process.pid}-${run++}`;
  const id = (i: number) => `${prefix}-${i}`;
  await driver.executeQuery(
    `UNWIND $docs AS d
     CREATE (:GoverningDocument:Entity {id: d.id, name: d.id, kind: 'OTHER', status: d.status, validFrom: date(d.validFrom), validTo: date(d.validTo),
             extendedUntil: date(d.extendedUntil), origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []})
     WITH count(*) AS _
     UNWIND $edges AS e
     MATCH (a:GoverningDocument {id: e.from}), (b:GoverningDocument {id: e.to})
     CALL apoc.create.relationship(a, e.type, {origin: 'test', inferred: false, sourceDocuments: [], sourceQuotes: []}, b) YIELD rel
     RETURN count(rel) AS n`,
    { docs: c.docs.map((d, i) => ({ id: id(i), ...d })), edges: c.edges.map((e) => ({ from: id(e.from), to: id(e.to), type: e.type })) },
    { database: db.database },
  );
  return id;
}

async function removeGraph(id: (i: number) => string): Promise<void> {
  await driver.executeQuery(`MATCH (n:GoverningDocument) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, { prefix: id(0).replace(/-0$/, "-") }, { database: db.database });
}

describe("transitive dependencies on random graphs", () => {
  // Plan the statements before the first case: planning takes seconds on a busy machine.
  beforeAll(() => warmAnalysisQueries(driver, db.database), 240_000);

  it("agree with a breadth-first traversal in TypeScript, cycles included", async () => {
    await fc.assert(
      fc.asyncProperty(graphCase, async (c) => {
        const id = await writeGraph(c);
        try {
          const args: DependencyArgs = { id: id(c.root), direction: c.direction, relationTypes: c.types, maxDepth: c.maxDepth, asOf: c.asOf, limit: 500 };
          const answer = await documentDependencies.run({ driver, database: db.database }, args);
          const inForce = await inForceOn(c, id);
          const expected = referenceDepths(c, inForce);
          const got = new Map(answer.dependencies.map((d) => [Number(d.document.id.split("-").at(-1)), d.depth]));
          // The same documents at the same (shortest) depths, each once.
          expect(answer.dependencies).toHaveLength(got.size);
          expect([...got.entries()].sort((a, b) => a[0] - b[0])).toEqual([...expected.entries()].sort((a, b) => a[0] - b[0]));
          expect(answer.truncated).toBe(false);
          // Each chain is real: consecutive allowed relations, in the asked direction, through documents in force.
          const index = (ref: { id: string }) => Number(ref.id.split("-").at(-1));
          for (const dep of answer.dependencies) {
            expect(dep.path).toHaveLength(dep.depth);
            let at = c.root;
            for (const step of dep.path) {
              expect(c.types).toContain(step.relation);
              const [near, far] = c.direction === "DEPENDENTS" ? [index(step.to), index(step.from)] : [index(step.from), index(step.to)];
              expect(near).toBe(at);
              expect(c.edges.some((e) => e.type === step.relation && e.from === index(step.from) && e.to === index(step.to))).toBe(true);
              expect(inForce(far)).toBe(true);
              at = far;
            }
            expect(at).toBe(index(dep.document));
          }
        } finally {
          await removeGraph(id);
        }
      }),
      { numRuns: 80, seed: Number(process.env.PBT_SEED ?? 20250130), endOnFailure: true },
    );
    // With a date each case runs three statements (reachable documents, their states, the chains).
  }, 240_000);

  it("impact: the harmed documents are the dependents over every relation but REPLACES; a successor is listed, not followed", async () => {
    await fc.assert(
      fc.asyncProperty(graphCase, async (c) => {
        const id = await writeGraph(c);
        try {
          const database = { driver, database: db.database };
          // A successor (REPLACES) is not harmed and not followed: the harmed documents are the dependents over the other relations.
          const harmful = c.types.filter((t) => t !== "REPLACES");
          const impact = await impactQuestion.run(database, { id: id(c.root), relationTypes: c.types, maxDepth: c.maxDepth, limit: 500, asOf: "2025-06-01" });
          const harmed = impact.documents.filter((d) => !(d.effect === "SUCCESSOR" && d.path.at(-1)?.relation === "REPLACES"));
          const dependents = harmful.length ? (await documentDependencies.run(database, { id: id(c.root), direction: "DEPENDENTS", relationTypes: harmful, maxDepth: c.maxDepth, asOf: null, limit: 500 })).dependencies : [];
          expect(harmed.map((d) => `${d.entity.id} ${d.depth}`).sort()).toEqual(dependents.map((d) => `${d.document.id} ${d.depth}`).sort());
          // Each successor replaces a harmed document (or the agreement itself) and is not harmed itself.
          const harmedIds = new Set([id(c.root), ...harmed.map((d) => d.entity.id)]);
          for (const s of impact.documents.filter((d) => !harmed.includes(d))) {
            expect(harmedIds.has(s.entity.id)).toBe(false);
            expect(harmedIds.has(s.path.at(-1)!.to.id)).toBe(true);
            expect(s.depth).toBeLessThanOrEqual(c.maxDepth);
          }
        } finally {
          await removeGraph(id);
        }
      }),
      { numRuns: 25, seed: Number(process.env.PBT_SEED ?? 20250130), endOnFailure: true },
    );
  }, 240_000);
});
