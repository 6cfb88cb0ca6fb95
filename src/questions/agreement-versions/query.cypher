// The versions of a lineage ($ids: found by members.cypher, the asked document first), each with its
// own fields and sources, and every REPLACES, REVISES or TERM_FOLLOWS link between two versions with
// its sources. Their dated facts and states on the date are read by the shared document-states
// statement (src/questions/shared/document-states.ts); resolver.ts orders the versions and names
// each one's relation to an earlier version.
// Parameters: $id, $ids. Returns one row; `subject` is null when the id is unknown.
OPTIONAL MATCH (root:Entity {id: $id})
CALL () {
  UNWIND $ids AS vid
  MATCH (v:GoverningDocument {id: vid})
  RETURN collect(v) AS members
}
RETURN {{ref root}} AS subject,
  [v IN members | v {
    document: {{ref v GoverningDocument}},
    .version, .validityText, .renewalTerms, .noticeTerms,
    sources: {{sources v}}
  }] AS versions,
  COLLECT {
    UNWIND members AS a
    MATCH (a)-[r:REPLACES|REVISES|TERM_FOLLOWS]->(b:GoverningDocument) WHERE b IN members
    RETURN {{step r a b}}
  } AS links
