// 6. Full-text search: the candidates, on a graph over the subject index's cap (SEARCH_INDEX_LIMITS
// in src/config/limits.ts; within it they are gathered in memory with the same terms, index/,
// and this statement is not run). The Swedish `entity_search` index on Entity.searchText
// (names, aliases, titles, descriptions, mandates, purposes, positions' wording, and the compound
// parts, dates and amounts they are also found under: src/seed/search-text.ts) gives up to
// $candidates nodes for a Lucene query built by lucene.ts (every term escaped, fuzzy variants so
// "fardplan" finds "Färdplan", day, month, year and amount tokens). This file only gathers what
// ranking needs: every name the node goes by, its text, its status, a date, an amount and a
// forum to tell hits apart in a list of suggestions. The ranking (exact name first, then prefix,
// words, fuzzy, text, partial; the agreement in force before drafts and revisions) and the
// relevance floor are in ranking.ts and match.ts, so the API, the reader of questions, the ask
// CLI and the explore page share them.
// A governing document brings its dated facts (the `dated` fragment): ranking uses its state on the asked
// date, derived in resolver.ts, so what is in force on that date ranks first.
// Parameters: $query, $types (labels to keep, [] = all), $candidates. Returns one row: `candidates`.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
WHERE size($types) = 0 OR any(l IN labels(node) WHERE l IN $types)
// Only an agenda item has a meeting (HAS_ITEM) and only a position a meeting through its item and
// a forum (TAKEN_BY) (src/model/relations.ts): the other candidates, organisations with hundreds
// of relationships among them, are not expanded.
WITH node, score,
  CASE WHEN node:AgendaItem THEN head([(node)<-[:HAS_ITEM]-(m:Meeting) | m]) END AS itemMeeting,
  CASE WHEN node:Position THEN head([(node)<-[:RESULTED_IN]-(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting) | m]) END AS positionMeeting,
  CASE WHEN node:Position THEN head([(node)-[:TAKEN_BY]->(f:Forum) | f]) END AS takenBy
WITH node, score, takenBy, coalesce(itemMeeting, positionMeeting, CASE WHEN node:Meeting THEN node END) AS meeting
WITH node, score, coalesce(takenBy, head([(meeting)-[:OF_FORUM]->(f:Forum) | f])) AS forum,
  coalesce(node.date, node.decidedOn, node.validFrom, node.periodStart, node.start, node.asOf, meeting.date) AS day,
  coalesce(node.month, node.decidedInMonth, meeting.month) AS month
ORDER BY score DESC, node.id
RETURN collect({
  entity: {{ref node}},
  names: [x IN [node.name, node.shortName] + coalesce(node.aliases, []) + coalesce(node.formerNames, []) WHERE x IS NOT NULL],
  searchText: node.searchText,
  luceneScore: score,
  date: CASE WHEN day IS NOT NULL THEN toString(day) ELSE month END,
  // A membership dated by its document's year only (asOfPrecision YEAR) is shown as that year.
  precision: coalesce(node.precision, node.datePrecision, CASE WHEN day = node.asOf THEN node.asOfPrecision END),
  amount: node.amountSek,
  forum: CASE WHEN forum IS NULL THEN null ELSE {{ref forum Forum}} END,
  text: coalesce(node.wording, node.description),
  facts: CASE WHEN node:GoverningDocument THEN {{dated node}} END
}) AS candidates
