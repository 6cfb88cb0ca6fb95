// A forum's meetings ahead of a date, and its planned meetings whose day has passed unrecorded.
// A meeting lies ahead while its last possible day (the day, or the end of its month when only the
// month is known) is not before $asOf. Starts from the forum's id; reads only its meetings.
// Parameters: $id, $asOf (YYYY-MM-DD), $limit. Returns one row; `forum` is null when no entity has the id.
OPTIONAL MATCH (f:Entity {id: $id})
CALL (f) {
  MATCH (f:Forum)<-[:OF_FORUM]-(m:Meeting)
  WITH m, coalesce(m.date, date(m.month + '-01') + duration('P1M') - duration('P1D')) AS lastDay
  WHERE m.status <> 'CANCELLED' AND (lastDay >= date($asOf) OR m.status = 'PLANNED')
  WITH m, lastDay >= date($asOf) AS ahead
  ORDER BY m.month, m.date, m.id
  RETURN collect({
    meeting: {{ref m Meeting}}, ahead: ahead, status: m.status, date: toString(m.date), month: m.month,
    startTime: m.startTime, endTime: m.endTime, location: m.location,
    items: COLLECT { MATCH (m)-[:HAS_ITEM]->(i:AgendaItem) RETURN {{ref i AgendaItem}} ORDER BY i.order, i.label, i.id },
    sources: {{sources m}}
  }) AS meetings
}
RETURN CASE WHEN f IS NULL THEN null ELSE {{ref f}} END AS forum, meetings
