// Dependencies of a document: every governing document that depends on $id directly or
// transitively (direction DEPENDENTS: X -[:PART_OF|IMPLEMENTS|...]-> ... -> $id), or that $id
// depends on (DEPENDENCIES: $id -[...]-> ... -> X), each with one shortest chain of typed relations
// and the sources of every step. The slots {{slot:in}} and {{slot:out}} are the arrow's two ends:
// "<-" and "-" for DEPENDENTS, "-" and "->" for DEPENDENCIES (resolver.ts).
//
// Parameters: $id; $types, the relation types to follow, in tie-break order; $maxDepth (1–8, the
// {1,8} bound below is the hard maximum); $notInForce, the ids of documents a chain must not pass
// through (with asOf: those whose state on that date, derived from their dated facts in resolver.ts,
// is not in force); $rootInForce, the queried document's own (null without asOf); $limit.
// Returns one row. `document` is null when no entity has the id. Shortest paths never repeat a
// node, so cycles neither hang nor duplicate, and each document is returned once.
OPTIONAL MATCH (root:Entity {id: $id})
CALL (root) {
  MATCH p = ALL SHORTEST (root)((a){{slot:in}}[r:PART_OF|ANNEXED_TO|TERM_FOLLOWS|BUILDS_ON|IMPLEMENTS|REFERENCES|REPLACES|REVISES|HAS_LEGAL_BASIS|CONTINUES]{{slot:out}}(b:GoverningDocument)
      WHERE type(r) IN $types AND NOT b.id IN $notInForce
    ){1,8}(d:GoverningDocument)
  WHERE root:GoverningDocument AND d <> root AND length(p) <= $maxDepth
  // Several chains of the same (shortest) length: keep the first by relation order, then node ids.
  WITH d, p
  ORDER BY d.id, [r IN relationships(p) | [i IN range(0, size($types) - 1) WHERE $types[i] = type(r) | i][0]], [n IN nodes(p) | n.id]
  WITH d, head(collect(p)) AS p
  ORDER BY length(p), d.id
  LIMIT $limit + 1
  // Chains share their first steps: every node and relationship on them is projected once (a
  // relationship with its sources) and looked up by element id.
  WITH collect(p) AS paths
  CALL (paths) {
    UNWIND paths AS p
    UNWIND nodes(p) AS n
    WITH DISTINCT n
    RETURN apoc.map.fromLists(collect(elementId(n)), collect({{ref n}})) AS nodeOf
  }
  CALL (paths) {
    UNWIND paths AS p
    UNWIND relationships(p) AS r
    WITH DISTINCT r
    RETURN apoc.map.fromLists(collect(elementId(r)), collect({{step r}})) AS stepOf
  }
  RETURN [p IN paths | {
    document: nodeOf[elementId(last(nodes(p)))],
    depth: length(p),
    nodes: [n IN nodes(p) | nodeOf[elementId(n)]],
    path: [r IN relationships(p) | stepOf[elementId(r)]]
  }] AS dependencies
}
RETURN {{ref root}} AS document, $rootInForce AS documentInForce, dependencies
