/**
 * The JSON-LD context of the graph (served at /ns/context.jsonld, documented in
 * docs/linked-data.md): Popolo's terms where they fit (foaf:Person, org:Organization,
 * org:Membership, an Event for a meeting), PROV for where a fact comes from (each source is a
 * prov:Derivation from a quoted passage of a source document, the quote its prov:value), Dublin
 * Core for documents, and the project's own vocabulary (`<server>/ns#`) for every other term.
 * Ids are the stable addresses /id/<id> on the server that answers (its origin, from the request),
 * so the context is built per origin and sent inline.
 */
import { anchorOf } from "../../sources/passages.js";

export const CONTEXT_PATH = "/ns/context.jsonld";
export const VOCABULARY_PATH = "/ns#";

/** Entity types with a class from a shared vocabulary; the others are classes of the project's own vocabulary. */
const CLASSES: Record<string, string> = {
  Person: "foaf:Person",
  Organisation: "org:Organization",
  Forum: "org:Organization",
  Membership: "org:Membership",
  Meeting: "schema:Event",
  SourceDocument: "foaf:Document",
  Source: "prov:Derivation",
};

export function jsonLdContext(origin: string): Record<string, unknown> {
  return {
    "@context": {
      "@version": 1.1,
      "@base": origin,
      "@vocab": `${origin}${VOCABULARY_PATH}`,
      prov: "http://www.w3.org/ns/prov#",
      foaf: "http://xmlns.com/foaf/0.1/",
      org: "http://www.w3.org/ns/org#",
      schema: "https://schema.org/",
      dct: "http://purl.org/dc/terms/",
      xsd: "http://www.w3.org/2001/XMLSchema#",
      id: "@id",
      type: "@type",
      ...Object.fromEntries(Object.entries(CLASSES)),
      name: "foaf:name",
      title: "dct:title",
      description: "dct:description",
      publisher: "dct:publisher",
      url: { "@id": "foaf:page", "@type": "@id" },
      self: "@id",
      createdAt: { "@id": "dct:created", "@type": "xsd:dateTime" },
      modifiedAt: { "@id": "dct:modified", "@type": "xsd:dateTime" },
      sources: { "@id": "prov:qualifiedDerivation", "@container": "@set" },
      document: { "@id": "prov:entity", "@type": "@id" },
      passage: { "@id": "prov:hadPrimarySource", "@type": "@id" },
      quote: "prov:value",
      person: { "@id": "org:member", "@type": "@id" },
      organization: { "@id": "org:organization", "@type": "@id" },
      license: { "@id": "dct:license", "@type": "@id" },
      from: { "@type": "@id" },
      to: { "@type": "@id" },
    },
  };
}

export const idOf = (id: string) => `/id/${id}`;

/** A cited passage as JSON-LD: a derivation from the document, at the passage's anchor on its source page. */
export function sourceAsJsonLd(source: { quote: string; document: string | { id: string } }) {
  const document = typeof source.document === "string" ? source.document : source.document.id;
  return { type: "Source", document: idOf(document), passage: `/source/${document}#${anchorOf(source.quote)}`, quote: source.quote };
}
