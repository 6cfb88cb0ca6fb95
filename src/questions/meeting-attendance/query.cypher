// 5b. A meeting's attendance: its forum(s), who was invited (INVITED_TO), who was absent
// (ABSENT_FROM) and who presented its agenda items (PRESENTED_BY), each person with affiliations,
// roles in the meeting's forum valid on the meeting's date, and the items they presented. Who was
// actually present is not recorded; src/analysis/people.ts derives a presumption.
// The meeting's forums and who presented which item are read once, not once per listed person
// (checking `(m)-[:OF_FORUM]->(f)` and expanding every item per person cost most of the db hits).
// Parameters: $id. Returns one row; `meeting` is null when the id is unknown.
OPTIONAL MATCH (m:Entity {id: $id})
WITH m, [(m)-[:OF_FORUM]->(f:Forum) | f] AS meetingForums,
  [(m)-[:HAS_ITEM]->(i:AgendaItem)-[:PRESENTED_BY]->(p:Person) | {person: p, item: {{ref i AgendaItem}}}] AS presentations
RETURN {{ref m}} AS meeting,
  toString(m.date) AS date, m.month AS month, m.startTime AS startTime, m.endTime AS endTime, m.location AS location, m.format AS format,
  {{sources m}} AS sources,
  COLLECT {
    MATCH (m)-[r:OF_FORUM]->(f:Forum)
    RETURN {
      node: {{ref f Forum}},
      step: {{step r m f}}
    }
  } AS forums,
  COLLECT {
    MATCH (person:Person)-[r:INVITED_TO|ABSENT_FROM]->(m)
    RETURN {
      list: type(r),
      person: {{ref person Person}},
      affiliations: COLLECT { MATCH (person)-[:AFFILIATED_WITH]->(o) RETURN {{ref o}} },
      roles: COLLECT {
        MATCH (person)-[:HOLDS]->(ms:Membership)-[:IN_BODY]->(f:Forum)
        WHERE f IN meetingForums
          AND (m.date IS NULL OR ((ms.validFrom IS NULL OR ms.validFrom <= m.date) AND (ms.validTo IS NULL OR ms.validTo >= m.date)))
        RETURN DISTINCT {{ref ms Membership}} },
      presented: [x IN presentations WHERE x.person = person | x.item],
      step: {{step r person m}}
    }
  } AS listed,
  COLLECT {
    MATCH (m)-[:HAS_ITEM]->(item:AgendaItem)-[r:PRESENTED_BY]->(person:Person)
    WITH person, r, item ORDER BY item.order, item.label, item.id
    RETURN {
      list: 'PRESENTED_BY',
      person: {{ref person Person}},
      affiliations: COLLECT { MATCH (person)-[:AFFILIATED_WITH]->(o) RETURN {{ref o}} },
      roles: COLLECT {
        MATCH (person)-[:HOLDS]->(ms:Membership)-[:IN_BODY]->(f:Forum)
        WHERE f IN meetingForums
          AND (m.date IS NULL OR ((ms.validFrom IS NULL OR ms.validFrom <= m.date) AND (ms.validTo IS NULL OR ms.validTo >= m.date)))
        RETURN DISTINCT {{ref ms Membership}} },
      presented: [x IN presentations WHERE x.person = person | x.item],
      step: {{step r item person}},
      itemNode: {{ref item AgendaItem}}
    }
  } AS presenters
