// Several searches in one statement, for the reader of questions (many.ts) on a graph over the
// subject index's cap (SEARCH_INDEX_LIMITS; within it they are gathered in memory, index/). Parameters: $searches,
// a list of {key, query, candidates}. For each, the full-text hits of query.cypher in its order
// (Lucene's score, then the id), every type kept (many.ts keeps each search's types); a node that
// several searches find is projected once, in `nodes`, as query.cypher projects a candidate but
// without what ranking and linking do not read (its text and forum). Returns one row: `results`
// ({key, hits: [{id, score}]}) and `nodes`. test/integration/reader/search-many.test.ts checks
// that the hits are those of the search field.
UNWIND $searches AS search
CALL (search) {
  CALL db.index.fulltext.queryNodes('entity_search', search.query, {limit: search.candidates}) YIELD node, score
  WITH node, score ORDER BY score DESC, node.id
  RETURN collect({id: node.id, score: score}) AS hits, collect(node) AS found
}
WITH collect({key: search.key, hits: hits}) AS results, collect(found) AS founds
CALL (founds) {
  UNWIND founds AS found
  UNWIND found AS node
  WITH DISTINCT node
  WITH node,
    CASE WHEN node:AgendaItem THEN head([(node)<-[:HAS_ITEM]-(m:Meeting) | m]) END AS itemMeeting,
    CASE WHEN node:Position THEN head([(node)<-[:RESULTED_IN]-(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting) | m]) END AS positionMeeting
  WITH node, coalesce(itemMeeting, positionMeeting, CASE WHEN node:Meeting THEN node END) AS meeting
  WITH node,
    coalesce(node.date, node.decidedOn, node.validFrom, node.periodStart, node.start, node.asOf, meeting.date) AS day,
    coalesce(node.month, node.decidedInMonth, meeting.month) AS month
  RETURN collect({
    entity: {{ref node}},
    names: [x IN [node.name, node.shortName] + coalesce(node.aliases, []) + coalesce(node.formerNames, []) WHERE x IS NOT NULL],
    searchText: node.searchText,
    date: CASE WHEN day IS NOT NULL THEN toString(day) ELSE month END,
    precision: coalesce(node.precision, node.datePrecision, CASE WHEN day = node.asOf THEN node.asOfPrecision END),
    amount: node.amountSek,
    facts: CASE WHEN node:GoverningDocument THEN {{dated node}} END
  }) AS nodes
}
RETURN results, nodes
