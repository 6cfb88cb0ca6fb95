// 7. Impact of an agreement ending (terminated or not renewed): the documents that depend on it
// (as in document-dependents.cypher), the projects working on any of them, the forums governing
// that work or having taken positions on them, and the funds whose money they concern or whose
// flows go to that work; each item once, with one shortest chain from the agreement. The effect
// of each item is classified by src/analysis/impact.ts from the last relations of its chain (for
// documents: every relation type from the document to the one before it on the chain, `direct`).
// A document that replaces an affected one (REPLACES) is a successor: listed after the affected
// documents, not harmed, and its parts are not followed.
// Parameters: $id, $types (relation types between documents, in tie-break order), $maxDepth (1–8;
// {0,8} is the hard maximum), $limit (per list). Returns one row; `agreement` is null when the id
// is unknown; `family` holds the agreement's dated facts ({{dated}}), from which resolver.ts derives
// its state on $asOf and when it would end under its terms.
OPTIONAL MATCH (root:Entity {id: $id})
CALL (root) {
  MATCH p = ALL SHORTEST (root)((a)<-[r:PART_OF|ANNEXED_TO|TERM_FOLLOWS|BUILDS_ON|IMPLEMENTS|REFERENCES|REVISES|HAS_LEGAL_BASIS|CONTINUES]-(b:GoverningDocument) WHERE type(r) IN $types){0,8}(d:GoverningDocument)
  WHERE root:GoverningDocument AND length(p) <= $maxDepth
  WITH d, p
  ORDER BY d.id, [r IN relationships(p) | [i IN range(0, size($types) - 1) WHERE $types[i] = type(r) | i][0]], [n IN nodes(p) | n.id]
  WITH d, head(collect(relationships(p))) AS chain
  RETURN collect({node: d, chain: chain, key: [r IN chain | type(r) + ' ' + startNode(r).id + ' ' + endNode(r).id],
    direct: CASE WHEN size(chain) = 0 THEN [] ELSE [(d)-[r2]->(x) WHERE x = endNode(last(chain)) AND type(r2) IN $types | type(r2)] END,
    entity: {{ref d}}}) AS documents
}
// A document that replaces an affected one is not harmed when it ends, nor are its parts: each
// successor is listed once (effect SUCCESSOR) and not followed further.
CALL (documents) {
  UNWIND documents AS x
  WITH x.node AS d, x.chain AS chain
  MATCH (d)<-[r:REPLACES]-(s:GoverningDocument)
  WHERE 'REPLACES' IN $types AND size(chain) < $maxDepth AND NOT s IN [y IN documents | y.node]
  WITH s, chain + [r] AS chain
  ORDER BY s.id, size(chain), [x IN chain | type(x) + ' ' + startNode(x).id + ' ' + endNode(x).id]
  WITH s, head(collect(chain)) AS chain
  RETURN collect({node: s, chain: chain, direct: ['REPLACES'], entity: {{ref s}}}) AS successors
}
CALL (documents) {
  CALL (documents) {
    UNWIND documents AS x
    WITH x.node AS d, x.chain AS chain, x.key AS key
    MATCH (d)<-[r:PRODUCES|REFERENCES|CONCERNS|COORDINATES_WITH]-(project:Project)
    RETURN project, chain + [r] AS chain, key + [type(r) + ' ' + startNode(r).id + ' ' + endNode(r).id] AS key
    UNION ALL
    UNWIND documents AS x
    WITH x.node AS d, x.chain AS chain, x.key AS key
    MATCH (d)-[r:CONCERNS]->(project:Project)
    RETURN project, chain + [r] AS chain, key + [type(r) + ' ' + startNode(r).id + ' ' + endNode(r).id] AS key
  }
  WITH project, chain, key
  ORDER BY project.id, size(chain), key
  WITH project, head(collect({chain: chain, key: key})) AS best
  WITH project, best.chain AS chain, best.key AS key
  RETURN collect({node: project, chain: chain, key: key, entity: {{ref project}}}) AS projects
}
CALL (documents, projects) {
  CALL (documents, projects) {
    UNWIND projects AS x
    WITH x.node AS project, x.chain AS chain, x.key AS key
    MATCH (project)-[r:COMMISSIONED_BY|STEERED_BY|PREPARED_BY|ADVISED_BY|CARRIED_OUT_BY|REPORTS_TO]->(forum:Forum)
    RETURN forum, chain + [r] AS chain, key + [type(r) + ' ' + startNode(r).id + ' ' + endNode(r).id] AS key
    UNION ALL
    UNWIND documents AS x
    WITH x.node AS d, x.chain AS chain, x.key AS key
    MATCH (d)<-[c:CONCERNS]-(position:Position)-[t:TAKEN_BY]->(forum:Forum)
    WHERE position.positionType <> 'APPROVED_AGENDA_OR_MINUTES'
    // Many positions per document and forum share the chain up to d: the first by id has the
    // smallest key, so only its key is built.
    WITH d, chain, key, forum, c, t, position.id AS positionId
    ORDER BY positionId
    WITH d, chain, key, forum, head(collect({c: c, t: t, positionId: positionId})) AS best
    RETURN forum, chain + [best.c, best.t] AS chain, key + ['CONCERNS ' + best.positionId + ' ' + d.id, 'TAKEN_BY ' + best.positionId + ' ' + forum.id] AS key
    UNION ALL
    UNWIND documents + projects AS x
    WITH x.node AS n, x.chain AS chain, x.key AS key
    MATCH (n)-[r:CONCERNS]->(forum:Forum)
    RETURN forum, chain + [r] AS chain, key + [type(r) + ' ' + startNode(r).id + ' ' + endNode(r).id] AS key
  }
  WITH forum, chain, key
  ORDER BY forum.id, size(chain), key
  WITH forum, head(collect(chain)) AS chain
  RETURN collect({node: forum, chain: chain, entity: {{ref forum}}}) AS forums
}
CALL (documents, projects) {
  CALL (documents, projects) {
    UNWIND documents + projects AS x
    WITH x.node AS n, x.chain AS chain, x.key AS key
    MATCH (n)-[r:CONCERNS]->(fund:Fund)
    RETURN fund, chain + [r] AS chain, key + [type(r) + ' ' + startNode(r).id + ' ' + endNode(r).id] AS key
    UNION ALL
    UNWIND projects AS x
    WITH x.node AS project, x.chain AS chain, x.key AS key
    MATCH (project)<-[t:FLOWS_TO]-(flow:FundFlow)-[o:OF_FUND]->(fund:Fund)
    RETURN fund, chain + [t, o] AS chain, key + [type(t) + ' ' + flow.id + ' ' + project.id, type(o) + ' ' + flow.id + ' ' + fund.id] AS key
  }
  WITH fund, chain, key
  ORDER BY fund.id, size(chain), key
  WITH fund, head(collect(chain)) AS chain
  RETURN collect({node: fund, chain: chain, entity: {{ref fund}}}) AS funds
}
WITH root, [list IN [[x IN documents WHERE x.node <> root] + successors, projects, forums, funds] | list[0..$limit + 1]] AS lists
// The chains share their first steps: every relationship and node on them is projected once (with
// its sources) and looked up by element id.
CALL (lists) {
  UNWIND lists AS list
  UNWIND list AS x
  UNWIND x.chain AS r
  WITH DISTINCT r
  RETURN apoc.map.fromLists(collect(elementId(r)), collect({{step r}})) AS stepOf
}
CALL (lists) {
  // Every chain starts at the root, so the root is among these whenever a list has an item.
  UNWIND lists AS list
  UNWIND list AS x
  UNWIND x.chain AS r
  UNWIND [startNode(r), endNode(r)] AS n
  WITH DISTINCT n
  RETURN apoc.map.fromLists(collect(elementId(n)), collect({{ref n}})) AS nodeOf
}
RETURN {{ref root}} AS agreement,
  CASE WHEN root IS NULL THEN null ELSE {
    status: root.status, validFrom: toString(root.validFrom), validTo: toString(root.validTo), extendedUntil: toString(root.extendedUntil),
    validityText: root.validityText, renewalTerms: root.renewalTerms, noticeTerms: root.noticeTerms,
    sources: {{sources root}}
  } END AS terms,
  CASE WHEN root:GoverningDocument THEN {{dated root}} ELSE null END AS family,
  [list IN lists | [x IN list | {
    entity: x.entity,
    depth: size(x.chain),
    direct: x.direct,
    nodes: [n IN [root] + [r IN x.chain | startNode(r)] + [r IN x.chain | endNode(r)] | nodeOf[elementId(n)]],
    path: [r IN x.chain | stepOf[elementId(r)]]
  }]] AS lists
