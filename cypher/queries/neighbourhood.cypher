// 8. An entity's neighbourhood, for the explore page: its own properties and sources, and every
// relationship to or from it (both directions, any type), each with the node at the other end and
// the relationship's inferred/because and sources. Parameters: $id, $limit (relationships).
// Returns one row; `entity` is null when the id is unknown.
OPTIONAL MATCH (n:Entity {id: $id})
RETURN n {.id, .name, .shortName, .status, type: [l IN labels(n) WHERE l <> 'Entity'][0], kind: toString(coalesce(n.kind, n.positionType, n.role))} AS entity,
  properties(n) AS properties,
  COLLECT { UNWIND range(0, size(coalesce(n.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: n.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: n.sourceQuotes[i]} } AS sources,
  COLLECT {
    MATCH (n)-[r]-(other:Entity)
    WITH r, other ORDER BY type(r), other.id
    LIMIT $limit + 1
    RETURN {
      node: other {.id, .name, .shortName, .status, type: [l IN labels(other) WHERE l <> 'Entity'][0], kind: toString(coalesce(other.kind, other.positionType, other.role))},
      step: {relation: type(r), from: startNode(r).id, to: endNode(r).id, inferred: coalesce(r.inferred, false), because: r.because, note: r.note,
        sources: COLLECT { UNWIND range(0, size(coalesce(r.sourceQuotes, [])) - 1) AS i MATCH (sd:SourceDocument {id: r.sourceDocuments[i]}) RETURN {document: sd {.id, .title, .kind, date: toString(sd.date)}, quote: r.sourceQuotes[i]} }}
    }
  } AS relations
