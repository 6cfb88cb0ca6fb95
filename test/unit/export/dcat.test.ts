/**
 * The DCAT description's contact point, parsed as RDF/XML: the e-mail a deployment configures is
 * there as a mailto address, escaped; without one the contact has its address and no invented e-mail.
 */
import { RdfXmlParser } from "rdfxml-streaming-parser";
import { describe, expect, it } from "vitest";
import { dcatDescription } from "../../../src/export/linked-data/dcat.js";

const VCARD = "http://www.w3.org/2006/vcard/ns#";
const DCAT = "http://www.w3.org/ns/dcat#";

function triples(text: string): Promise<[string, string, string][]> {
  return new Promise((resolve, reject) => {
    const found: [string, string, string][] = [];
    const parser = new RdfXmlParser({ baseIRI: "https://example.se/dataset.rdf" });
    parser.on("data", (q: { subject: { value: string }; predicate: { value: string }; object: { value: string } }) => found.push([q.subject.value, q.predicate.value, q.object.value]));
    parser.on("error", reject);
    parser.on("end", () => resolve(found));
    parser.write(text);
    parser.end();
  });
}

async function contactOf(text: string) {
  const all = await triples(text);
  const [, , contact] = all.find(([, p]) => p === `${DCAT}contactPoint`)!;
  return (predicate: string) => all.filter(([s, p]) => s === contact && p === `${VCARD}${predicate}`).map(([, , o]) => o);
}

describe("DCAT contact point", () => {
  it("carries the configured e-mail as a mailto address", async () => {
    const of = await contactOf(dcatDescription("https://example.se", null, "oppna.data@example.se"));
    expect(of("hasEmail")).toEqual(["mailto:oppna.data@example.se"]);
    expect(of("hasURL")).toEqual(["https://example.se/"]);
  });

  it("has no e-mail when none is configured", async () => {
    const of = await contactOf(dcatDescription("https://example.se", null));
    expect(of("hasEmail")).toEqual([]);
    expect(of("fn")).toEqual(["Samverkansgrafen"]);
  });
});
