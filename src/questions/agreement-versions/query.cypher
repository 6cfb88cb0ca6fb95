// The lineage of a governing document: every document it is joined to by REPLACES or REVISES, in
// either direction, up to six steps (the versions), each with its own fields, its sources and its
// dated facts ({{datedSourced v}}), and every REPLACES, REVISES or TERM_FOLLOWS link between two
// versions with its sources. resolver.ts orders the versions, names each one's relation to an
// earlier version, and derives each one's state on $asOf (src/time/document-state.ts).
// Parameters: $id, $limit (versions read; one more is read to tell that more exist). Returns one
// row; `subject` is null when the id is unknown.
OPTIONAL MATCH (root:Entity {id: $id})
WITH root, CASE WHEN root:GoverningDocument THEN [root] + COLLECT {
    MATCH (root)-[:REPLACES|REVISES]-{1,6}(v:GoverningDocument) WHERE v <> root
    RETURN DISTINCT v ORDER BY v.id LIMIT $limit
  } ELSE [] END AS members
RETURN {{ref root}} AS subject,
  [v IN members | v {
    document: {{ref v GoverningDocument}},
    .version, .validityText, .renewalTerms, .noticeTerms,
    sources: {{sources v}},
    facts: {{datedSourced v}}
  }] AS versions,
  COLLECT {
    UNWIND members AS a
    MATCH (a)-[r:REPLACES|REVISES|TERM_FOLLOWS]->(b:GoverningDocument) WHERE b IN members
    RETURN {{step r a b}}
  } AS links
