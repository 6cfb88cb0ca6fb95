// 4. Timeline: the life of an agreement, project or fund (any entity) as dated events: its
// milestones (MILESTONE_OF, or milestones that CONCERN it), the positions taken on it (CONCERNS,
// ASSIGNS; AUTHORISED_BY for flow steps) with their meeting and forum, a project's commission
// (COMMISSIONED_BY, dated by the project's start or its source), agenda items about it that ended
// in no position on it, and its own dates (start/end, validity, period). With
// $includeRelated, also the events of the entities directly part of its life: the project that
// PRODUCES a document, its parts (PART_OF, ANNEXED_TO), revisions (REVISES) and successors
// (REPLACES); a project's sub-projects and documents; a fund's flow steps and the fund it
// CONTINUES. Dates, categories, order and the $from/$to window are applied by
// src/analysis/timeline.ts.
// Parameters: $id, $includeRelated. Returns one row: `subject` (null when the id is unknown) and
// `lives`, one per entity (the subject first) with its raw events.
OPTIONAL MATCH (s:Entity {id: $id})
CALL (s) {
  CALL (s) {
    WITH s WHERE s IS NOT NULL
    RETURN s AS x, null AS via, 0 AS rank
    UNION
    MATCH (s)<-[via:PRODUCES|PART_OF|ANNEXED_TO|REVISES|REPLACES|SUBPROJECT_OF|OF_FUND]-(x)
    WHERE $includeRelated
    RETURN x, via, 1 AS rank
    UNION
    MATCH (s)-[via:PRODUCES|CONTINUES]->(x)
    WHERE $includeRelated
    RETURN x, via, 1 AS rank
  }
  WITH x, via, rank
  ORDER BY rank, x.id
  RETURN collect({
    about: {{ref x}},
    relatedVia: CASE WHEN via IS NULL THEN null ELSE {{step via}} END,
    dates: {
      start: toString(x.start), end: toString(x.end), validFrom: toString(x.validFrom), validTo: toString(x.validTo), extendedUntil: toString(x.extendedUntil),
      periodStart: toString(x.periodStart), periodEnd: toString(x.periodEnd),
      inferred: coalesce(x.inferred, false),
      sources: {{sources x}}
    },
    milestones: COLLECT {
      MATCH (x)<-[r:MILESTONE_OF|CONCERNS]-(m:Milestone)
      RETURN {
        entity: {{ref m Milestone}},
        kind: m.kind, date: toString(m.date), endDate: toString(m.endDate), precision: m.precision, inferred: coalesce(m.inferred, false),
        sources: {{sources m}},
        link: {{step r m x}}
      }
    },
    positions: COLLECT {
      MATCH (x)-[r:CONCERNS|ASSIGNS|AUTHORISED_BY]-(pos:Position)
      WHERE (type(r) = 'AUTHORISED_BY' AND startNode(r) = x) OR (type(r) <> 'AUTHORISED_BY' AND endNode(r) = x)
      // The position's meeting, read once for its date, month and reference.
      WITH x, r, pos, head(COLLECT { MATCH (pos)<-[:RESULTED_IN]-(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting) RETURN m }) AS meeting
      RETURN {
        entity: {{ref pos Position}},
        positionType: pos.positionType, wording: pos.wording, inferred: coalesce(pos.inferred, false),
        decidedOn: toString(pos.decidedOn), decidedInMonth: pos.decidedInMonth,
        meetingDate: toString(meeting.date),
        meetingMonth: meeting.month,
        meeting: {{ref meeting Meeting}},
        forum: head(COLLECT { MATCH (pos)-[:TAKEN_BY]->(f:Forum) RETURN {{ref f Forum}} }),
        sources: {{sources pos}},
        link: {{step r}}
      }
    },
    commissions: COLLECT {
      MATCH (x:Project)-[r:COMMISSIONED_BY]->(c)
      RETURN {
        commissioner: {{ref c}},
        sourceDates: COLLECT { UNWIND coalesce(r.sourceDocuments, []) AS sid MATCH (sd:SourceDocument {id: sid}) RETURN coalesce(toString(sd.date), toString(sd.year)) },
        link: {{step r x c}}
      }
    },
    items: COLLECT {
      MATCH (x)<-[r:CONCERNS]-(item:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
      // From the item (a few positions), not from x (every position on it, thousands on a long-lived agreement).
      WHERE NOT x IN [(item)-[:RESULTED_IN]->(:Position)-[:CONCERNS]->(y) | y]
      RETURN {
        entity: {{ref item AgendaItem}},
        meetingDate: toString(m.date), meetingMonth: m.month,
        meeting: {{ref m Meeting}},
        forum: head(COLLECT { MATCH (m)-[:OF_FORUM]->(f:Forum) RETURN {{ref f Forum}} }),
        inferred: coalesce(item.inferred, false),
        sources: {{sources item}},
        link: {{step r item x}}
      }
    }
  }) AS lives
}
RETURN {{ref s}} AS subject,
  lives
