// 2. Governance chain of a position, governing document, project or forum: who commissions,
// steers, prepares, advises, carries out, takes positions on, recommends and finally adopts it.
// Returns every governance relation within $maxDepth of $id, each once.
//
// The chain is found in directed stages (a single undirected walk over the same relations costs
// tens of seconds of CPU in the shortest-path operator, however few db hits it reports):
//   1. documents: $id and the documents it is PART_OF, transitively;
//   2. projects: $id itself, or the projects that PRODUCE one of those documents, and the projects
//      they are SUBPROJECT_OF, transitively;
//   3. decisions: $id itself, or positions whose type is in $decisionTypes and that CONCERN one of
//      those documents or projects or ASSIGN one of the projects ("noted the information" is not
//      a decision);
//   4. upwards from all of these along COMMISSIONED_BY, STEERED_BY, PREPARED_BY, ADVISED_BY,
//      CARRIED_OUT_BY, REPORTS_TO, SUBPROJECT_OF, PART_OF, TAKEN_BY, RECOMMENDS and ADVISES;
//   5. every such relation out of a node found (distance < $maxDepth), and into a document
//      (PRODUCES, PARTY_TO, decision CONCERNS) or a project (ASSIGNS, decision CONCERNS).
// Parameters: $id, $maxDepth (1–6; the {0,5} bounds are the hard maximum minus one),
// $decisionTypes, $limit. Returns one row: `subject` (null when the id is unknown), `relations`,
// with `depth` = the distance of the relation's subject from $id, plus one, `signing` and
// `chainDocuments`. What holds as of a date is decided in resolver.ts.
OPTIONAL MATCH (s:Entity {id: $id})
CALL (s) {
  OPTIONAL MATCH p = ANY SHORTEST (s)((:GoverningDocument)-[:PART_OF]->(:GoverningDocument)){0,5}(d:GoverningDocument)
  WHERE s:GoverningDocument
  RETURN [x IN collect({node: d, distance: length(p)}) WHERE x.node IS NOT NULL] AS documents
}
CALL (s, documents) {
  CALL (s, documents) {
    WITH s WHERE s:Project
    RETURN s AS start, 0 AS startDistance
    UNION
    UNWIND documents AS x
    WITH x.node AS d, x.distance AS distance
    MATCH (d)<-[:PRODUCES]-(start:Project)
    RETURN start, distance + 1 AS startDistance
  }
  MATCH p = ANY SHORTEST (start)((:Project)-[:SUBPROJECT_OF]->(:Project)){0,5}(project:Project)
  WITH project, min(startDistance + length(p)) AS distance
  RETURN collect({node: project, distance: distance}) AS projects
}
CALL (s, documents, projects) {
  CALL (s, documents, projects) {
    WITH s WHERE s:Position
    RETURN s AS position, 0 AS distance
    UNION
    UNWIND documents + projects AS x
    WITH x.node AS n, x.distance AS nd
    MATCH (n)<-[:CONCERNS|ASSIGNS]-(position:Position)
    WHERE position.positionType IN $decisionTypes
    RETURN position, nd + 1 AS distance
  }
  WITH position, min(distance) AS distance
  RETURN collect({node: position, distance: distance}) AS positions
}
CALL (s, documents, projects, positions) {
  UNWIND documents + projects + positions + [{node: s, distance: 0}] AS x
  WITH x.node AS a, x.distance AS ad
  WHERE a IS NOT NULL
  WITH collect({node: a, distance: ad}) AS starts
  // Many starts (a document's positions) lead to the same few nodes in one step (their forum, the
  // huvudmän they recommend): take that step first and search on once from each distinct node,
  // instead of once per start. A chain of six steps or more is cut by distance < $maxDepth (≤ 6)
  // as before.
  CALL (starts) {
    UNWIND starts AS x
    RETURN x.node AS u, x.distance AS distance
    UNION ALL
    UNWIND starts AS x
    WITH x.node AS a, x.distance AS ad
    MATCH (a)-[:COMMISSIONED_BY|STEERED_BY|PREPARED_BY|ADVISED_BY|CARRIED_OUT_BY|REPORTS_TO|SUBPROJECT_OF|PART_OF|TAKEN_BY|RECOMMENDS|ADVISES]->(n)
    WITH n, min(ad) + 1 AS nd
    MATCH p = ANY SHORTEST (n)(()-[:COMMISSIONED_BY|STEERED_BY|PREPARED_BY|ADVISED_BY|CARRIED_OUT_BY|REPORTS_TO|SUBPROJECT_OF|PART_OF|TAKEN_BY|RECOMMENDS|ADVISES]->()){0,5}(u)
    RETURN u, nd + length(p) AS distance
  }
  WITH u, min(distance) AS distance
  WHERE distance < $maxDepth
  CALL (u) {
    MATCH (u)-[r:COMMISSIONED_BY|STEERED_BY|PREPARED_BY|ADVISED_BY|CARRIED_OUT_BY|REPORTS_TO|SUBPROJECT_OF|PART_OF|TAKEN_BY|RECOMMENDS|ADVISES]->(v)
    RETURN r, v
    UNION
    MATCH (u:GoverningDocument)<-[r:PRODUCES|PARTY_TO]-(v)
    RETURN r, v
    UNION
    MATCH (u:Project)<-[r:ASSIGNS]-(v:Position)
    WHERE v.positionType IN $decisionTypes
    RETURN r, v
    UNION
    MATCH (u)<-[r:CONCERNS]-(v:Position)
    WHERE (u:GoverningDocument OR u:Project) AND v.positionType IN $decisionTypes
    RETURN r, v
  }
  WITH u, distance, r, v
  ORDER BY distance, u.id, type(r), v.id
  LIMIT $limit + 1
  RETURN collect({
    depth: distance + 1,
    subject: u {.id, .name, .shortName, .status, .isHuvudman, .hasDecisionMandate, type: [l IN labels(u) WHERE l <> 'Entity'][0], kind: toString(coalesce(u.kind, u.positionType, u.role))},
    actor: v {.id, .name, .shortName, .status, .isHuvudman, .hasDecisionMandate, type: [l IN labels(v) WHERE l <> 'Entity'][0], kind: toString(coalesce(v.kind, v.positionType, v.role))},
    position: CASE WHEN v:Position THEN head(COLLECT {
      OPTIONAL MATCH (v)<-[:RESULTED_IN]-(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
      RETURN {date: coalesce(toString(v.decidedOn), toString(m.date), v.decidedInMonth, m.month), meeting: {{ref m Meeting}}} }) END,
    step: {{step r}}
  }) AS relations
}
// The signing rule of the documents on the chain ($id, the documents it is part of, the documents a
// position concerns or a project produces): each part with its own quotes (stored as JSON text).
CALL (s, documents) {
  UNWIND [x IN documents | x.node] + COLLECT { MATCH (s)-[:CONCERNS|PRODUCES]->(c:GoverningDocument) WHERE s:Position OR s:Project RETURN c } AS d
  WITH DISTINCT d
  WHERE d.signing IS NOT NULL
  RETURN collect({
    document: {{ref d GoverningDocument}},
    terms: [t IN apoc.convert.fromJsonList(d.signing) | t {
      .kind, .count, .of, .wording, .asOf, inferred: coalesce(t.inferred, false), .because,
      sources: {{termSources t}}
    }]
  }) AS signing
}
// The governing documents on the chain with their dated facts (the `dated` fragment), from which resolver.ts
// derives each one's state on the asked date.
CALL (s, relations) {
  UNWIND [s.id] + [x IN relations | x.subject.id] + [x IN relations | x.actor.id] AS did
  WITH DISTINCT did
  MATCH (d:GoverningDocument {id: did})
  WITH d ORDER BY d.id
  RETURN collect({document: {{ref d GoverningDocument}}, facts: {{dated d}}}) AS chainDocuments
}
RETURN s {.id, .name, .shortName, .status, .isHuvudman, .hasDecisionMandate, type: [l IN labels(s) WHERE l <> 'Entity'][0], kind: toString(coalesce(s.kind, s.positionType, s.role))} AS subject,
  relations, signing, chainDocuments
