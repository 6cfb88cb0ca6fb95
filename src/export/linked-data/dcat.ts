/**
 * The dataset described after DCAT-AP-SE (the Swedish profile of DCAT-AP that Sveriges dataportal
 * harvests), as RDF/XML at a stable address: one catalogue, one dataset (title and description in
 * Swedish and English, publisher, contact, licence, update frequency, theme, language) and a
 * distribution per export format, with its download address on this server and its format from
 * the EU's controlled vocabularies.
 */
import { DATA_LICENSE, SOFTWARE_LICENSE } from "../records.js";

export const DCAT_PATH = "/dataset.rdf";

const EU = "http://publications.europa.eu/resource/authority";
const IANA = "https://www.iana.org/assignments/media-types";

interface Distribution {
  path: string;
  title: string;
  format: string;
  mediaType?: string;
}

const DISTRIBUTIONS: Distribution[] = [
  { path: "/export/graph.ndjson", title: "Hela grafen som NDJSON (en post per rad)", format: "JSON" },
  { path: "/export/graph.jsonld", title: "Hela grafen som JSON-LD", format: "JSON_LD", mediaType: "application/ld+json" },
  { path: "/export", title: "Tabeller som CSV, en per typ (förteckning)", format: "CSV", mediaType: "text/csv" },
];

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function distribution(origin: string, d: Distribution): string {
  const url = escapeXml(origin + d.path);
  return `
    <dcat:distribution>
      <dcat:Distribution rdf:about="${url}#distribution">
        <dct:title xml:lang="sv">${escapeXml(d.title)}</dct:title>
        <dcat:accessURL rdf:resource="${url}"/>
        ${d.path === "/export" ? "" : `<dcat:downloadURL rdf:resource="${url}"/>`}
        <dct:format rdf:resource="${EU}/file-type/${d.format}"/>
        ${d.mediaType ? `<dcat:mediaType rdf:resource="${IANA}/${d.mediaType}"/>` : ""}
        <dct:license rdf:resource="${DATA_LICENSE.url}"/>
      </dcat:Distribution>
    </dcat:distribution>`;
}

/**
 * The description, with every address on `origin` (the server that answers). The contact has the
 * e-mail a deployment configures (DATASET_CONTACT_EMAIL); without one it has only the address.
 */
export function dcatDescription(origin: string, modified: string | null, contactEmail?: string): string {
  const o = escapeXml(origin);
  return `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns:dcat="http://www.w3.org/ns/dcat#"
  xmlns:dct="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:vcard="http://www.w3.org/2006/vcard/ns#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
  <dcat:Catalog rdf:about="${o}${DCAT_PATH}#catalog">
    <dct:title xml:lang="sv">Samverkansgrafen</dct:title>
    <dct:description xml:lang="sv">Katalog med samverkansgrafens öppna data.</dct:description>
    <dct:publisher rdf:resource="${o}/#publisher"/>
    <dct:license rdf:resource="${DATA_LICENSE.url}"/>
    <foaf:homepage rdf:resource="${o}/"/>
    <dcat:dataset>
      <dcat:Dataset rdf:about="${o}${DCAT_PATH}#dataset">
        <dct:title xml:lang="sv">Samverkansgrafen: vårdsamverkan i Västra Götaland</dct:title>
        <dct:title xml:lang="en">Samverkansgrafen: healthcare collaboration in Västra Götaland</dct:title>
        <dct:description xml:lang="sv">Kunskapsgraf över vårdsamverkan i Västra Götaland: organisationer, samverkansforum, möten, personer, uppdrag, styrdokument och medel. Varje faktum anger sitt källdokument och det citerade stället; det som dokumenten bara antyder är märkt som slutsats med motivering.</dct:description>
        <dct:description xml:lang="en">Knowledge graph of healthcare collaboration in Västra Götaland: organisations, forums, meetings, people, roles, governing documents and funds. Every fact names its source document and the quoted passage; what the documents only imply is marked as inferred, with the reason.</dct:description>
        <dct:publisher rdf:resource="${o}/#publisher"/>
        <dcat:contactPoint>
          <vcard:Organization>
            <vcard:fn>Samverkansgrafen</vcard:fn>
            <vcard:hasURL rdf:resource="${o}/"/>${contactEmail ? `\n            <vcard:hasEmail rdf:resource="mailto:${escapeXml(contactEmail)}"/>` : ""}
          </vcard:Organization>
        </dcat:contactPoint>
        <dct:license rdf:resource="${DATA_LICENSE.url}"/>
        <dct:accrualPeriodicity rdf:resource="${EU}/frequency/IRREG"/>
        <dcat:theme rdf:resource="${EU}/data-theme/HEAL"/>
        <dcat:theme rdf:resource="${EU}/data-theme/GOVE"/>
        <dct:language rdf:resource="${EU}/language/SWE"/>
        <dcat:keyword xml:lang="sv">vårdsamverkan</dcat:keyword>
        <dcat:keyword xml:lang="sv">Västra Götaland</dcat:keyword>
        <dcat:landingPage rdf:resource="${o}/explore"/>
        <foaf:page rdf:resource="${o}/export"/>
        ${modified ? `<dct:modified rdf:datatype="http://www.w3.org/2001/XMLSchema#dateTime">${escapeXml(new Date(modified).toISOString())}</dct:modified>` : ""}
        <dct:conformsTo rdf:resource="${o}/ns/context.jsonld"/>
        <dct:rights xml:lang="en">Data: ${DATA_LICENSE.id}. Software: ${SOFTWARE_LICENSE.id} (${SOFTWARE_LICENSE.url}). Quotes are short excerpts of public documents, each citing its source.</dct:rights>${DISTRIBUTIONS.map((d) => distribution(o, d)).join("")}
      </dcat:Dataset>
    </dcat:dataset>
  </dcat:Catalog>
  <foaf:Agent rdf:about="${o}/#publisher">
    <foaf:name>Samverkansgrafen</foaf:name>
  </foaf:Agent>
</rdf:RDF>
`;
}
