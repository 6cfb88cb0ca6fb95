/**
 * Query-plan checks for the analyst queries: PROFILE each question's Cypher with its example
 * variables and report db hits, rows, operators, and any full label or relationship-type scan
 * (there must be none: every question starts from an index lookup of its id, or from the
 * full-text index). Used by `npm run query-plans` and test/integration/tools/query-plans.test.ts.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { Question } from "../../questions/registry.js";
import { questionModule } from "../../questions/server.js";
import { toParams } from "../../questions/shared/run.js";

/** Operators that read every node of a label (or every relationship of a type): not allowed on the hot paths. */
const SCAN_OPERATORS = [
  "AllNodesScan",
  "NodeByLabelScan",
  "UnionNodeByLabelsScan",
  "IntersectionNodeByLabelsScan",
  "SubtractionNodeByLabelsScan",
  "DirectedAllRelationshipsScan",
  "UndirectedAllRelationshipsScan",
  "DirectedRelationshipTypeScan",
  "UndirectedRelationshipTypeScan",
  "DirectedUnionRelationshipTypesScan",
  "UndirectedUnionRelationshipTypesScan",
];

export interface PlanReport {
  question: string;
  dbHits: number;
  rows: number;
  operators: string[];
  scans: string[];
  indexLookups: string[];
}

interface ProfiledPlan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: ProfiledPlan[];
}

function summarisePlan(plan: ProfiledPlan): { dbHits: number; operators: string[]; scans: string[]; indexLookups: string[] } {
  const operators: string[] = [];
  const scans: string[] = [];
  const indexLookups: string[] = [];
  let dbHits = 0;
  const walk = (p: ProfiledPlan) => {
    const op = p.operatorType.replace(/@.*$/, "");
    operators.push(op);
    dbHits += Number(p.dbHits);
    const details = String(p.arguments.Details ?? "");
    if (SCAN_OPERATORS.includes(op)) scans.push(`${op} ${details}`.trim());
    if (/Index|ProcedureCall/.test(op)) indexLookups.push(`${op} ${details}`.trim());
    p.children.forEach(walk);
  };
  walk(plan);
  return { dbHits, operators, scans, indexLookups };
}

/** Runs the question once (to plan and warm it), then PROFILEs it. */
export async function profileQuestion(driver: Driver, database: string, question: Question, variables: Record<string, unknown>): Promise<PlanReport> {
  const { cypher, params } = (await questionModule(question)).cypherFor(variables);
  const config = { database, routing: neo4j.routing.READ };
  await driver.executeQuery(cypher, toParams(params), config);
  const result = await driver.executeQuery(`PROFILE ${cypher}`, toParams(params), config);
  const plan = result.summary.profile as unknown as ProfiledPlan;
  return { question: question.name, rows: result.records.length, ...summarisePlan(plan) };
}
