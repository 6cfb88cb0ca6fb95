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
  // A forum's positions cite the same few documents (its minutes): each document is read once and
  // looked up by id (docOf), not once per citation.
  WITH f, collect({pos: pos, t: t, item: item, m: m, day: day, month: month, startDate: startDate,
    posIds: coalesce(pos.sourceDocuments, []), posQuotes: coalesce(pos.sourceQuotes, []), linkIds: coalesce(t.sourceDocuments, []), linkQuotes: coalesce(t.sourceQuotes, [])}) AS rows
  CALL (rows) {
    UNWIND rows AS row
    UNWIND row.posIds + row.linkIds AS sid
    WITH DISTINCT sid
    MATCH (sd:SourceDocument {id: sid})
    RETURN apoc.map.fromLists(collect(sid), collect(sd {.id, .title, .kind, date: toString(sd.date)})) AS docOf
  }
  UNWIND rows AS row
  WITH f, docOf, row, row.pos AS pos, row.t AS t, row.item AS item, row.m AS m, row.day AS day, row.month AS month, row.startDate AS startDate
  RETURN collect({
    position: {{ref pos Position}},
    positionType: pos.positionType, wording: pos.wording,
    date: toString(startDate), precision: CASE WHEN day IS NOT NULL THEN 'DAY' WHEN month IS NOT NULL THEN 'MONTH' END,
    meeting: {{ref m Meeting}},
    agendaItem: {{ref item AgendaItem}},
    concerns: COLLECT { MATCH (pos)-[:CONCERNS]->(c) RETURN {{ref c}} },
    inferred: coalesce(pos.inferred, false),
    sources: [i IN range(0, size(row.posQuotes) - 1) WHERE docOf[row.posIds[i]] IS NOT NULL | {document: docOf[row.posIds[i]], quote: row.posQuotes[i], anchor: 'citation-' + left(apoc.util.sha256([row.posQuotes[i]]), 12)}],
    link: {relation: type(t), from: pos.id, to: f.id, inferred: coalesce(t.inferred, false), because: t.because, note: t.note,
      sources: [i IN range(0, size(row.linkQuotes) - 1) WHERE docOf[row.linkIds[i]] IS NOT NULL | {document: docOf[row.linkIds[i]], quote: row.linkQuotes[i], anchor: 'citation-' + left(apoc.util.sha256([row.linkQuotes[i]]), 12)}]}
  }) AS positions
}
RETURN {{ref f}} AS forum,
  positions
