// 5a. A person's activity over time: affiliations, roles (HOLDS a Membership: role, title, dates,
// the bodies it is in and whom it represents), agenda items presented (PRESENTED_BY) with their
// meeting and resulting positions, meetings invited to or absent from, and projects the person
// carries out or commissioned. Dates, order and the $from/$to window are applied by
// src/analysis/people.ts (a role without validFrom/asOf is dated by its source documents).
// Parameters: $id. Returns one row; `person` is null when the id is unknown.
OPTIONAL MATCH (p:Entity {id: $id})
RETURN p {.id, .name, .shortName, .status, type: [l IN labels(p) WHERE l <> 'Entity'][0], kind: toString(coalesce(p.kind, p.positionType, p.role))} AS person,
  p.party AS party,
  coalesce(p.aliases, []) AS aliases,
  COLLECT {
    MATCH (p)-[r:AFFILIATED_WITH]->(o)
    RETURN {
      node: o {.id, .name, .shortName, .status, type: [l IN labels(o) WHERE l <> 'Entity'][0], kind: toString(o.kind)},
      step: {relation: type(r), from: p.id, to: o.id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
        sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
    }
  } AS affiliations,
  COLLECT {
    MATCH (p)-[r:HOLDS]->(m:Membership)
    RETURN {
      entity: m {.id, .name, .shortName, .status, type: 'Membership', kind: m.role},
      role: m.role, title: m.title, validFrom: toString(m.validFrom), validTo: toString(m.validTo), asOf: toString(m.asOf),
      sourceDates: COLLECT { UNWIND coalesce(m.sourceDocuments, []) AS sid MATCH (sd:SourceDocument {id: sid}) RETURN coalesce(toString(sd.date), toString(sd.year)) },
      bodies: COLLECT { MATCH (m)-[:IN_BODY]->(b) RETURN b {.id, .name, .shortName, .status, type: [l IN labels(b) WHERE l <> 'Entity'][0], kind: toString(b.kind)} },
      represents: COLLECT { MATCH (m)-[:REPRESENTS]->(o) RETURN o {.id, .name, .shortName, .status, type: 'Organisation', kind: toString(o.kind)} },
      sources: COLLECT { UNWIND range(0, size(coalesce(m.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: m.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: m.sourceQuotes[i]} },
      link: {relation: type(r), from: p.id, to: m.id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
        sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
    }
  } AS roles,
  COLLECT {
    MATCH (p)<-[r:PRESENTED_BY]-(item:AgendaItem)
    // The item's meeting, read once for its date, month and reference.
    WITH p, r, item, head(COLLECT { MATCH (item)<-[:HAS_ITEM]-(m:Meeting) RETURN m }) AS meeting
    RETURN {
      entity: item {.id, .name, .shortName, .status, type: 'AgendaItem', kind: toString(item.kind)},
      meetingDate: toString(meeting.date),
      meetingMonth: meeting.month,
      meeting: meeting {.id, .name, .shortName, .status, type: 'Meeting', kind: toString(meeting.kind)},
      forums: COLLECT { MATCH (item)<-[:HAS_ITEM]-(:Meeting)-[:OF_FORUM]->(f:Forum) RETURN f {.id, .name, .shortName, .status, type: 'Forum', kind: toString(f.kind)} },
      positions: COLLECT { MATCH (item)-[:RESULTED_IN]->(pos:Position) RETURN pos {.id, .name, .shortName, .status, type: 'Position', kind: pos.positionType} },
      sources: COLLECT { UNWIND range(0, size(coalesce(item.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: item.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: item.sourceQuotes[i]} },
      link: {relation: type(r), from: item.id, to: p.id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
        sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
    }
  } AS presentations,
  COLLECT {
    MATCH (p)-[r:INVITED_TO|ABSENT_FROM]->(m:Meeting)
    RETURN {
      entity: m {.id, .name, .shortName, .status, type: 'Meeting', kind: toString(m.kind)},
      meetingDate: toString(m.date), meetingMonth: m.month,
      forums: COLLECT { MATCH (m)-[:OF_FORUM]->(f:Forum) RETURN f {.id, .name, .shortName, .status, type: 'Forum', kind: toString(f.kind)} },
      sources: COLLECT { UNWIND range(0, size(coalesce(m.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: m.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: m.sourceQuotes[i]} },
      link: {relation: type(r), from: p.id, to: m.id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
        sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
    }
  } AS meetings,
  COLLECT {
    MATCH (p)<-[r:CARRIED_OUT_BY|COMMISSIONED_BY]-(proj)
    RETURN {
      entity: proj {.id, .name, .shortName, .status, type: [l IN labels(proj) WHERE l <> 'Entity'][0], kind: toString(proj.kind)},
      start: toString(proj.start), end: toString(proj.end),
      sourceDates: COLLECT { UNWIND coalesce(r.sourceDocuments, []) AS sid MATCH (sd:SourceDocument {id: sid}) RETURN coalesce(toString(sd.date), toString(sd.year)) },
      sources: COLLECT { UNWIND range(0, size(coalesce(proj.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: proj.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: proj.sourceQuotes[i]} },
      link: {relation: type(r), from: proj.id, to: p.id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
        sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
    }
  } AS assignments
