// 5b. A meeting's attendance: its forum(s), who was invited (INVITED_TO), who was absent
// (ABSENT_FROM) and who presented its agenda items (PRESENTED_BY), each person with affiliations,
// roles in the meeting's forum valid on the meeting's date, and the items they presented. Who was
// actually present is not recorded; src/analysis/people.ts derives a presumption.
// The meeting's forums and who presented which item are read once, not once per listed person
// (checking `(m)-[:OF_FORUM]->(f)` and expanding every item per person cost most of the db hits).
// Parameters: $id. Returns one row; `meeting` is null when the id is unknown.
OPTIONAL MATCH (m:Entity {id: $id})
WITH m, [(m)-[:OF_FORUM]->(f:Forum) | f] AS meetingForums,
  [(m)-[:HAS_ITEM]->(i:AgendaItem)-[:PRESENTED_BY]->(p:Person) | {person: p, item: i {.id, .name, .shortName, .status, type: 'AgendaItem', kind: toString(i.kind)}}] AS presentations
RETURN m {.id, .name, .shortName, .status, type: [l IN labels(m) WHERE l <> 'Entity'][0], kind: toString(coalesce(m.kind, m.positionType, m.role))} AS meeting,
  toString(m.date) AS date, m.month AS month, m.startTime AS startTime, m.endTime AS endTime, m.location AS location, m.format AS format,
  COLLECT { UNWIND range(0, size(coalesce(m.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: m.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: m.sourceQuotes[i]} } AS sources,
  COLLECT {
    MATCH (m)-[r:OF_FORUM]->(f:Forum)
    RETURN {
      node: f {.id, .name, .shortName, .status, type: 'Forum', kind: toString(f.kind)},
      step: {relation: type(r), from: m.id, to: f.id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
        sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
    }
  } AS forums,
  COLLECT {
    MATCH (person:Person)-[r:INVITED_TO|ABSENT_FROM]->(m)
    RETURN {
      list: type(r),
      person: person {.id, .name, .shortName, .status, type: 'Person', kind: null},
      affiliations: COLLECT { MATCH (person)-[:AFFILIATED_WITH]->(o) RETURN o {.id, .name, .shortName, .status, type: [l IN labels(o) WHERE l <> 'Entity'][0], kind: toString(o.kind)} },
      roles: COLLECT {
        MATCH (person)-[:HOLDS]->(ms:Membership)-[:IN_BODY]->(f:Forum)
        WHERE f IN meetingForums
          AND (m.date IS NULL OR ((ms.validFrom IS NULL OR ms.validFrom <= m.date) AND (ms.validTo IS NULL OR ms.validTo >= m.date)))
        RETURN DISTINCT ms {.id, .name, .shortName, .status, type: 'Membership', kind: ms.role} },
      presented: [x IN presentations WHERE x.person = person | x.item],
      step: {relation: type(r), from: person.id, to: m.id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
        sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
    }
  } AS listed,
  COLLECT {
    MATCH (m)-[:HAS_ITEM]->(item:AgendaItem)-[r:PRESENTED_BY]->(person:Person)
    WITH person, r, item ORDER BY item.order, item.label, item.id
    RETURN {
      list: 'PRESENTED_BY',
      person: person {.id, .name, .shortName, .status, type: 'Person', kind: null},
      affiliations: COLLECT { MATCH (person)-[:AFFILIATED_WITH]->(o) RETURN o {.id, .name, .shortName, .status, type: [l IN labels(o) WHERE l <> 'Entity'][0], kind: toString(o.kind)} },
      roles: COLLECT {
        MATCH (person)-[:HOLDS]->(ms:Membership)-[:IN_BODY]->(f:Forum)
        WHERE f IN meetingForums
          AND (m.date IS NULL OR ((ms.validFrom IS NULL OR ms.validFrom <= m.date) AND (ms.validTo IS NULL OR ms.validTo >= m.date)))
        RETURN DISTINCT ms {.id, .name, .shortName, .status, type: 'Membership', kind: ms.role} },
      presented: [x IN presentations WHERE x.person = person | x.item],
      step: {relation: type(r), from: item.id, to: person.id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
        sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }},
      itemNode: item {.id, .name, .shortName, .status, type: 'AgendaItem', kind: toString(item.kind)}
    }
  } AS presenters
