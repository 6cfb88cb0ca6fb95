// Two versions of an agreement side by side: for each, its terms and parties as stored, its signing
// rule part by part (stored as JSON text, each part with its own quotes), its parts (PART_OF), annexes
// (ANNEXED_TO) and the documents whose term follows it (TERM_FOLLOWS), each link with its sources;
// then the REPLACES, REVISES and TERM_FOLLOWS relations on a shortest path between the two (at most
// six steps: what the documents say changed, quoted), and the REPLACES and REVISES relations between
// a part of one and a part of the other. resolver.ts compares the two sides.
// Parameters: $from, $to. Returns one row; a side is null when its id is unknown.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  UNWIND [x IN [a, b] WHERE x IS NOT NULL] AS d
  RETURN collect({
    document: {{ref d}},
    isDocument: d:GoverningDocument,
    fields: d {.version, .validityText, .renewalTerms, .noticeTerms, .renewalPeriodMonths, .noticePeriodMonths,
      .partiesTotal, .partiesApproved, .partiesReturned, .requiresAllParties, .partiesNote,
      validFrom: toString(d.validFrom), .validFromPrecision, validTo: toString(d.validTo), .validToPrecision,
      extendedUntil: toString(d.extendedUntil), .extendedUntilPrecision, partiesStatedOn: toString(d.partiesStatedOn), .partiesStatedOnPrecision},
    related: COUNT { (:Organisation)-[:PARTY_TO]->(d) },
    relatedInferred: COUNT { (:Organisation)-[r:PARTY_TO]->(d) WHERE r.inferred },
    signing: CASE WHEN d.signing IS NULL THEN [] ELSE [t IN apoc.convert.fromJsonList(d.signing) | t {
      .kind, .count, .of, .wording, .asOf, inferred: coalesce(t.inferred, false), .because,
      sources: {{termSources t}}
    }] END,
    links: COLLECT {
      MATCH (d)<-[r:PART_OF|ANNEXED_TO|TERM_FOLLOWS]-(p:GoverningDocument)
      RETURN {document: {{ref p GoverningDocument}}, step: {{step r p d}}} ORDER BY p.id
    },
    sources: {{sources d}}
  }) AS sides
}
CALL (a, b) {
  OPTIONAL MATCH p = SHORTEST 1 (a)-[:REPLACES|REVISES|TERM_FOLLOWS]-{1,6}(b)
  WHERE a:GoverningDocument AND b:GoverningDocument AND a <> b
  RETURN [r IN coalesce(relationships(p), []) | {{step r}}] AS changes, [n IN coalesce(nodes(p), []) | {{ref n GoverningDocument}}] AS onPath
}
CALL (a, b) {
  MATCH (a)<-[:PART_OF]-(pa:GoverningDocument), (b)<-[:PART_OF]-(pb:GoverningDocument)
  MATCH (pa)-[r:REPLACES|REVISES]-(pb)
  RETURN collect({step: {{step r}}, ends: [{{ref pa GoverningDocument}}, {{ref pb GoverningDocument}}]}) AS counterparts
}
RETURN sides, changes, onPath, counterparts
