/**
 * What the benchmark asks: every analyst question in the registry (its GraphiQL example, named
 * as the question, and its Cypher through the driver as the floor), and the website's typical reads of the generated API, each with a
 * hand-written Cypher that gives the same answer.
 */
import { QUESTIONS, type Question, type QuestionName } from "../../questions/registry.js";
import { questionExample, questionModule } from "../../questions/server.js";
import { toParams } from "../../questions/shared/run.js";

export interface BenchCase {
  name: string;
  /** "seed": about the real seed graph's entities (answer constant as the graph grows); "generated": about region g01 of a generated graph (answers grow with it). */
  about: "seed" | "generated";
  kind: "analyst question" | "website read";
  operation: string;
  variables: Record<string, unknown>;
  cypher: string;
  params: Record<string, unknown>;
}

const FORUM_MEETINGS_GRAPHQL = `query ForumMeetings($forum: ID!) {
  meetings(where: { forum: { some: { id: { eq: $forum } } } }, sort: [{ month: DESC }], limit: 10) {
    id name month
    items(sort: [{ order: ASC }]) { order name presenters { name } positions { positionType wording } }
  }
}`;

/**
 * The same read asked from the forum: @neo4j/graphql starts at the forum's id index and expands
 * its meetings, where the form above scans every Meeting and filters on its forum (see
 * docs/scale.md, "GraphQL layer: where the time goes"). Its answer is the same list, under
 * `forums[0].meetings`.
 */
const FORUM_MEETINGS_FROM_FORUM_GRAPHQL = `query ForumMeetingsFromForum($forum: ID!) {
  forums(where: { id: { eq: $forum } }) {
    meetings(sort: [{ month: DESC }], limit: 10) {
      id name month
      items(sort: [{ order: ASC }]) { order name presenters { name } positions { positionType wording } }
    }
  }
}`;

/**
 * The same read through `Forum.latestMeetings`, a @cypher field that sorts and limits the forum's
 * meetings before anything is projected (the nested relationship field above projects them all first).
 */
const FORUM_LATEST_MEETINGS_GRAPHQL = `query ForumLatestMeetings($forum: ID!) {
  forums(where: { id: { eq: $forum } }) {
    latestMeetings(limit: 10) {
      id name month
      items(sort: [{ order: ASC }]) { order name presenters { name } positions { positionType wording } }
    }
  }
}`;

const FORUM_MEETINGS_CYPHER = `MATCH (:Forum {id: $forum})<-[:OF_FORUM]-(m:Meeting)
WITH m ORDER BY m.month DESC LIMIT 10
RETURN collect(m { .id, .name, .month, items: COLLECT {
  MATCH (m)-[:HAS_ITEM]->(i:AgendaItem) WITH i ORDER BY i.order
  RETURN i { .order, .name,
    presenters: COLLECT { MATCH (i)-[:PRESENTED_BY]->(p:Person) RETURN p { .name } },
    positions: COLLECT { MATCH (i)-[:RESULTED_IN]->(x:Position) RETURN x { .positionType, .wording } } } } }) AS meetings`;

const AGREEMENT_GRAPHQL = `query AgreementPage($id: ID!) {
  governingDocuments(where: { id: { eq: $id } }) {
    id name kind status validFrom validTo
    parts { id name }
    parties { id name }
    replaces { id name }
    sources { document { id title } quote }
  }
}`;

const AGREEMENT_CYPHER = `MATCH (d:GoverningDocument {id: $id})
RETURN d { .id, .name, .kind, .status, validFrom: toString(d.validFrom), validTo: toString(d.validTo),
  parts: COLLECT { MATCH (d)<-[:PART_OF]-(x:Entity) RETURN x { .id, .name } },
  parties: COLLECT { MATCH (d)<-[:PARTY_TO]-(o:Organisation) RETURN o { .id, .name } },
  replaces: COLLECT { MATCH (d)-[:REPLACES]->(o:GoverningDocument) RETURN o { .id, .name } },
  sources: [i IN range(0, size(d.sourceQuotes) - 1) | { document: COLLECT { MATCH (s:SourceDocument {id: d.sourceDocuments[i]}) RETURN s { .id, .title } }[0], quote: d.sourceQuotes[i] }] } AS document`;

