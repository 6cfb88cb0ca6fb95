// The governing documents of some kinds, each with its dated facts ({{dated d}}), from which
// resolver.ts derives the state on the asked date. Starts from the index on GoverningDocument.kind.
// Parameters: $kinds, $limit. Returns one row: `documents`, at most $limit + 1 in id order.
MATCH (d:GoverningDocument)
WHERE d.kind IN $kinds
WITH d ORDER BY d.id LIMIT $limit + 1
RETURN collect({document: {{ref d GoverningDocument}}, facts: {{dated d}}}) AS documents
