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
    about: x {.id, .name, .shortName, .status, type: [l IN labels(x) WHERE l <> 'Entity'][0], kind: toString(coalesce(x.kind, x.positionType, x.role))},
    relatedVia: CASE WHEN via IS NULL THEN null ELSE {
      relation: type(via), from: startNode(via).id, to: endNode(via).id, inferred: coalesce(via.inferred, false), because: via.because, note: via.note,
      sources: COLLECT { UNWIND range(0, size(coalesce(via.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: via.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: via.sourceQuotes[i]} } } END,
    dates: {
      start: toString(x.start), end: toString(x.end), validFrom: toString(x.validFrom), validTo: toString(x.validTo), extendedUntil: toString(x.extendedUntil),
      periodStart: toString(x.periodStart), periodEnd: toString(x.periodEnd),
      inferred: coalesce(x.inferred, false),
      sources: COLLECT { UNWIND range(0, size(coalesce(x.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: x.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: x.sourceQuotes[i]} }
    },
    milestones: COLLECT {
      MATCH (x)<-[r:MILESTONE_OF|CONCERNS]-(m:Milestone)
      RETURN {
        entity: m {.id, .name, .shortName, .status, type: 'Milestone', kind: toString(m.kind)},
        kind: m.kind, date: toString(m.date), endDate: toString(m.endDate), precision: m.precision, inferred: coalesce(m.inferred, false),
        sources: COLLECT { UNWIND range(0, size(coalesce(m.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: m.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: m.sourceQuotes[i]} },
        link: {relation: type(r), from: m.id, to: x.id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
          sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
      }
    },
    positions: COLLECT {
      MATCH (x)-[r:CONCERNS|ASSIGNS|AUTHORISED_BY]-(pos:Position)
      WHERE (type(r) = 'AUTHORISED_BY' AND startNode(r) = x) OR (type(r) <> 'AUTHORISED_BY' AND endNode(r) = x)
      // The position's meeting, read once for its date, month and reference.
      WITH x, r, pos, head(COLLECT { MATCH (pos)<-[:RESULTED_IN]-(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting) RETURN m }) AS meeting
      RETURN {
        entity: pos {.id, .name, .shortName, .status, type: 'Position', kind: pos.positionType},
        positionType: pos.positionType, wording: pos.wording, inferred: coalesce(pos.inferred, false),
        decidedOn: toString(pos.decidedOn), decidedInMonth: pos.decidedInMonth,
        meetingDate: toString(meeting.date),
        meetingMonth: meeting.month,
        meeting: meeting {.id, .name, .shortName, .status, type: 'Meeting', kind: toString(meeting.kind)},
        forum: head(COLLECT { MATCH (pos)-[:TAKEN_BY]->(f:Forum) RETURN f {.id, .name, .shortName, .status, type: 'Forum', kind: toString(f.kind)} }),
        sources: COLLECT { UNWIND range(0, size(coalesce(pos.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: pos.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: pos.sourceQuotes[i]} },
        link: {relation: type(r), from: startNode(r).id, to: endNode(r).id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
          sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
      }
    },
    commissions: COLLECT {
      MATCH (x:Project)-[r:COMMISSIONED_BY]->(c)
      RETURN {
        commissioner: c {.id, .name, .shortName, .status, type: [l IN labels(c) WHERE l <> 'Entity'][0], kind: toString(c.kind)},
        sourceDates: COLLECT { UNWIND coalesce(r.sourceDocuments, []) AS sid MATCH (sd:SourceDocument {id: sid}) RETURN coalesce(toString(sd.date), toString(sd.year)) },
        link: {relation: type(r), from: x.id, to: c.id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
          sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
      }
    },
    items: COLLECT {
      MATCH (x)<-[r:CONCERNS]-(item:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
      // From the item (a few positions), not from x (every position on it, thousands on a long-lived agreement).
      WHERE NOT x IN [(item)-[:RESULTED_IN]->(:Position)-[:CONCERNS]->(y) | y]
      RETURN {
        entity: item {.id, .name, .shortName, .status, type: 'AgendaItem', kind: toString(item.kind)},
        meetingDate: toString(m.date), meetingMonth: m.month,
        meeting: m {.id, .name, .shortName, .status, type: 'Meeting', kind: toString(m.kind)},
        forum: head(COLLECT { MATCH (m)-[:OF_FORUM]->(f:Forum) RETURN f {.id, .name, .shortName, .status, type: 'Forum', kind: toString(f.kind)} }),
        inferred: coalesce(item.inferred, false),
        sources: COLLECT { UNWIND range(0, size(coalesce(item.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: item.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: item.sourceQuotes[i]} },
        link: {relation: type(r), from: item.id, to: x.id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
          sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
      }
    }
  }) AS lives
}
RETURN s {.id, .name, .shortName, .status, type: [l IN labels(s) WHERE l <> 'Entity'][0], kind: toString(coalesce(s.kind, s.positionType, s.role))} AS subject,
  lives
