// 8. An entity's neighbourhood, for the explore page: its own properties and sources, and every
// relationship to or from it (both directions, any type), each with the node at the other end and
// the relationship's inferred/because and sources; for a governing document also its dated facts
// (the `dated` fragment), from which resolver.ts derives its state on the asked date. Parameters: $id,
// $limit (relationships). Returns one row; `entity` is null when the id is unknown.
OPTIONAL MATCH (n:Entity {id: $id})
RETURN {{ref n}} AS entity,
  properties(n) AS properties,
  {{sources n}} AS sources,
  CASE WHEN n:GoverningDocument THEN {{dated n}} END AS documentFacts,
  COLLECT {
    MATCH (n)-[r]-(other:Entity)
    WITH r, other ORDER BY type(r), other.id
    LIMIT $limit + 1
    RETURN {
      node: {{ref other}},
      step: {{step r}}
    }
  } AS relations