/**
 * The same questions about generated entities (region g01, generated first, so present at every
 * size from 10k nodes; the integration test asks the same ids), whose answers grow with the graph
 * until g01's fifteen years are complete: this shows how cost grows with the answer.
 */
export const GENERATED_VARIABLES: Record<QuestionName, Record<string, unknown>> = {
  "document-dependencies": { id: "doc:g01-hos-avtal-2011" },
  "governance-chain": { id: "project:g01-2011" },
  "fund-flow": { id: "fund:g01-2011-1" },
  timeline: { id: "doc:g01-hos-avtal-2011" },
  "person-activity": { id: "person:g01-p0001" },
  "meeting-attendance": { id: "meeting:g01-sro-2011-01" },
  "forum-positions": { id: "forum:g01-sro", from: "2011-01-01", to: "2025-12-31" },
  search: { text: "Riktlinje 2 för läkemedel" },
  impact: { id: "doc:g01-hos-avtal-2011" },
  neighbourhood: { id: "forum:g01-sro" },
  "documents-in-force": { asOf: "2012-06-01" },
  "upcoming-meetings": { forum: "forum:g01-sro", asOf: "2018-06-01" },
  events: { from: "2015-01-01", to: "2015-12-31" },
  "agreement-versions": { id: "doc:g01-hos-avtal-2011", asOf: "2018-06-01" },
  "agreement-diff": { from: "doc:g01-hos-avtal-2019", to: "doc:g01-hos-avtal-2023" },
};

function websiteReads(about: BenchCase["about"], forum: string, agreement: string): BenchCase[] {
  const suffix = about === "generated" ? " (g01)" : "";
  return [
    { name: `forum-meetings${suffix}`, about, kind: "website read", operation: FORUM_MEETINGS_GRAPHQL, variables: { forum }, cypher: FORUM_MEETINGS_CYPHER, params: { forum } },
    { name: `forum-meetings-from-forum${suffix}`, about, kind: "website read", operation: FORUM_MEETINGS_FROM_FORUM_GRAPHQL, variables: { forum }, cypher: FORUM_MEETINGS_CYPHER, params: { forum } },
    { name: `forum-latest-meetings${suffix}`, about, kind: "website read", operation: FORUM_LATEST_MEETINGS_GRAPHQL, variables: { forum }, cypher: FORUM_MEETINGS_CYPHER, params: { forum } },
    { name: `agreement-page${suffix}`, about, kind: "website read", operation: AGREEMENT_GRAPHQL, variables: { id: agreement }, cypher: AGREEMENT_CYPHER, params: { id: agreement } },
  ];
}

/** Every case about the seed graph; with `generated`, also every case about region g01. */
export async function benchCases(options: { generated: boolean } = { generated: false }): Promise<BenchCase[]> {
  const question = async (about: BenchCase["about"], name: string, q: Question, variables: Record<string, unknown>): Promise<BenchCase> => {
    const { cypher, params } = (await questionModule(q)).cypherFor(variables);
    return { name, about, kind: "analyst question", operation: questionExample(q).operation, variables, cypher, params: toParams(params) };
  };
  const cases: BenchCase[] = [];
  for (const q of QUESTIONS) cases.push(await question("seed", q.name, q, questionExample(q).variables));
  cases.push(...websiteReads("seed", "forum:sro", "doc:hos-avtal"));
  if (options.generated) {
    for (const q of QUESTIONS) cases.push(await question("generated", `${q.name} (g01)`, q, { ...questionExample(q).variables, ...GENERATED_VARIABLES[q.name] }));
    cases.push(...websiteReads("generated", "forum:g01-sro", "doc:g01-hos-avtal-2023"));
  }
  return cases;
}

/**
 * The read whose throughput is measured, GraphQL against the same Cypher served bare: SRO's ten
 * latest meetings, in the API's shape for it (the root `meetings(where: forum)` form reads every
 * Meeting in the graph; its latency is still measured as `forum-meetings`).
 */
export const THROUGHPUT_CASE = "forum-latest-meetings";
