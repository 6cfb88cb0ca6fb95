// Events: what happened between two dates (the analyst's "vad hände mellan …"): the decisions
// and endorsements positions record (of the types in $positionTypes), milestones (referral
// windows, deadlines, planned decisions), governing documents' validity starting, ending or
// extended, roles as stated, and meetings, each with the entities it involves and its sources.
// A date is compared as text at its precision (YYYY, YYYY-MM or YYYY-MM-DD): it overlaps
// [$from, $to] when it is not after $to and, cut to its own length, not before $from.
// With $id, only the events that involve that entity.
// Parameters: $from, $to (YYYY-MM-DD), $id (or null), $positionTypes, $limit. Returns one row:
// `subject` (null without $id or when the id is unknown) and `events`, at most $limit + 1, in date
// order, then kind, then key.
CALL () {
  MATCH (pos:Position)
  WHERE pos.positionType IN $positionTypes
  WITH pos, head(COLLECT { MATCH (pos)<-[:RESULTED_IN]-(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting) RETURN m }) AS meeting
  WITH pos, meeting, coalesce(toString(pos.decidedOn), toString(meeting.date), pos.decidedInMonth, meeting.month) AS t
  WHERE t IS NOT NULL AND t <= $to AND t >= left($from, size(t))
  RETURN pos AS node, 'POSITION' AS part, pos.positionType AS detail, t, null AS endT, meeting
  UNION ALL
  MATCH (ms:Milestone)
  WHERE ms.date IS NOT NULL
  WITH ms, CASE ms.precision WHEN 'YEAR' THEN left(toString(ms.date), 4) WHEN 'MONTH' THEN left(toString(ms.date), 7) ELSE toString(ms.date) END AS t
  WHERE t <= $to AND coalesce(toString(ms.endDate), t) >= left($from, size(coalesce(toString(ms.endDate), t)))
  RETURN ms AS node, 'MILESTONE' AS part, ms.kind AS detail, t, toString(ms.endDate) AS endT, null AS meeting
  UNION ALL
  MATCH (d:GoverningDocument)
  WHERE d.validFrom IS NOT NULL OR d.validTo IS NOT NULL OR d.extendedUntil IS NOT NULL
  UNWIND [['VALIDITY_START', d.validFrom, d.validFromPrecision], ['VALIDITY_END', d.validTo, d.validToPrecision], ['EXTENDED_UNTIL', d.extendedUntil, d.extendedUntilPrecision]] AS f
  WITH d, f[0] AS detail, CASE f[2] WHEN 'YEAR' THEN left(toString(f[1]), 4) WHEN 'MONTH' THEN left(toString(f[1]), 7) ELSE toString(f[1]) END AS t
  WHERE t IS NOT NULL AND t <= $to AND t >= left($from, size(t))
  RETURN d AS node, 'VALIDITY' AS part, detail, t, null AS endT, null AS meeting
  UNION ALL
  MATCH (r:Membership)
  WHERE r.validFrom IS NOT NULL OR r.asOf IS NOT NULL
  WITH r, CASE WHEN r.validFrom IS NOT NULL THEN [r.validFrom, r.validFromPrecision] ELSE [r.asOf, r.asOfPrecision] END AS f
  WITH r, CASE f[1] WHEN 'YEAR' THEN left(toString(f[0]), 4) WHEN 'MONTH' THEN left(toString(f[0]), 7) ELSE toString(f[0]) END AS t
  WHERE t <= $to AND t >= left($from, size(t))
  RETURN r AS node, 'ROLE' AS part, r.role AS detail, t, null AS endT, null AS meeting
  UNION ALL
  MATCH (m:Meeting)
  // Every meeting has its month (YYYY-MM): the month index narrows to the period's months.
  WHERE m.month >= left($from, 7) AND m.month <= left($to, 7)
  WITH m, coalesce(toString(m.date), m.month) AS t
  WHERE t IS NOT NULL AND t <= $to AND t >= left($from, size(t))
  RETURN m AS node, 'MEETING' AS part, m.status AS detail, t, null AS endT, m AS meeting
}
// The entities each event involves besides its own node (the forum and what a position concerns,
// what a milestone belongs to, the person and body of a role, a meeting's forum).
WITH node, part, detail, t, endT, meeting, CASE part
    WHEN 'POSITION' THEN COLLECT { MATCH (node)-[:TAKEN_BY|CONCERNS|ASSIGNS]->(x:Entity) RETURN x ORDER BY x.id } + CASE WHEN meeting IS NULL THEN [] ELSE [meeting] END
    WHEN 'MILESTONE' THEN COLLECT { MATCH (node)-[:MILESTONE_OF|CONCERNS]->(x:Entity) RETURN x ORDER BY x.id }
    WHEN 'ROLE' THEN COLLECT { MATCH (node)-[:IN_BODY|REPRESENTS]->(x:Entity) RETURN x ORDER BY x.id } + COLLECT { MATCH (node)<-[:HOLDS]-(x:Entity) RETURN x ORDER BY x.id }
    WHEN 'MEETING' THEN COLLECT { MATCH (node)-[:OF_FORUM]->(x:Entity) RETURN x ORDER BY x.id }
    ELSE [] END AS others
WHERE $id IS NULL OR node.id = $id OR any(x IN others WHERE x.id = $id)
WITH node, part, detail, t, endT, others
ORDER BY t, part, detail, node.id
LIMIT $limit + 1
// No grouping key: one row also when nothing falls in the period.
WITH collect({
  part: part, detail: detail, date: t, endDate: endT,
  entity: {{ref node}},
  wording: node.wording,
  meetingDate: CASE WHEN part = 'MEETING' THEN toString(node.date) END, meetingMonth: CASE WHEN part = 'MEETING' THEN node.month END,
  involved: [x IN others | {{ref x}}],
  inferred: coalesce(node.inferred, false),
  sources: {{sources node}}
}) AS events
OPTIONAL MATCH (s:Entity {id: $id})
RETURN {{ref s}} AS subject, events
