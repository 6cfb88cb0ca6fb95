// The subject index's nodes (index/load.ts): every searchable node, that is every Entity with a
// search text (what the `entity_search` full-text index holds), projected as query.cypher projects
// a search candidate (its names, search text, date, precision, amount, forum, text and, for a
// governing document, its dated facts), without a score. Read once per graph version, in the
// transaction that reads the version. Returns one row: `nodes`.
MATCH (node:Entity)
WHERE node.searchText IS NOT NULL
WITH node,
  CASE WHEN node:AgendaItem THEN head([(node)<-[:HAS_ITEM]-(m:Meeting) | m]) END AS itemMeeting,
  CASE WHEN node:Position THEN head([(node)<-[:RESULTED_IN]-(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting) | m]) END AS positionMeeting,
  CASE WHEN node:Position THEN head([(node)-[:TAKEN_BY]->(f:Forum) | f]) END AS takenBy
WITH node, takenBy, coalesce(itemMeeting, positionMeeting, CASE WHEN node:Meeting THEN node END) AS meeting
WITH node, coalesce(takenBy, head([(meeting)-[:OF_FORUM]->(f:Forum) | f])) AS forum,
  coalesce(node.date, node.decidedOn, node.validFrom, node.periodStart, node.start, node.asOf, meeting.date) AS day,
  coalesce(node.month, node.decidedInMonth, meeting.month) AS month
RETURN collect({
  entity: {{ref node}},
  names: [x IN [node.name, node.shortName] + coalesce(node.aliases, []) + coalesce(node.formerNames, []) WHERE x IS NOT NULL],
  searchText: node.searchText,
  date: CASE WHEN day IS NOT NULL THEN toString(day) ELSE month END,
  precision: coalesce(node.precision, node.datePrecision, CASE WHEN day = node.asOf THEN node.asOfPrecision END),
  amount: node.amountSek,
  forum: CASE WHEN forum IS NULL THEN null ELSE {{ref forum Forum}} END,
  text: coalesce(node.wording, node.description),
  facts: CASE WHEN node:GoverningDocument THEN {{dated node}} END
}) AS nodes
