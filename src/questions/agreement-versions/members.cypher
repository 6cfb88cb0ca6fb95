// The versions of a governing document's lineage: it and every document joined to it by REPLACES or
// REVISES, in either direction, up to six steps; at most $limit + 1 others by id (one more tells
// that more exist). Returns one row; `ids` is empty when $id is no governing document.
OPTIONAL MATCH (root:GoverningDocument {id: $id})
RETURN CASE WHEN root IS NULL THEN [] ELSE [root.id] + COLLECT {
    MATCH (root)-[:REPLACES|REVISES]-{1,6}(v:GoverningDocument) WHERE v <> root
    RETURN DISTINCT v.id AS id ORDER BY id LIMIT $limit
  } END AS ids
