/**
 * The linked-data forms, checked by real RDF tools: /id/<id> as JSON-LD (jsonld turns it into
 * RDF without fetching anything), the context, the export as one JSON-LD document, and the
 * DCAT-AP-SE description (parsed as RDF/XML), whose download addresses answer.
 */
import { RdfXmlParser } from "rdfxml-streaming-parser";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { SOURCE_DOCUMENTS, useTestApi } from "../../support/test-api.js";

const PROV = "http://www.w3.org/ns/prov#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const DCT = "http://purl.org/dc/terms/";
const DCAT = "http://www.w3.org/ns/dcat#";

/** Everything a document needs is inline: a fetch would be a fault. */
const offline = async (url: string) => {
  throw new Error(`jsonld tried to fetch ${url}`);
};
const nquads = async (document: unknown) => (await jsonld.toRDF(document, { format: "application/n-quads", documentLoader: offline })).split("\n").filter(Boolean);

function rdfXmlTriples(text: string, base: string): Promise<[string, string, string][]> {
  return new Promise((resolve, reject) => {
    const triples: [string, string, string][] = [];
    const parser = new RdfXmlParser({ baseIRI: base });
    parser.on("data", (q: { subject: { value: string }; predicate: { value: string }; object: { value: string } }) => triples.push([q.subject.value, q.predicate.value, q.object.value]));
    parser.on("error", reject);
    parser.on("end", () => resolve(triples));
    parser.write(text);
    parser.end();
  });
}

describe("linked data", () => {
  const api = useTestApi();

  it("answers /id/<id> as JSON-LD when asked, each source a PROV derivation with its quote and passage", async () => {
    const plainResponse = await fetch(`${api.baseUrl()}/id/doc:hos-avtal`);
    const plain = await plainResponse.json();
    expect(plainResponse.status, JSON.stringify(plain)).toBe(200);
    const response = await fetch(`${api.baseUrl()}/id/doc:hos-avtal`, { headers: { accept: "application/ld+json" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const lines = await nquads(await response.json());
    const self = `<${api.baseUrl()}/id/doc:hos-avtal>`;
    expect(lines).toContain(`${self} <${RDF_TYPE}> <${api.baseUrl()}/ns#GoverningDocument> .`);
    expect(lines).toContain(`${self} <http://xmlns.com/foaf/0.1/name> ${JSON.stringify(plain.name)} .`);
    const derivations = lines.filter((l) => l.startsWith(`${self} <${PROV}qualifiedDerivation>`));
    expect(derivations).toHaveLength(plain.sources.length);
    const quote = plain.sources[0].quote as string;
    expect(lines.some((l) => l.includes(`<${PROV}value> ${JSON.stringify(quote)}`))).toBe(true);
    expect(lines.some((l) => l.includes(`<${PROV}entity> <${api.baseUrl()}/id/${plain.sources[0].document.id}>`))).toBe(true);
    expect(lines.some((l) => l.includes(`<${PROV}hadPrimarySource> <${api.baseUrl()}/source/${plain.sources[0].document.id}#${plain.sources[0].anchor}>`))).toBe(true);
    // The JSON form is unchanged by the other: the cache keeps one answer per Accept.
    expect((await (await fetch(`${api.baseUrl()}/id/doc:hos-avtal`)).json()).type).toBe("GoverningDocument");
  });

  it("answers /id/<source id> as JSON-LD: a document with its public address", async () => {
    const response = await fetch(`${api.baseUrl()}/id/${SOURCE_DOCUMENTS.sro2021}`, { headers: { accept: "application/ld+json" } });
    const lines = await nquads(await response.json());
    const self = `<${api.baseUrl()}/id/${SOURCE_DOCUMENTS.sro2021}>`;
    expect(lines).toContain(`${self} <${RDF_TYPE}> <http://xmlns.com/foaf/0.1/Document> .`);
    expect(lines.some((l) => l.startsWith(`${self} <http://xmlns.com/foaf/0.1/page> <https://`))).toBe(true);
  });

  it("publishes the context", async () => {
    const response = await fetch(`${api.baseUrl()}/ns/context.jsonld`);
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const { "@context": context } = await response.json();
    expect(context).toMatchObject({ sources: { "@id": "prov:qualifiedDerivation" }, quote: "prov:value", Person: "foaf:Person" });
  });

  it("exports the whole graph as one JSON-LD document with the NDJSON's objects and the licence", async () => {
    const ndjson = (await (await fetch(`${api.baseUrl()}/export/graph.ndjson`)).text()).trim().split("\n").map((l) => JSON.parse(l));
    const response = await fetch(`${api.baseUrl()}/export/graph.jsonld`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const document = await response.json();
    expect(document.license).toBe(ndjson[0].license);
    expect(document["@graph"]).toHaveLength(ndjson.length - 1);
    // A sample through the RDF tool (the whole graph takes long in jsonld.js).
    const sample = { "@context": document["@context"], "@graph": [...document["@graph"].slice(0, 10), ...document["@graph"].slice(-10)] };
    const lines = await nquads(sample);
    expect(lines.length).toBeGreaterThan(40);
    expect(lines.some((l) => l.includes(`<${api.baseUrl()}/ns#relation>`))).toBe(true);
  });

  it("describes the dataset after DCAT-AP-SE, with licence, publisher, frequency and distributions that answer", async () => {
    const response = await fetch(`${api.baseUrl()}/dataset.rdf`);
    expect(response.headers.get("content-type")).toMatch(/^application\/rdf\+xml/);
    const triples = await rdfXmlTriples(await response.text(), `${api.baseUrl()}/dataset.rdf`);
    const dataset = triples.find(([, p, o]) => p === RDF_TYPE && o === `${DCAT}Dataset`)![0];
    const of = (s: string, p: string) => triples.filter(([x, y]) => x === s && y === p).map(([, , o]) => o);
    expect(of(dataset, `${DCT}license`)).toEqual(["https://creativecommons.org/publicdomain/zero/1.0/"]);
    expect(of(dataset, `${DCT}publisher`)).toHaveLength(1);
    expect(of(dataset, `${DCT}accrualPeriodicity`)[0]).toMatch(/authority\/frequency\//);
    expect(of(dataset, `${DCT}title`).length).toBe(2);
    const distributions = of(dataset, `${DCAT}distribution`);
    expect(distributions.length).toBeGreaterThanOrEqual(3);
    for (const d of distributions) {
      expect(of(d, `${DCT}format`)[0]).toMatch(/authority\/file-type\//);
      const [address] = of(d, `${DCAT}accessURL`);
      const answer = await fetch(address!);
      expect(answer.status, address).toBe(200);
      await answer.arrayBuffer();
    }
  });
});
