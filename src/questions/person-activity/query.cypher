// 5a. A person's activity over time: affiliations, roles (HOLDS a Membership: role, title, dates,
// the bodies it is in and whom it represents), agenda items presented (PRESENTED_BY) with their
// meeting and resulting positions, meetings invited to or absent from, and projects the person
// carries out or commissioned. Dates, order and the $from/$to window are applied by
// src/analysis/people.ts (a role without validFrom/asOf is dated by its source documents).
// Parameters: $id. Returns one row; `person` is null when the id is unknown.
OPTIONAL MATCH (p:Entity {id: $id})
RETURN {{ref p}} AS person,
  p.party AS party,
  coalesce(p.aliases, []) AS aliases,
  COLLECT {
    MATCH (p)-[r:AFFILIATED_WITH]->(o)
    RETURN {
      node: {{ref o}},
      step: {{step r p o}}
    }
  } AS affiliations,
  COLLECT {
    MATCH (p)-[r:HOLDS]->(m:Membership)
    RETURN {
      entity: {{ref m Membership}},
      role: m.role, title: m.title, validFrom: toString(m.validFrom), validFromPrecision: m.validFromPrecision, validTo: toString(m.validTo), asOf: toString(m.asOf), asOfPrecision: m.asOfPrecision,
      sourceDates: COLLECT { UNWIND coalesce(m.sourceDocuments, []) AS sid MATCH (sd:SourceDocument {id: sid}) RETURN coalesce(toString(sd.date), toString(sd.year)) },
      bodies: COLLECT { MATCH (m)-[:IN_BODY]->(b) RETURN {{ref b}} },
      represents: COLLECT { MATCH (m)-[:REPRESENTS]->(o) RETURN {{ref o Organisation}} },
      sources: {{sources m}},
      link: {{step r p m}}
    }
  } AS roles,
  COLLECT {
    MATCH (p)<-[r:PRESENTED_BY]-(item:AgendaItem)
    // The item's meeting, read once for its date, month and reference.
    WITH p, r, item, head(COLLECT { MATCH (item)<-[:HAS_ITEM]-(m:Meeting) RETURN m }) AS meeting
    RETURN {
      entity: {{ref item AgendaItem}},
      meetingDate: toString(meeting.date),
      meetingMonth: meeting.month,
      meeting: {{ref meeting Meeting}},
      forums: COLLECT { MATCH (item)<-[:HAS_ITEM]-(:Meeting)-[:OF_FORUM]->(f:Forum) RETURN {{ref f Forum}} },
      positions: COLLECT { MATCH (item)-[:RESULTED_IN]->(pos:Position) RETURN {{ref pos Position}} },
      sources: {{sources item}},
      link: {{step r item p}}
    }
  } AS presentations,
  COLLECT {
    MATCH (p)-[r:INVITED_TO|ABSENT_FROM]->(m:Meeting)
    RETURN {
      entity: {{ref m Meeting}},
      meetingDate: toString(m.date), meetingMonth: m.month,
      forums: COLLECT { MATCH (m)-[:OF_FORUM]->(f:Forum) RETURN {{ref f Forum}} },
      sources: {{sources m}},
      link: {{step r p m}}
    }
  } AS meetings,
  COLLECT {
    MATCH (p)<-[r:CARRIED_OUT_BY|COMMISSIONED_BY]-(proj)
    RETURN {
      entity: {{ref proj}},
      start: toString(proj.start), end: toString(proj.end),
      sourceDates: COLLECT { UNWIND coalesce(r.sourceDocuments, []) AS sid MATCH (sd:SourceDocument {id: sid}) RETURN coalesce(toString(sd.date), toString(sd.year)) },
      sources: {{sources proj}},
      link: {{step r proj p}}
    }
  } AS assignments
