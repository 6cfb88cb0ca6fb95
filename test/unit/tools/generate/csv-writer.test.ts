import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ARRAY_DELIMITER, CsvGraphWriter } from "../../../../src/tools/generate/csv-writer.js";
import type { GeneratedBatch, GeneratedNode } from "../../../../src/tools/generate/nation.js";

const dirs: string[] = [];
function writer(): CsvGraphWriter {
  const dir = mkdtempSync(join(tmpdir(), "csv-writer-"));
  dirs.push(dir);
  return new CsvGraphWriter(dir);
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const provenance = { sourceDocuments: ["g.txt"], sourceQuotes: ['Hon sa "ja", sen nej'], inferred: false, origin: "generated" };
function node(id: string, props: Record<string, unknown>): GeneratedNode {
  return { id, label: "Meeting", props: { id, ...provenance, ...props } };
}
function batch(nodes: GeneratedNode[]): GeneratedBatch {
  return { nodes, relations: [], documents: [{ id: "g.txt", title: "G", kind: "MEETING_NOTES", date: "2020-03-01", year: 2020, description: "d" }] };
}

describe("CsvGraphWriter", () => {
  it("types the header columns and quotes text, one file group per label and property set", () => {
    const w = writer();
    w.addBatch(batch([node("m1", { name: "Möte, mars", date: "2020-03-01", order: 2 }), node("m2", { name: "Möte", aliases: ["a", "b"] })]));
    const csv = w.finish();
    const meetings = csv.nodes.filter((g) => g.labels.join(":") === "Entity:Meeting");
    expect(meetings).toHaveLength(2);
    const withDate = meetings.find((g) => readFileSync(g.header, "utf8").includes("date:date"))!;
    expect(readFileSync(withDate.header, "utf8").trim()).toBe("date:date,id:ID,inferred:boolean,name,order:double,origin,sourceDocuments:string[],sourceQuotes:string[]");
    expect(readFileSync(withDate.data, "utf8")).toBe('"2020-03-01","m1",false,"Möte, mars",2,"generated","g.txt","Hon sa ""ja"", sen nej"\n');
    const withAliases = meetings.find((g) => g !== withDate)!;
    expect(readFileSync(withAliases.data, "utf8")).toContain(`"a${ARRAY_DELIMITER}b"`);
    const [document] = csv.nodes.filter((g) => g.labels.join(":") === "SourceDocument");
    expect(readFileSync(document!.header, "utf8")).toContain("citationCount:long");
    expect(readFileSync(document!.data, "utf8")).toMatch(/^2,/); // citationCount first: cited by both meetings
    expect(csv.multiline).toBe(false);
  });

  it("says when a text holds a line break, so the importer parses multi-line fields", () => {
    const w = writer();
    w.addBatch(batch([node("m1", { name: "rad ett\nrad två" })]));
    expect(w.finish().multiline).toBe(true);
  });

  it("refuses what the importer cannot represent, naming the node and property", () => {
    expect(() => writer().addBatch(batch([node("m1", { name: "x", aliases: [] })]))).toThrow(/node m1: the empty list aliases/);
    expect(() => writer().addBatch(batch([node("m2", { name: "x", aliases: [`a${ARRAY_DELIMITER}b`] })]))).toThrow(/node m2: aliases holds the list delimiter/);
  });
});
