// 6. Full-text search over names, aliases, titles, descriptions, mandates, purposes and positions'
// wording (the Swedish `entity_search` index on Entity.searchText). Lucene scores are re-ranked so
// that an exact or partial match of a name, short name, alias or former name comes first.
// Parameters: $query, a Lucene query built by src/analysis/search.ts from the user's text (every
// term escaped, plus a fuzzy variant of longer terms so "fardplan" finds "Färdplan"); $text, the
// user's text; $types, labels to keep ([] = all); $candidates, hits taken from the index before
// filtering; $limit. Returns one row with `hits`, best first.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
WITH node, score, toLower(trim($text)) AS t
WHERE size($types) = 0 OR any(l IN labels(node) WHERE l IN $types)
WITH node, score, t, [x IN [node.name, node.shortName] + coalesce(node.aliases, []) + coalesce(node.formerNames, []) WHERE x IS NOT NULL | toLower(x)] AS names
WITH node, score + CASE WHEN t IN names THEN 3.0 WHEN any(x IN names WHERE x CONTAINS t) THEN 1.5 ELSE 0.0 END AS rank
ORDER BY rank DESC, node.id
LIMIT $limit + 1
RETURN collect({
  entity: node {.id, .name, .shortName, .status, type: [l IN labels(node) WHERE l <> 'Entity'][0], kind: toString(coalesce(node.kind, node.positionType, node.role))},
  score: rank,
  text: coalesce(node.wording, node.description)
}) AS hits
