import { mkdtempSync, readdirSync, readFileSync, writeFileSync, truncateSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { seedPaths } from "../../../src/config/paths.js";
import { ImportError } from "../../../src/import/errors.js";
import { proposal as proposalSchema } from "../../../src/import/propose/proposal-schema.js";
import { loadGraphIndex, type GraphIndex } from "../../../src/import/resolve/graph-index.js";
import { importDocument } from "../../../src/import/run-import.js";

let index: GraphIndex;
let dir: string;
let out: { seedDir: string; sourcesDir: string };
beforeAll(() => {
  index = loadGraphIndex(seedPaths.seedDir);
  dir = mkdtempSync(join(tmpdir(), "import-unit-"));
  out = { seedDir: join(dir, "seeds-out"), sourcesDir: join(dir, "sources-out") };
}, 60_000);
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = (path: string, extra: object = {}) => importDocument(path, { ...out, index, write: true, ...extra });
const nothingWritten = () => expect(existsSync(out.seedDir) || existsSync(out.sourcesDir)).toBe(false);

/** A one-page PDF with the given text lines (Helvetica, WinAnsi); empty lines → a page without text. */
function pdf(lines: string[]): Buffer {
  const esc = (s: string) => iconv.encode(s, "windows-1252").toString("latin1").replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = lines.length ? `BT /F1 11 Tf 50 780 Td 14 TL ${lines.map((l) => `(${esc(l)}) '`).join(" ")} ET` : "";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

const NOTE = [
  "Mötesanteckning",
  "Vårdsamverkan Västra Götaland (VVG)",
  "Datum: Onsdag 8 mars 2023",
  "Tid: 13.00-15.00",
  "Plats: Teams",
  "Inbjudna: Lena Arvidsson, VGR, Catharina Sundström, VästKom",
  "1. Mötets öppnande",
  "Frånvarande: Rose-Marie Nyborg, Per Testsson.",
  "2. Godkännande av dagens agenda",
  "Dagens agenda godkänns.",
  "3. Statsbidrag för testverksamhet (49 miljoner)",
  "Föredragande: Föredragande: Malin Swärd, VästKom, och Nils Exempelsson (VGR)",
  "Medskick från VVG: Bra underlag.",
  "Ställningstagande:",
  " • VVG ställer sig bakom förslaget.",
  " • VVG ger Västkom i uppdrag att återkomma i hösten 2023.",
  "Ställningstagande: VVG noterar informationen.",
  "Ställningstagande: VVG noterar informationen.",
  "4. Lägesrapport om test",
  "Föredragande: Jenny Nilsson, VGR",
  "Ställningstagande: VVG ställer sig bakom att förslaget sänds på rem",
].join("\n");

describe("bad input: one clear message naming the file, nothing written", () => {
  const refused = async (path: string, reason: RegExp) => {
    const err = await run(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).file).toBe(path);
    expect((err as ImportError).message).toMatch(reason);
    nothingWritten();
  };
  it("an empty file", () => refused(file("tom.txt", ""), /tom/));
  it("a binary file", () => refused(file("binar.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3, 0, 0xff])), /binär/));
  it("a 50 MB file", () => {
    const path = file("stor.txt", "");
    truncateSync(path, 50 * 1024 * 1024);
    return refused(path, /för stor: 50\.0 MB/);
  });
  it("an unreadable PDF", () => refused(file("trasig.pdf", Buffer.from("%PDF-1.4\n1 0 obj garbage\n%%EOF")), /PDF-filen kan inte läsas/));
  it("a scanned PDF without text", () => refused(file("skannad.pdf", pdf([])), /ingen text/));
  it("a document of an unknown shape", () => refused(file("recept.txt", "Pannkakor\n\nVispa ihop mjöl och mjölk. Stek i smör.\n"), /okänd dokumentform/));
  it("a meeting note with no date at all", () => refused(file("utan-datum.txt", NOTE.replace("Datum: Onsdag 8 mars 2023\n", "")), /saknar datum/));
  it("an unknown file type", () => refused(file("anteckning.docx", "x"), /okänd filtyp/));
});

describe("encodings", () => {
  it("Latin-1 / Windows-1252 text is converted to UTF-8", async () => {
    const path = file("latin1.txt", iconv.encode(NOTE, "windows-1252"));
    const r = await importDocument(path, { ...out, index });
    expect(r.text).toContain("Vårdsamverkan Västra Götaland");
    expect(r.proposal.document.encoding).toBe("windows-1252");
    expect(r.proposal.warnings.join(" ")).toMatch(/konverterades/);
  });
});

describe("a meeting note: labels and their real-world mess", () => {
  let p: Awaited<ReturnType<typeof importDocument>>["proposal"];
  beforeAll(async () => {
    p = (await importDocument(file("vvg.txt", NOTE), { ...out, index })).proposal;
    proposalSchema.parse(p);
  });
  const byId = (id: string) => p.entities.find((e) => e.id === id);
  const rels = (type: string) => p.relations.filter((r) => r.type === type);
  it("the meeting with forum, date, time and place", () => {
    expect(byId("meeting:vvg-2023-03-08")?.fields).toMatchObject({ date: "2023-03-08", startTime: "13:00", endTime: "15:00", location: "Teams", format: "DIGITAL" });
    expect(rels("OF_FORUM")[0]?.to).toBe("forum:vvg");
  });
  it("Inbjudna and Frånvarande", () => {
    expect(rels("INVITED_TO").map((r) => r.from).sort()).toEqual(["person:catharina-sundstrom", "person:lena-arvidsson"]);
    expect(rels("ABSENT_FROM").map((r) => r.from).sort()).toEqual(["person:per-testsson", "person:rose-marie-nyborg"]);
    expect(byId("person:rose-marie-nyborg")?.status).toBe("known");
    expect(byId("person:per-testsson")?.status).toBe("new");
  });
  it("a doubled Föredragande label with the organisation after a comma and in parentheses", () => {
    expect(rels("PRESENTED_BY").filter((r) => r.from === "item:vvg-2023-03-08-03").map((r) => r.to)).toEqual(["person:malin-sward", "person:nils-exempelsson"]);
    expect(p.relations.some((r) => r.type === "AFFILIATED_WITH" && r.from === "person:nils-exempelsson" && r.to === "org:vgr")).toBe(true);
  });
  it("Ställningstagande with a bullet list: one position per bullet; the same position printed twice is one", () => {
    const positions = rels("RESULTED_IN").filter((r) => r.from === "item:vvg-2023-03-08-03").map((r) => byId(r.to)!);
    expect(positions.map((x) => x.fields.positionType)).toEqual(["ENDORSED", "ASSIGNED_TASK", "NOTED_INFORMATION"]);
  });
  it("Medskick från ...: is kept with its passage", () => expect(p.medskick).toEqual(["Medskick från VVG: Bra underlag."]));
  it("the procedural formula of item 2", () => expect(byId("position:vvg-2023-03-08-02-1")?.fields.positionType).toBe("APPROVED_AGENDA_OR_MINUTES"));
  it("a fund with its amount", () => expect(p.entities.find((e) => e.type === "Fund")?.fields).toMatchObject({ kind: "STATE_GRANT", amountSek: 49_000_000 }));
  it("a page that ends mid-word flags the cut-off position as incomplete", () => {
    const last = byId("position:vvg-2023-03-08-04-1");
    expect(last?.incomplete).toBe(true);
    expect(last?.fields.positionType).toBe("ENDORSED");
  });
  it("every quote is verbatim in the document", () => {
    const text = NOTE.replace(/\s+/g, " ");
    for (const e of p.entities) for (const q of e.quotes) expect(text).toContain(q.replace(/\s+/g, " "));
  });
});

describe("resolution: never merge on a guess", () => {
  it("a changed or double surname is ambiguous with candidates; a shared surname stays two people", async () => {
    const note = NOTE.replace("Jenny Nilsson, VGR", "Malin Swärd Lindqvist, VästKom och Anna Swärd, VGR");
    const p = (await importDocument(file("namn.txt", note), { ...out, index })).proposal;
    const malin = p.entities.find((e) => e.fields.name === "Malin Swärd Lindqvist");
    expect(malin?.status).toBe("ambiguous");
    expect(malin?.candidates?.map((c) => c.id)).toContain("person:malin-sward");
    expect(malin?.id).not.toBe("person:malin-sward");
    const anna = p.entities.find((e) => e.fields.name === "Anna Swärd");
    expect(anna?.status).toBe("new");
  });
  it("a part of a new version of an agreement is a new version of the part, placed in its lineage, never merged", async () => {
    // Corpus 05: Regionfullmäktige 2022 endorses the revised agreement; "Till avtalet hör fyra särskilda överenskommelser".
    const p = (await importDocument(join(seedPaths.sourcesDir, "corpus", "05_regionfullmaktige-hos-avtal-2022-06-13.txt"), { ...out, index })).proposal;
    expect(p.entities.find((e) => e.id === "doc:hos-avtal-revision-2022")?.status).toBe("known");
    const utskrivning = p.entities.find((e) => e.type === "GoverningDocument" && /in- och utskrivning/.test(String(e.fields.name)) && e.status !== "known");
    expect(utskrivning?.status).toBe("new");
    expect(utskrivning?.id).not.toBe("doc:ok-in-utskrivning");
    expect(p.relations).toContainEqual(expect.objectContaining({ type: "REPLACES", from: utskrivning!.id, to: "doc:ok-in-utskrivning", inferred: true }));
    expect(p.relations).toContainEqual(expect.objectContaining({ type: "PART_OF", from: utskrivning!.id, to: "doc:hos-avtal-revision-2022" }));
    // The plain agreement in force is not proposed: the page is about the revised one.
    expect(p.entities.find((e) => e.id === "doc:hos-avtal")).toBeUndefined();
  });
  it("case, diacritics and aliases: Västkom, VGK and Västra Götalandsregionen resolve", async () => {
    const note = NOTE.replace("Jenny Nilsson, VGR", "Jenny Nilsson, Västra Götalandsregionen, och Per Exempelsson, VGK");
    const p = (await importDocument(file("alias.txt", note), { ...out, index })).proposal;
    const orgOf = (id: string) => p.relations.find((r) => r.type === "AFFILIATED_WITH" && r.from === id)?.to;
    expect(orgOf("person:jenny-nilsson")).toBe("org:vgr");
    expect(orgOf("person:per-exempelsson")).toBe("org:vastkom");
  });
});

describe("the meeting date's year from the context, never guessed", () => {
  const summary = (intro: string) =>
    ["Sammanställning från SRO", "", intro, "", "Agenda SRO 19 november", " • Lägesrapport om test", "", "Lägesrapport om test", "Föredragande: Jenny Nilsson, VGR", "Ställningstagande: SRO noterar informationen."].join("\n");
  it("from the title", async () => {
    const p = (await importDocument(file("titel.txt", summary("Här är vad SRO tog ställning till på mötet 19 november.")), { ...out, index, title: "Sammanställning från SRO 2021" })).proposal;
    expect(p.entities.find((e) => e.type === "Meeting")?.id).toBe("meeting:sro-2021-11-19");
  });
  it("from the URL", async () => {
    const p = (await importDocument(file("url.txt", summary("Här är vad SRO tog ställning till på mötet 19 november.")), { ...out, index, url: "https://www.vardsamverkan.se/nyhetsarkiv/nyhetsarkiv-2020/sammanstallning/" })).proposal;
    expect(p.entities.find((e) => e.type === "Meeting")?.id).toBe("meeting:sro-2020-11-19");
  });
  it("from a dated line elsewhere in the document", async () => {
    const text = summary("Här är vad SRO tog ställning till på mötet 19 november.") + "\n\n2019-11-19 Sammanställning från SRO, PowerPoint\n";
    const p = (await importDocument(file("rad.txt", text), { ...out, index })).proposal;
    const meeting = p.entities.find((e) => e.type === "Meeting");
    expect(meeting?.id).toBe("meeting:sro-2019-11-19");
    expect(meeting?.quotes).toContain("2019-11-19 Sammanställning från SRO, PowerPoint");
  });
  it("no year anywhere: refused rather than guessed", async () => {
    const err = await importDocument(file("inget-ar.txt", summary("Här är vad SRO tog ställning till på mötet 19 november.")), { ...out, index }).catch((e: unknown) => e);
    expect((err as ImportError).reason).toMatch(/saknar datum/);
  });
});

describe("a partly understood document", () => {
  it("yields what it is sure of and lists what it could not read", async () => {
    const text = NOTE.replace("Ställningstagande: VVG ställer sig bakom att förslaget sänds på rem", "Ställningstagande: VVG fikar och pratar vidare.");
    const p = (await importDocument(file("delvis.txt", text), { ...out, index })).proposal;
    expect(p.entities.filter((e) => e.type === "Position")).toHaveLength(4);
    expect(p.unresolved).toContainEqual(expect.objectContaining({ reason: "ställningstagande utan känd formulering", text: expect.stringContaining("VVG fikar") }));
  });
});

describe("statuses against the graph", () => {
  it("a re-imported curated note: known ids, and a field that differs from the graph is conflicting", async () => {
    const p = (await importDocument(join(seedPaths.sourcesDir, "seeds", "001_484dff92c3137b0a.txt"), { ...out, index })).proposal;
    expect(p.entities.find((e) => e.id === "meeting:sro-2021-05-21")?.status).toBe("known");
    expect(p.entities.find((e) => e.id === "person:ann-marie-svensson")?.status).toBe("known");
    const item = p.entities.find((e) => e.id === "item:sro-2021-05-21-01");
    expect(item?.status).toBe("conflicting");
    expect(item?.conflicts).toContainEqual({ field: "kind", graph: "INFORMATION_AND_DIALOGUE", document: "INFORMATION" });
  });
});

describe("HTML and PDF input", () => {
  it("a saved web page: boilerplate dropped, the main text kept", async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Sammanställning från SRO</title></head><body>
      <div class="notice">Din webbläsare stöds inte fullt ut av den här webbplatsen.</div><a href="#main">Hoppa direkt till sidans innehåll</a>
      <nav><ul><li>Start</li><li>Om oss</li></ul></nav>
      <main id="main"><article><h1>Sammanställning från SRO</h1><p>Här sammanfattas vad SRO tog ställning till på mötet 12 maj 2023. Anteckningarna publiceras senare i sin helhet.</p>
      <h2>Agenda SRO 12 maj</h2><ul><li>Lägesrapport om testarbetet</li></ul>
      <h2>Lägesrapport om testarbetet</h2><p>Föredragande: Jenny Nilsson, VGR</p><ul><li>Arbetet pågår enligt plan och rapporteras löpande till SRO.</li></ul>
      <p>Ställningstagande: SRO noterar informationen.</p></article></main>
      <footer>Vi använder kakor (cookies) för att webbplatsen ska fungera. Godkänn kakor.</footer></body></html>`;
    const r = await importDocument(file("sida.html", html), { ...out, index });
    expect(r.text).not.toMatch(/webbläsare|Hoppa direkt|kakor/);
    expect(r.proposal.entities.find((e) => e.type === "Meeting")?.id).toBe("meeting:sro-2023-05-12");
    expect(r.proposal.entities.find((e) => e.type === "Position")?.fields.positionType).toBe("NOTED_INFORMATION");
  }, 30_000);
  it("a PDF with text", async () => {
    const r = await importDocument(file("anteckning.pdf", pdf(NOTE.split("\n").slice(0, 12))), { ...out, index });
    expect(r.proposal.document.format).toBe("pdf");
    expect(r.proposal.entities.find((e) => e.type === "Meeting")?.id).toBe("meeting:vvg-2023-03-08");
  });
});

describe("the development corpus", () => {
  const corpus = join(seedPaths.sourcesDir, "corpus");
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith(".txt")) : [];
  it("has documents", () => expect(files.length).toBe(10));
  for (const f of files) {
    it(`${f} imports with at least one fact and every quote verbatim`, async () => {
      const r = await importDocument(join(corpus, f), { ...out, index });
      expect(r.proposal.entities.length).toBeGreaterThan(0);
      const text = r.text.replace(/\s+/g, " ");
      for (const e of r.proposal.entities) for (const q of e.quotes) expect(text).toContain(q.replace(/\s+/g, " ").trim());
    });
  }
  it("SRO summary 01: six items, three presenters, the third item flagged as cut off", async () => {
    const p = (await importDocument(join(corpus, "01_sro-sammanstallning-2021-11-19.txt"), { ...out, index })).proposal;
    expect(p.entities.filter((e) => e.type === "AgendaItem")).toHaveLength(6);
    expect(p.relations.filter((r) => r.type === "PRESENTED_BY").map((r) => r.to)).toEqual(["person:kristine-christiansen-rygge", "person:malin-sward", "person:helena-soderback"]);
    expect(p.entities.find((e) => e.id === "item:sro-2021-11-19-03")?.incomplete).toBe(true);
  });
  it("the boilerplate of the corpus is dropped", async () => {
    for (const f of files) {
      const r = await importDocument(join(corpus, f), { ...out, index });
      expect(r.text).not.toMatch(/webbläsare|Hoppa direkt|^MENY$|NaN:NaN|Hover Image|^Senast publicerad$/m);
    }
  }, 30_000);
  it("the regionfullmaktige.nu footer gives the publication date and is dropped", async () => {
    const r = await importDocument(join(corpus, "05_regionfullmaktige-hos-avtal-2022-06-13.txt"), { ...out, index });
    expect(r.proposal.document.publishedOn).toBe("2022-06-13");
    expect(r.proposal.document.publisher).toMatch(/Regionfullmäktige/);
    expect(r.text).not.toMatch(/^Program$|^\d+ av \d+$/m);
  });
  it("an empty 'Publicerad: Uppdaterad:' line is dropped and no date is taken from it", async () => {
    const r = await importDocument(file("publicerad.txt", NOTE.replace("Mötesanteckning\n", "Mötesanteckning\nPublicerad: Uppdaterad:\n")), { ...out, index });
    expect(r.text).not.toContain("Publicerad:");
    expect(r.proposal.document.publishedOn).toBeUndefined();
  });
  it("nothing was written by the runs without --write", () => nothingWritten());
});

describe("the importer never touches the database", () => {
  it("no module of the import pipeline imports the driver or the database code", () => {
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    const sources = [...walk(join(seedPaths.seedDir, "..", "src", "import")), join(seedPaths.seedDir, "..", "src", "cli", "import.ts")];
    for (const s of sources) expect(readFileSync(s, "utf8")).not.toMatch(/neo4j-driver|database\//);
  });
});
