// 5c. What a forum took positions on in a period: every Position TAKEN_BY the forum whose date
// (decidedOn, else its meeting's date, else its month: decidedInMonth or the meeting's month)
// overlaps [$from, $to], with its wording, meeting, agenda item, what it concerns and sources.
// Positions without any date are left out when a period is given. As of $asOf, a position dated
// after it is not yet taken (an undated one stays). Grouping by decision type is
// done by src/analysis/people.ts.
// Parameters: $id, $from and $to (YYYY-MM-DD or null), $asOf (YYYY-MM-DD). Returns one row; `forum` is null when the id
// is unknown.
OPTIONAL MATCH (f:Entity {id: $id})
CALL (f) {
  MATCH (pos:Position)-[t:TAKEN_BY]->(f)
  OPTIONAL MATCH (pos)<-[:RESULTED_IN]-(item:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
  WITH pos, t, item, m, coalesce(pos.decidedOn, m.date) AS day, coalesce(pos.decidedInMonth, m.month) AS month
  WITH pos, t, item, m, day, month,
       coalesce(day, date(month + '-01')) AS startDate,
       CASE WHEN day IS NOT NULL THEN day WHEN month IS NOT NULL THEN date(month + '-01') + duration({months: 1}) - duration({days: 1}) END AS endDate
  WHERE ($from IS NULL OR endDate >= date($from)) AND ($to IS NULL OR startDate <= date($to)) AND (startDate IS NULL OR startDate <= date($asOf))
  WITH pos, t, item, m, day, month, startDate
  ORDER BY startDate, m.date, item.order, item.label, pos.order, pos.id
  RETURN collect({
    position: {{ref pos Position}},
    positionType: pos.positionType, wording: pos.wording,
    date: toString(startDate), precision: CASE WHEN day IS NOT NULL THEN 'DAY' WHEN month IS NOT NULL THEN 'MONTH' END,
    meeting: {{ref m Meeting}},
    agendaItem: {{ref item AgendaItem}},
    concerns: COLLECT { MATCH (pos)-[:CONCERNS]->(c) RETURN {{ref c}} },
    inferred: coalesce(pos.inferred, false),
    sources: {{sources pos}},
    link: {{step t pos f}}
  }) AS positions
}
RETURN {{ref f}} AS forum,
  positions
