/**
 * What the benchmark asks: every analyst question (its explorer example, and its Cypher through
 * the driver as the floor), and the website's typical reads of the generated API, each with a
 * hand-written Cypher that gives the same answer.
 */
import { analysisCypher } from "../analysis/cypher.js";
import { QUESTIONS, readExample } from "../analysis/questions.js";
import { toParams } from "../analysis/run.js";

export interface BenchCase {
  name: string;
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

export function benchCases(): BenchCase[] {
  const cases: BenchCase[] = QUESTIONS.map((question) => {
    const { operation, variables } = readExample(question);
    const { name, params } = question.cypher(variables);
    return { name: question.name, kind: "analyst question", operation, variables, cypher: analysisCypher(name), params: toParams(params) };
  });
  cases.push(
    { name: "forum-meetings", kind: "website read", operation: FORUM_MEETINGS_GRAPHQL, variables: { forum: "forum:sro" }, cypher: FORUM_MEETINGS_CYPHER, params: { forum: "forum:sro" } },
    { name: "forum-meetings-from-forum", kind: "website read", operation: FORUM_MEETINGS_FROM_FORUM_GRAPHQL, variables: { forum: "forum:sro" }, cypher: FORUM_MEETINGS_CYPHER, params: { forum: "forum:sro" } },
    { name: "forum-latest-meetings", kind: "website read", operation: FORUM_LATEST_MEETINGS_GRAPHQL, variables: { forum: "forum:sro" }, cypher: FORUM_MEETINGS_CYPHER, params: { forum: "forum:sro" } },
    { name: "agreement-page", kind: "website read", operation: AGREEMENT_GRAPHQL, variables: { id: "doc:hos-avtal" }, cypher: AGREEMENT_CYPHER, params: { id: "doc:hos-avtal" } },
  );
  return cases;
}

/** The read whose throughput is measured, GraphQL against the same Cypher served bare. */
export const THROUGHPUT_CASE = "forum-meetings";
